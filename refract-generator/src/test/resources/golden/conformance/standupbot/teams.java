package conformance.standupbot;

import dev.refract.client.Atomic;
import dev.refract.client.DateTimeFilter;
import dev.refract.client.EnumFilter;
import dev.refract.client.IntFilter;
import dev.refract.client.Link;
import dev.refract.client.ListFilter;
import dev.refract.client.ListRelationFilter;
import dev.refract.client.ModelDelegate;
import dev.refract.client.ModelRecord;
import dev.refract.client.NestedMany;
import dev.refract.client.NestedManyUpdate;
import dev.refract.client.OrderByBuilder;
import dev.refract.client.OrderField;
import dev.refract.client.QueryRunner;
import dev.refract.client.Ref;
import dev.refract.client.SelectionBuilder;
import dev.refract.client.StringFilter;
import dev.refract.client.UniqueWhere;
import dev.refract.client.WriteBuilder;
import dev.refract.engine.ir.Filter;
import dev.refract.model.Model;
import dev.refract.model.RelationField;
import dev.refract.model.ScalarField;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.annotation.processing.Generated;

/**
 * A record of the model teams; immutable.
 */
@Generated("dev.refract.generator.ClientGenerator")
public final class teams extends ModelRecord {
    static final Model MODEL = RefractSchema.MODEL.requireModel("teams");

    static final ScalarField F_id = MODEL.scalarField("id").orElseThrow();

    static final ScalarField F_team_access_token = MODEL.scalarField("team_access_token").orElseThrow();

    static final ScalarField F_team_slack_id = MODEL.scalarField("team_slack_id").orElseThrow();

    static final ScalarField F_bot_access_token = MODEL.scalarField("bot_access_token").orElseThrow();

    static final ScalarField F_bot_slack_id = MODEL.scalarField("bot_slack_id").orElseThrow();

    static final ScalarField F_team_name = MODEL.scalarField("team_name").orElseThrow();

    static final ScalarField F_scope = MODEL.scalarField("scope").orElseThrow();

    static final ScalarField F_stripe_id = MODEL.scalarField("stripe_id").orElseThrow();

    static final ScalarField F_cost_per_user = MODEL.scalarField("cost_per_user").orElseThrow();

    static final ScalarField F_minimum_monthly_cost = MODEL.scalarField("minimum_monthly_cost").orElseThrow();

    static final ScalarField F_trial_ends = MODEL.scalarField("trial_ends").orElseThrow();

    static final ScalarField F_created_at = MODEL.scalarField("created_at").orElseThrow();

    static final ScalarField F_updated_at = MODEL.scalarField("updated_at").orElseThrow();

    static final ScalarField F_status = MODEL.scalarField("status").orElseThrow();

    static final RelationField R_standups = MODEL.relationField("standups").orElseThrow();

    static final RelationField R_users = MODEL.relationField("users").orElseThrow();

    teams(Map<String, Object> data) {
        super("teams", data);
    }

    /**
     * The field id.
     */
    public int id() {
        return scalar("id", Integer.class);
    }

    /**
     * The field team_access_token.
     */
    public String team_access_token() {
        return scalar("team_access_token", String.class);
    }

    /**
     * The field team_slack_id.
     */
    public String team_slack_id() {
        return scalar("team_slack_id", String.class);
    }

    /**
     * The field bot_access_token.
     */
    public String bot_access_token() {
        return scalar("bot_access_token", String.class);
    }

    /**
     * The field bot_slack_id.
     */
    public String bot_slack_id() {
        return scalar("bot_slack_id", String.class);
    }

    /**
     * The field team_name.
     */
    public String team_name() {
        return scalar("team_name", String.class);
    }

    /**
     * The field scope.
     */
    public List<String> scope() {
        return scalarList("scope", String.class);
    }

    /**
     * The field stripe_id.
     */
    public Optional<String> stripe_id() {
        return optionalScalar("stripe_id", String.class);
    }

    /**
     * The field cost_per_user.
     */
    public int cost_per_user() {
        return scalar("cost_per_user", Integer.class);
    }

    /**
     * The field minimum_monthly_cost.
     */
    public int minimum_monthly_cost() {
        return scalar("minimum_monthly_cost", Integer.class);
    }

    /**
     * The field trial_ends.
     */
    public Instant trial_ends() {
        return scalar("trial_ends", Instant.class);
    }

    /**
     * The field created_at.
     */
    public Instant created_at() {
        return scalar("created_at", Instant.class);
    }

    /**
     * The field updated_at.
     */
    public Instant updated_at() {
        return scalar("updated_at", Instant.class);
    }

    /**
     * The field status.
     */
    public team_status status() {
        return enumValue("status", team_status.class);
    }

    /**
     * The related standups records; throws NotLoadedException unless the query included it.
     */
    public List<standups> standups() {
        return relationList("standups", standups::new);
    }

    /**
     * The related users records; throws NotLoadedException unless the query included it.
     */
    public List<users> users() {
        return relationList("users", users::new);
    }

    /**
     * The number of related standups records; throws NotLoadedException unless the query included {@code standupsCount()}.
     */
    public long standupsCount() {
        return relationCount("standups", "standupsCount");
    }

    /**
     * The number of related users records; throws NotLoadedException unless the query included {@code usersCount()}.
     */
    public long usersCount() {
        return relationCount("users", "usersCount");
    }

    /**
     * A new teams with its required fields and relations; optional ones chain.
     */
    public static Create create(String team_access_token, String team_slack_id,
            String bot_access_token, String bot_slack_id, String team_name) {
        return new Create().team_access_token(team_access_token).team_slack_id(team_slack_id).bot_access_token(bot_access_token).bot_slack_id(bot_slack_id).team_name(team_name);
    }

    /**
     * Conditions on teams records; all must match.
     */
    public static final class Where extends dev.refract.client.Where<Where> {
        Where() {
            super(Where::new);
        }

        @Override
        protected Where self() {
            return this;
        }

        /**
         * Conditions on id.
         */
        public IntFilter<Where> id() {
            return new IntFilter<>(F_id, this, sink());
        }

        /**
         * Conditions on team_access_token.
         */
        public StringFilter<Where> team_access_token() {
            return new StringFilter<>(F_team_access_token, this, sink());
        }

        /**
         * Conditions on team_slack_id.
         */
        public StringFilter<Where> team_slack_id() {
            return new StringFilter<>(F_team_slack_id, this, sink());
        }

        /**
         * Conditions on bot_access_token.
         */
        public StringFilter<Where> bot_access_token() {
            return new StringFilter<>(F_bot_access_token, this, sink());
        }

        /**
         * Conditions on bot_slack_id.
         */
        public StringFilter<Where> bot_slack_id() {
            return new StringFilter<>(F_bot_slack_id, this, sink());
        }

        /**
         * Conditions on team_name.
         */
        public StringFilter<Where> team_name() {
            return new StringFilter<>(F_team_name, this, sink());
        }

        /**
         * Conditions on scope.
         */
        public ListFilter<String, Where> scope() {
            return new ListFilter<>(F_scope, this, sink());
        }

        /**
         * Conditions on stripe_id.
         */
        public StringFilter<Where> stripe_id() {
            return new StringFilter<>(F_stripe_id, this, sink());
        }

        /**
         * Conditions on cost_per_user.
         */
        public IntFilter<Where> cost_per_user() {
            return new IntFilter<>(F_cost_per_user, this, sink());
        }

        /**
         * Conditions on minimum_monthly_cost.
         */
        public IntFilter<Where> minimum_monthly_cost() {
            return new IntFilter<>(F_minimum_monthly_cost, this, sink());
        }

        /**
         * Conditions on trial_ends.
         */
        public DateTimeFilter<Where> trial_ends() {
            return new DateTimeFilter<>(F_trial_ends, this, sink());
        }

        /**
         * Conditions on created_at.
         */
        public DateTimeFilter<Where> created_at() {
            return new DateTimeFilter<>(F_created_at, this, sink());
        }

        /**
         * Conditions on updated_at.
         */
        public DateTimeFilter<Where> updated_at() {
            return new DateTimeFilter<>(F_updated_at, this, sink());
        }

        /**
         * Conditions on status.
         */
        public EnumFilter<team_status, Where> status() {
            return new EnumFilter<>(F_status, this, sink());
        }

        /**
         * Conditions on the related standups records.
         */
        public Where standups(Consumer<ListRelationFilter<standups.Where>> body) {
            return many(R_standups, standups.Where::new, body);
        }

        /**
         * Conditions on the related users records.
         */
        public Where users(Consumer<ListRelationFilter<users.Where>> body) {
            return many(R_users, users.Where::new, body);
        }
    }

    /**
     * Selects one teams by a unique field or compound unique; nothing else is offered.
     */
    public static final class WhereUnique extends UniqueWhere {
        private WhereUnique(Filter filter) {
            super(filter);
        }

        /**
         * The teams with this id.
         */
        public static WhereUnique id(int id) {
            return new WhereUnique(Filter.and(List.of(Filter.eq(F_id, id))));
        }

        /**
         * The teams with this team_access_token.
         */
        public static WhereUnique team_access_token(String team_access_token) {
            return new WhereUnique(Filter.and(List.of(Filter.eq(F_team_access_token, team_access_token))));
        }

        /**
         * The teams with this team_slack_id.
         */
        public static WhereUnique team_slack_id(String team_slack_id) {
            return new WhereUnique(Filter.and(List.of(Filter.eq(F_team_slack_id, team_slack_id))));
        }

        /**
         * The teams with this bot_access_token.
         */
        public static WhereUnique bot_access_token(String bot_access_token) {
            return new WhereUnique(Filter.and(List.of(Filter.eq(F_bot_access_token, bot_access_token))));
        }
    }

    /**
     * The order of teams records: keys in priority order.
     */
    public static final class OrderBy extends OrderByBuilder {
        OrderBy() {
        }

        /**
         * By id.
         */
        public OrderField<OrderBy> id() {
            return new OrderField<>(F_id, this, sink());
        }

        /**
         * By team_access_token.
         */
        public OrderField<OrderBy> team_access_token() {
            return new OrderField<>(F_team_access_token, this, sink());
        }

        /**
         * By team_slack_id.
         */
        public OrderField<OrderBy> team_slack_id() {
            return new OrderField<>(F_team_slack_id, this, sink());
        }

        /**
         * By bot_access_token.
         */
        public OrderField<OrderBy> bot_access_token() {
            return new OrderField<>(F_bot_access_token, this, sink());
        }

        /**
         * By bot_slack_id.
         */
        public OrderField<OrderBy> bot_slack_id() {
            return new OrderField<>(F_bot_slack_id, this, sink());
        }

        /**
         * By team_name.
         */
        public OrderField<OrderBy> team_name() {
            return new OrderField<>(F_team_name, this, sink());
        }

        /**
         * By scope.
         */
        public OrderField<OrderBy> scope() {
            return new OrderField<>(F_scope, this, sink());
        }

        /**
         * By stripe_id.
         */
        public OrderField<OrderBy> stripe_id() {
            return new OrderField<>(F_stripe_id, this, sink());
        }

        /**
         * By cost_per_user.
         */
        public OrderField<OrderBy> cost_per_user() {
            return new OrderField<>(F_cost_per_user, this, sink());
        }

        /**
         * By minimum_monthly_cost.
         */
        public OrderField<OrderBy> minimum_monthly_cost() {
            return new OrderField<>(F_minimum_monthly_cost, this, sink());
        }

        /**
         * By trial_ends.
         */
        public OrderField<OrderBy> trial_ends() {
            return new OrderField<>(F_trial_ends, this, sink());
        }

        /**
         * By created_at.
         */
        public OrderField<OrderBy> created_at() {
            return new OrderField<>(F_created_at, this, sink());
        }

        /**
         * By updated_at.
         */
        public OrderField<OrderBy> updated_at() {
            return new OrderField<>(F_updated_at, this, sink());
        }

        /**
         * By status.
         */
        public OrderField<OrderBy> status() {
            return new OrderField<>(F_status, this, sink());
        }

        /**
         * By the number of related standups records.
         */
        public OrderField<OrderBy> standupsCount() {
            return count(R_standups, this);
        }

        /**
         * By the number of related users records.
         */
        public OrderField<OrderBy> usersCount() {
            return count(R_users, this);
        }
    }

    /**
     * The fields and relations of teams to load (select, include or omit).
     */
    public static final class Select extends SelectionBuilder<Select> {
        Select() {
            super(MODEL);
        }

        @Override
        protected Select self() {
            return this;
        }

        /**
         * The field id.
         */
        public Select id() {
            return scalar(F_id);
        }

        /**
         * The field team_access_token.
         */
        public Select team_access_token() {
            return scalar(F_team_access_token);
        }

        /**
         * The field team_slack_id.
         */
        public Select team_slack_id() {
            return scalar(F_team_slack_id);
        }

        /**
         * The field bot_access_token.
         */
        public Select bot_access_token() {
            return scalar(F_bot_access_token);
        }

        /**
         * The field bot_slack_id.
         */
        public Select bot_slack_id() {
            return scalar(F_bot_slack_id);
        }

        /**
         * The field team_name.
         */
        public Select team_name() {
            return scalar(F_team_name);
        }

        /**
         * The field scope.
         */
        public Select scope() {
            return scalar(F_scope);
        }

        /**
         * The field stripe_id.
         */
        public Select stripe_id() {
            return scalar(F_stripe_id);
        }

        /**
         * The field cost_per_user.
         */
        public Select cost_per_user() {
            return scalar(F_cost_per_user);
        }

        /**
         * The field minimum_monthly_cost.
         */
        public Select minimum_monthly_cost() {
            return scalar(F_minimum_monthly_cost);
        }

        /**
         * The field trial_ends.
         */
        public Select trial_ends() {
            return scalar(F_trial_ends);
        }

        /**
         * The field created_at.
         */
        public Select created_at() {
            return scalar(F_created_at);
        }

        /**
         * The field updated_at.
         */
        public Select updated_at() {
            return scalar(F_updated_at);
        }

        /**
         * The field status.
         */
        public Select status() {
            return scalar(F_status);
        }

        /**
         * The number of related standups records ({@code _count}); read it with {@code standupsCount()}.
         */
        public Select standupsCount() {
            return relationCount(R_standups, Filter.TRUE);
        }

        /**
         * The number of related standups records that {@code where} matches.
         */
        public Select standupsCount(Consumer<standups.Where> where) {
            return relationCount(R_standups, dev.refract.client.Where.build(standups.Where::new, where));
        }

        /**
         * The number of related users records ({@code _count}); read it with {@code usersCount()}.
         */
        public Select usersCount() {
            return relationCount(R_users, Filter.TRUE);
        }

        /**
         * The number of related users records that {@code where} matches.
         */
        public Select usersCount(Consumer<users.Where> where) {
            return relationCount(R_users, dev.refract.client.Where.build(users.Where::new, where));
        }

        /**
         * The related standups records, with all their scalars.
         */
        public Select standups() {
            return standups(a -> { });
        }

        /**
         * The related standups records, filtered, ordered and loaded as {@code body} says.
         */
        public Select standups(Consumer<standups.FindArgs> body) {
            standups.FindArgs a = new standups.FindArgs();
            body.accept(a);
            return relation(R_standups, a.readArgs(), a.selection());
        }

        /**
         * The related users records, with all their scalars.
         */
        public Select users() {
            return users(a -> { });
        }

        /**
         * The related users records, filtered, ordered and loaded as {@code body} says.
         */
        public Select users(Consumer<users.FindArgs> body) {
            users.FindArgs a = new users.FindArgs();
            body.accept(a);
            return relation(R_users, a.readArgs(), a.selection());
        }
    }

    /**
     * Which teams records to read, in which order, and what to load.
     */
    public static final class FindArgs extends dev.refract.client.FindArgs<FindArgs, Select> {
        FindArgs() {
            super(MODEL, Select::new);
        }

        @Override
        protected FindArgs self() {
            return this;
        }

        /**
         * Only records matching {@code body}.
         */
        public FindArgs where(Consumer<Where> body) {
            return where(dev.refract.client.Where.build(Where::new, body));
        }

        /**
         * In the order {@code body} gives.
         */
        public FindArgs orderBy(Consumer<OrderBy> body) {
            OrderBy o = new OrderBy();
            body.accept(o);
            return orderBy(o.build());
        }

        /**
         * Starting at the record {@code at} selects.
         */
        public FindArgs cursor(WhereUnique at) {
            return cursor(at.filter());
        }
    }

    /**
     * A new teams record.
     */
    public static final class Create extends WriteBuilder<Create> {
        Create() {
        }

        @Override
        protected Create self() {
            return this;
        }

        /**
         * Sets a required relation from its link.
         */
        Create link(Link<teams> l) {
            return applyLink(l);
        }

        /**
         * Sets id.
         */
        public Create id(Integer id) {
            return set(F_id, id);
        }

        /**
         * Sets team_access_token.
         */
        public Create team_access_token(String team_access_token) {
            return set(F_team_access_token, team_access_token);
        }

        /**
         * Sets team_slack_id.
         */
        public Create team_slack_id(String team_slack_id) {
            return set(F_team_slack_id, team_slack_id);
        }

        /**
         * Sets bot_access_token.
         */
        public Create bot_access_token(String bot_access_token) {
            return set(F_bot_access_token, bot_access_token);
        }

        /**
         * Sets bot_slack_id.
         */
        public Create bot_slack_id(String bot_slack_id) {
            return set(F_bot_slack_id, bot_slack_id);
        }

        /**
         * Sets team_name.
         */
        public Create team_name(String team_name) {
            return set(F_team_name, team_name);
        }

        /**
         * Sets scope.
         */
        public Create scope(List<String> scope) {
            return set(F_scope, scope);
        }

        /**
         * Sets stripe_id.
         */
        public Create stripe_id(String stripe_id) {
            return set(F_stripe_id, stripe_id);
        }

        /**
         * Sets cost_per_user.
         */
        public Create cost_per_user(Integer cost_per_user) {
            return set(F_cost_per_user, cost_per_user);
        }

        /**
         * Sets minimum_monthly_cost.
         */
        public Create minimum_monthly_cost(Integer minimum_monthly_cost) {
            return set(F_minimum_monthly_cost, minimum_monthly_cost);
        }

        /**
         * Sets trial_ends.
         */
        public Create trial_ends(Instant trial_ends) {
            return set(F_trial_ends, trial_ends);
        }

        /**
         * Sets created_at.
         */
        public Create created_at(Instant created_at) {
            return set(F_created_at, created_at);
        }

        /**
         * Sets updated_at.
         */
        public Create updated_at(Instant updated_at) {
            return set(F_updated_at, updated_at);
        }

        /**
         * Sets status.
         */
        public Create status(team_status status) {
            return set(F_status, status);
        }

        /**
         * Nested writes on the related standups records.
         */
        public Create standups(
                Consumer<NestedMany<standups.CreateWithoutTeams, standups.WhereUnique>> body) {
            NestedMany<standups.CreateWithoutTeams, standups.WhereUnique> n = new NestedMany<standups.CreateWithoutTeams, standups.WhereUnique>(R_standups);
            body.accept(n);
            return nested(n.build());
        }

        /**
         * Nested writes on the related users records.
         */
        public Create users(
                Consumer<NestedMany<users.CreateWithoutTeams, users.WhereUnique>> body) {
            NestedMany<users.CreateWithoutTeams, users.WhereUnique> n = new NestedMany<users.CreateWithoutTeams, users.WhereUnique>(R_users);
            body.accept(n);
            return nested(n.build());
        }
    }

    /**
     * The changes of an update of teams.
     */
    public static final class Update extends WriteBuilder<Update> {
        Update() {
        }

        @Override
        protected Update self() {
            return this;
        }

        /**
         * Sets id.
         */
        public Update id(Integer id) {
            return set(F_id, id);
        }

        /**
         * Changes id atomically ({@code Atomic.increment(1)}).
         */
        public Update id(Atomic<Integer> op) {
            return atomic(F_id, op);
        }

        /**
         * Sets team_access_token.
         */
        public Update team_access_token(String team_access_token) {
            return set(F_team_access_token, team_access_token);
        }

        /**
         * Sets team_slack_id.
         */
        public Update team_slack_id(String team_slack_id) {
            return set(F_team_slack_id, team_slack_id);
        }

        /**
         * Sets bot_access_token.
         */
        public Update bot_access_token(String bot_access_token) {
            return set(F_bot_access_token, bot_access_token);
        }

        /**
         * Sets bot_slack_id.
         */
        public Update bot_slack_id(String bot_slack_id) {
            return set(F_bot_slack_id, bot_slack_id);
        }

        /**
         * Sets team_name.
         */
        public Update team_name(String team_name) {
            return set(F_team_name, team_name);
        }

        /**
         * Sets scope.
         */
        public Update scope(List<String> scope) {
            return set(F_scope, scope);
        }

        /**
         * Sets stripe_id.
         */
        public Update stripe_id(String stripe_id) {
            return set(F_stripe_id, stripe_id);
        }

        /**
         * Sets cost_per_user.
         */
        public Update cost_per_user(Integer cost_per_user) {
            return set(F_cost_per_user, cost_per_user);
        }

        /**
         * Changes cost_per_user atomically ({@code Atomic.increment(1)}).
         */
        public Update cost_per_user(Atomic<Integer> op) {
            return atomic(F_cost_per_user, op);
        }

        /**
         * Sets minimum_monthly_cost.
         */
        public Update minimum_monthly_cost(Integer minimum_monthly_cost) {
            return set(F_minimum_monthly_cost, minimum_monthly_cost);
        }

        /**
         * Changes minimum_monthly_cost atomically ({@code Atomic.increment(1)}).
         */
        public Update minimum_monthly_cost(Atomic<Integer> op) {
            return atomic(F_minimum_monthly_cost, op);
        }

        /**
         * Sets trial_ends.
         */
        public Update trial_ends(Instant trial_ends) {
            return set(F_trial_ends, trial_ends);
        }

        /**
         * Sets created_at.
         */
        public Update created_at(Instant created_at) {
            return set(F_created_at, created_at);
        }

        /**
         * Sets updated_at.
         */
        public Update updated_at(Instant updated_at) {
            return set(F_updated_at, updated_at);
        }

        /**
         * Sets status.
         */
        public Update status(team_status status) {
            return set(F_status, status);
        }

        /**
         * Nested writes on the related standups records.
         */
        public Update standups(
                Consumer<NestedManyUpdate<standups.CreateWithoutTeams, standups.WhereUnique, standups.Update, standups.Where>> body) {
            NestedManyUpdate<standups.CreateWithoutTeams, standups.WhereUnique, standups.Update, standups.Where> n = new NestedManyUpdate<standups.CreateWithoutTeams, standups.WhereUnique, standups.Update, standups.Where>(R_standups, standups.Update::new, standups.Where::new);
            body.accept(n);
            return nested(n.build());
        }

        /**
         * Nested writes on the related users records.
         */
        public Update users(
                Consumer<NestedManyUpdate<users.CreateWithoutTeams, users.WhereUnique, users.Update, users.Where>> body) {
            NestedManyUpdate<users.CreateWithoutTeams, users.WhereUnique, users.Update, users.Where> n = new NestedManyUpdate<users.CreateWithoutTeams, users.WhereUnique, users.Update, users.Where>(R_users, users.Update::new, users.Where::new);
            body.accept(n);
            return nested(n.build());
        }
    }

    /**
     * The queries of teams: {@code db.teams()}.
     */
    public static final class Delegate extends ModelDelegate<teams, Where, WhereUnique, FindArgs, Create, Update> {
        Delegate(QueryRunner runner) {
            super(MODEL, runner, teams::new, Where::new, FindArgs::new, Update::new);
        }
    }

    /**
     * Typed handles on the fields of teams, for aggregate and groupBy.
     */
    public static final class Fields {
        /**
         * The field id.
         */
        public static final Ref.Num<Integer, Double> id = new Ref.Num<>(F_id, Integer.class, Double.class);

        /**
         * The field team_access_token.
         */
        public static final Ref<String> team_access_token = Ref.of(F_team_access_token, String.class);

        /**
         * The field team_slack_id.
         */
        public static final Ref<String> team_slack_id = Ref.of(F_team_slack_id, String.class);

        /**
         * The field bot_access_token.
         */
        public static final Ref<String> bot_access_token = Ref.of(F_bot_access_token, String.class);

        /**
         * The field bot_slack_id.
         */
        public static final Ref<String> bot_slack_id = Ref.of(F_bot_slack_id, String.class);

        /**
         * The field team_name.
         */
        public static final Ref<String> team_name = Ref.of(F_team_name, String.class);

        /**
         * The field stripe_id.
         */
        public static final Ref<String> stripe_id = Ref.of(F_stripe_id, String.class);

        /**
         * The field cost_per_user.
         */
        public static final Ref.Num<Integer, Double> cost_per_user = new Ref.Num<>(F_cost_per_user, Integer.class, Double.class);

        /**
         * The field minimum_monthly_cost.
         */
        public static final Ref.Num<Integer, Double> minimum_monthly_cost = new Ref.Num<>(F_minimum_monthly_cost, Integer.class, Double.class);

        /**
         * The field trial_ends.
         */
        public static final Ref<Instant> trial_ends = Ref.of(F_trial_ends, Instant.class);

        /**
         * The field created_at.
         */
        public static final Ref<Instant> created_at = Ref.of(F_created_at, Instant.class);

        /**
         * The field updated_at.
         */
        public static final Ref<Instant> updated_at = Ref.of(F_updated_at, Instant.class);

        /**
         * The field status.
         */
        public static final Ref<team_status> status = Ref.of(F_status, team_status.class);

        private Fields() {
        }
    }
}
