package conformance.standupbot;

import dev.refract.client.Atomic;
import dev.refract.client.BooleanFilter;
import dev.refract.client.DateTimeFilter;
import dev.refract.client.IntFilter;
import dev.refract.client.Link;
import dev.refract.client.ListRelationFilter;
import dev.refract.client.ModelDelegate;
import dev.refract.client.ModelRecord;
import dev.refract.client.NestedMany;
import dev.refract.client.NestedManyUpdate;
import dev.refract.client.NestedOne;
import dev.refract.client.NestedOneUpdate;
import dev.refract.client.OneRelationFilter;
import dev.refract.client.OrderByBuilder;
import dev.refract.client.OrderField;
import dev.refract.client.QueryRunner;
import dev.refract.client.Ref;
import dev.refract.client.SelectionBuilder;
import dev.refract.client.StringFilter;
import dev.refract.client.UniqueWhere;
import dev.refract.client.WriteBuilder;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.NestedWrite;
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
 * A record of the model users; immutable.
 */
@Generated("dev.refract.generator.ClientGenerator")
public final class users extends ModelRecord {
    static final Model MODEL = RefractSchema.MODEL.requireModel("users");

    static final ScalarField F_id = MODEL.scalarField("id").orElseThrow();

    static final ScalarField F_team_id = MODEL.scalarField("team_id").orElseThrow();

    static final ScalarField F_slack_id = MODEL.scalarField("slack_id").orElseThrow();

    static final ScalarField F_username = MODEL.scalarField("username").orElseThrow();

    static final ScalarField F_timezone = MODEL.scalarField("timezone").orElseThrow();

    static final ScalarField F_email = MODEL.scalarField("email").orElseThrow();

    static final ScalarField F_first_name = MODEL.scalarField("first_name").orElseThrow();

    static final ScalarField F_last_name = MODEL.scalarField("last_name").orElseThrow();

    static final ScalarField F_avatar_url = MODEL.scalarField("avatar_url").orElseThrow();

    static final ScalarField F_is_team_owner = MODEL.scalarField("is_team_owner").orElseThrow();

    static final ScalarField F_created_at = MODEL.scalarField("created_at").orElseThrow();

    static final ScalarField F_updated_at = MODEL.scalarField("updated_at").orElseThrow();

    static final RelationField R_reports = MODEL.relationField("reports").orElseThrow();

    static final RelationField R_reviews = MODEL.relationField("reviews").orElseThrow();

    static final RelationField R_standups_users = MODEL.relationField("standups_users").orElseThrow();

    static final RelationField R_teams = MODEL.relationField("teams").orElseThrow();

    users(Map<String, Object> data) {
        super("users", data);
    }

    /**
     * The field id.
     */
    public int id() {
        return scalar("id", Integer.class);
    }

    /**
     * The field team_id.
     */
    public int team_id() {
        return scalar("team_id", Integer.class);
    }

    /**
     * The field slack_id.
     */
    public String slack_id() {
        return scalar("slack_id", String.class);
    }

    /**
     * The field username.
     */
    public String username() {
        return scalar("username", String.class);
    }

    /**
     * The field timezone.
     */
    public String timezone() {
        return scalar("timezone", String.class);
    }

    /**
     * The field email.
     */
    public Optional<String> email() {
        return optionalScalar("email", String.class);
    }

    /**
     * The field first_name.
     */
    public Optional<String> first_name() {
        return optionalScalar("first_name", String.class);
    }

    /**
     * The field last_name.
     */
    public Optional<String> last_name() {
        return optionalScalar("last_name", String.class);
    }

    /**
     * The field avatar_url.
     */
    public Optional<String> avatar_url() {
        return optionalScalar("avatar_url", String.class);
    }

    /**
     * The field is_team_owner.
     */
    public boolean is_team_owner() {
        return scalar("is_team_owner", Boolean.class);
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
     * The related reports records; throws NotLoadedException unless the query included it.
     */
    public List<reports> reports() {
        return relationList("reports", reports::new);
    }

    /**
     * The related reviews records; throws NotLoadedException unless the query included it.
     */
    public List<reviews> reviews() {
        return relationList("reviews", reviews::new);
    }

    /**
     * The related standups_users records; throws NotLoadedException unless the query included it.
     */
    public List<standups_users> standups_users() {
        return relationList("standups_users", standups_users::new);
    }

    /**
     * The related teams record; throws NotLoadedException unless the query included it.
     */
    public teams teams() {
        return relationOne("teams", teams::new).orElseThrow();
    }

    /**
     * The number of related reports records; throws NotLoadedException unless the query included {@code reportsCount()}.
     */
    public long reportsCount() {
        return relationCount("reports", "reportsCount");
    }

    /**
     * The number of related reviews records; throws NotLoadedException unless the query included {@code reviewsCount()}.
     */
    public long reviewsCount() {
        return relationCount("reviews", "reviewsCount");
    }

    /**
     * The number of related standups_users records; throws NotLoadedException unless the query included {@code standups_usersCount()}.
     */
    public long standups_usersCount() {
        return relationCount("standups_users", "standups_usersCount");
    }

    /**
     * A new users with its required fields and relations; optional ones chain.
     */
    public static Create create(String slack_id, String username, String timezone,
            Link<users> teams) {
        return new Create().slack_id(slack_id).username(username).timezone(timezone).link(Link.require(R_teams, teams));
    }

    /**
     * A new users created through its teams relation (the parent supplies it), with its other required fields and relations.
     */
    public static CreateWithoutTeams create(String slack_id, String username, String timezone) {
        return new CreateWithoutTeams().slack_id(slack_id).username(username).timezone(timezone);
    }

    /**
     * The required teams: connects the existing teams {@code connect} selects.
     */
    public static Link<users> teams(teams.WhereUnique connect) {
        return Link.write(R_teams, new NestedWrite.Connect(R_teams, List.of(connect.filter())));
    }

    /**
     * The required teams: creates it with this record.
     */
    public static Link<users> teams(teams.Create create) {
        return Link.write(R_teams, new NestedWrite.Create(R_teams, List.of(create.build())));
    }

    /**
     * The required teams: connects the one {@code where} selects, or creates {@code create}.
     */
    public static Link<users> teams(teams.WhereUnique where, teams.Create create) {
        return Link.write(R_teams, new NestedWrite.ConnectOrCreate(R_teams, List.of(new NestedWrite.WhereCreate(where.filter(), create.build()))));
    }

    /**
     * The required teams by its foreign key (team_id), unchecked: the database checks that the record exists.
     */
    public static Link<users> team_id(int team_id) {
        return Link.keys(R_teams, List.of(Link.key(F_team_id, team_id)));
    }

    /**
     * Conditions on users records; all must match.
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
         * Conditions on team_id.
         */
        public IntFilter<Where> team_id() {
            return new IntFilter<>(F_team_id, this, sink());
        }

        /**
         * Conditions on slack_id.
         */
        public StringFilter<Where> slack_id() {
            return new StringFilter<>(F_slack_id, this, sink());
        }

        /**
         * Conditions on username.
         */
        public StringFilter<Where> username() {
            return new StringFilter<>(F_username, this, sink());
        }

        /**
         * Conditions on timezone.
         */
        public StringFilter<Where> timezone() {
            return new StringFilter<>(F_timezone, this, sink());
        }

        /**
         * Conditions on email.
         */
        public StringFilter<Where> email() {
            return new StringFilter<>(F_email, this, sink());
        }

        /**
         * Conditions on first_name.
         */
        public StringFilter<Where> first_name() {
            return new StringFilter<>(F_first_name, this, sink());
        }

        /**
         * Conditions on last_name.
         */
        public StringFilter<Where> last_name() {
            return new StringFilter<>(F_last_name, this, sink());
        }

        /**
         * Conditions on avatar_url.
         */
        public StringFilter<Where> avatar_url() {
            return new StringFilter<>(F_avatar_url, this, sink());
        }

        /**
         * Conditions on is_team_owner.
         */
        public BooleanFilter<Where> is_team_owner() {
            return new BooleanFilter<>(F_is_team_owner, this, sink());
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
         * Conditions on the related reports records.
         */
        public Where reports(Consumer<ListRelationFilter<reports.Where>> body) {
            return many(R_reports, reports.Where::new, body);
        }

        /**
         * Conditions on the related reviews records.
         */
        public Where reviews(Consumer<ListRelationFilter<reviews.Where>> body) {
            return many(R_reviews, reviews.Where::new, body);
        }

        /**
         * Conditions on the related standups_users records.
         */
        public Where standups_users(Consumer<ListRelationFilter<standups_users.Where>> body) {
            return many(R_standups_users, standups_users.Where::new, body);
        }

        /**
         * Conditions on the related teams records.
         */
        public Where teams(Consumer<OneRelationFilter<teams.Where>> body) {
            return one(R_teams, teams.Where::new, body);
        }
    }

    /**
     * Selects one users by a unique field or compound unique; nothing else is offered.
     */
    public static final class WhereUnique extends UniqueWhere {
        private WhereUnique(Filter filter) {
            super(filter);
        }

        /**
         * The users with this id.
         */
        public static WhereUnique id(int id) {
            return new WhereUnique(Filter.and(List.of(Filter.eq(F_id, id))));
        }

        /**
         * The users with this slack_id, team_id.
         */
        public static WhereUnique slack_idTeam_id(String slack_id, int team_id) {
            return new WhereUnique(Filter.and(List.of(Filter.eq(F_slack_id, slack_id), Filter.eq(F_team_id, team_id))));
        }
    }

    /**
     * The order of users records: keys in priority order.
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
         * By team_id.
         */
        public OrderField<OrderBy> team_id() {
            return new OrderField<>(F_team_id, this, sink());
        }

        /**
         * By slack_id.
         */
        public OrderField<OrderBy> slack_id() {
            return new OrderField<>(F_slack_id, this, sink());
        }

        /**
         * By username.
         */
        public OrderField<OrderBy> username() {
            return new OrderField<>(F_username, this, sink());
        }

        /**
         * By timezone.
         */
        public OrderField<OrderBy> timezone() {
            return new OrderField<>(F_timezone, this, sink());
        }

        /**
         * By email.
         */
        public OrderField<OrderBy> email() {
            return new OrderField<>(F_email, this, sink());
        }

        /**
         * By first_name.
         */
        public OrderField<OrderBy> first_name() {
            return new OrderField<>(F_first_name, this, sink());
        }

        /**
         * By last_name.
         */
        public OrderField<OrderBy> last_name() {
            return new OrderField<>(F_last_name, this, sink());
        }

        /**
         * By avatar_url.
         */
        public OrderField<OrderBy> avatar_url() {
            return new OrderField<>(F_avatar_url, this, sink());
        }

        /**
         * By is_team_owner.
         */
        public OrderField<OrderBy> is_team_owner() {
            return new OrderField<>(F_is_team_owner, this, sink());
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
         * By the number of related reports records.
         */
        public OrderField<OrderBy> reportsCount() {
            return count(R_reports, this);
        }

        /**
         * By the number of related reviews records.
         */
        public OrderField<OrderBy> reviewsCount() {
            return count(R_reviews, this);
        }

        /**
         * By the number of related standups_users records.
         */
        public OrderField<OrderBy> standups_usersCount() {
            return count(R_standups_users, this);
        }

        /**
         * By fields of the related teams record.
         */
        public OrderBy teams(Consumer<teams.OrderBy> body) {
            through(R_teams, new teams.OrderBy(), body);
            return this;
        }
    }

    /**
     * The fields and relations of users to load (select, include or omit).
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
         * The field team_id.
         */
        public Select team_id() {
            return scalar(F_team_id);
        }

        /**
         * The field slack_id.
         */
        public Select slack_id() {
            return scalar(F_slack_id);
        }

        /**
         * The field username.
         */
        public Select username() {
            return scalar(F_username);
        }

        /**
         * The field timezone.
         */
        public Select timezone() {
            return scalar(F_timezone);
        }

        /**
         * The field email.
         */
        public Select email() {
            return scalar(F_email);
        }

        /**
         * The field first_name.
         */
        public Select first_name() {
            return scalar(F_first_name);
        }

        /**
         * The field last_name.
         */
        public Select last_name() {
            return scalar(F_last_name);
        }

        /**
         * The field avatar_url.
         */
        public Select avatar_url() {
            return scalar(F_avatar_url);
        }

        /**
         * The field is_team_owner.
         */
        public Select is_team_owner() {
            return scalar(F_is_team_owner);
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
         * The number of related reports records ({@code _count}); read it with {@code reportsCount()}.
         */
        public Select reportsCount() {
            return relationCount(R_reports, Filter.TRUE);
        }

        /**
         * The number of related reports records that {@code where} matches.
         */
        public Select reportsCount(Consumer<reports.Where> where) {
            return relationCount(R_reports, dev.refract.client.Where.build(reports.Where::new, where));
        }

        /**
         * The number of related reviews records ({@code _count}); read it with {@code reviewsCount()}.
         */
        public Select reviewsCount() {
            return relationCount(R_reviews, Filter.TRUE);
        }

        /**
         * The number of related reviews records that {@code where} matches.
         */
        public Select reviewsCount(Consumer<reviews.Where> where) {
            return relationCount(R_reviews, dev.refract.client.Where.build(reviews.Where::new, where));
        }

        /**
         * The number of related standups_users records ({@code _count}); read it with {@code standups_usersCount()}.
         */
        public Select standups_usersCount() {
            return relationCount(R_standups_users, Filter.TRUE);
        }

        /**
         * The number of related standups_users records that {@code where} matches.
         */
        public Select standups_usersCount(Consumer<standups_users.Where> where) {
            return relationCount(R_standups_users, dev.refract.client.Where.build(standups_users.Where::new, where));
        }

        /**
         * The related reports records, with all their scalars.
         */
        public Select reports() {
            return reports(a -> { });
        }

        /**
         * The related reports records, filtered, ordered and loaded as {@code body} says.
         */
        public Select reports(Consumer<reports.FindArgs> body) {
            reports.FindArgs a = new reports.FindArgs();
            body.accept(a);
            return relation(R_reports, a.readArgs(), a.selection());
        }

        /**
         * The related reviews records, with all their scalars.
         */
        public Select reviews() {
            return reviews(a -> { });
        }

        /**
         * The related reviews records, filtered, ordered and loaded as {@code body} says.
         */
        public Select reviews(Consumer<reviews.FindArgs> body) {
            reviews.FindArgs a = new reviews.FindArgs();
            body.accept(a);
            return relation(R_reviews, a.readArgs(), a.selection());
        }

        /**
         * The related standups_users records, with all their scalars.
         */
        public Select standups_users() {
            return standups_users(a -> { });
        }

        /**
         * The related standups_users records, filtered, ordered and loaded as {@code body} says.
         */
        public Select standups_users(Consumer<standups_users.FindArgs> body) {
            standups_users.FindArgs a = new standups_users.FindArgs();
            body.accept(a);
            return relation(R_standups_users, a.readArgs(), a.selection());
        }

        /**
         * The related teams records, with all their scalars.
         */
        public Select teams() {
            return teams(a -> { });
        }

        /**
         * The related teams records, filtered, ordered and loaded as {@code body} says.
         */
        public Select teams(Consumer<teams.FindArgs> body) {
            teams.FindArgs a = new teams.FindArgs();
            body.accept(a);
            return relation(R_teams, dev.refract.engine.ir.ReadArgs.NONE, a.selection());
        }
    }

    /**
     * Which users records to read, in which order, and what to load.
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
     * The fields and relations every create of users sets.
     *
     * @param <B> the create type
     */
    public abstract static class CreateBuilder<B extends CreateBuilder<B>> extends WriteBuilder<B> {
        CreateBuilder() {
        }

        /**
         * Sets a required relation from its link.
         */
        B link(Link<users> l) {
            return applyLink(l);
        }

        /**
         * Sets id.
         */
        public B id(Integer id) {
            return set(F_id, id);
        }

        /**
         * Sets team_id.
         */
        public B team_id(Integer team_id) {
            return set(F_team_id, team_id);
        }

        /**
         * Sets slack_id.
         */
        public B slack_id(String slack_id) {
            return set(F_slack_id, slack_id);
        }

        /**
         * Sets username.
         */
        public B username(String username) {
            return set(F_username, username);
        }

        /**
         * Sets timezone.
         */
        public B timezone(String timezone) {
            return set(F_timezone, timezone);
        }

        /**
         * Sets email.
         */
        public B email(String email) {
            return set(F_email, email);
        }

        /**
         * Sets first_name.
         */
        public B first_name(String first_name) {
            return set(F_first_name, first_name);
        }

        /**
         * Sets last_name.
         */
        public B last_name(String last_name) {
            return set(F_last_name, last_name);
        }

        /**
         * Sets avatar_url.
         */
        public B avatar_url(String avatar_url) {
            return set(F_avatar_url, avatar_url);
        }

        /**
         * Sets is_team_owner.
         */
        public B is_team_owner(Boolean is_team_owner) {
            return set(F_is_team_owner, is_team_owner);
        }

        /**
         * Sets created_at.
         */
        public B created_at(Instant created_at) {
            return set(F_created_at, created_at);
        }

        /**
         * Sets updated_at.
         */
        public B updated_at(Instant updated_at) {
            return set(F_updated_at, updated_at);
        }

        /**
         * Nested writes on the related reports records.
         */
        public B reports(
                Consumer<NestedMany<reports.CreateWithoutUsers, reports.WhereUnique>> body) {
            NestedMany<reports.CreateWithoutUsers, reports.WhereUnique> n = new NestedMany<reports.CreateWithoutUsers, reports.WhereUnique>(R_reports);
            body.accept(n);
            return nested(n.build());
        }

        /**
         * Nested writes on the related reviews records.
         */
        public B reviews(
                Consumer<NestedMany<reviews.CreateWithoutUsers, reviews.WhereUnique>> body) {
            NestedMany<reviews.CreateWithoutUsers, reviews.WhereUnique> n = new NestedMany<reviews.CreateWithoutUsers, reviews.WhereUnique>(R_reviews);
            body.accept(n);
            return nested(n.build());
        }

        /**
         * Nested writes on the related standups_users records.
         */
        public B standups_users(
                Consumer<NestedMany<standups_users.CreateWithoutUsers, standups_users.WhereUnique>> body) {
            NestedMany<standups_users.CreateWithoutUsers, standups_users.WhereUnique> n = new NestedMany<standups_users.CreateWithoutUsers, standups_users.WhereUnique>(R_standups_users);
            body.accept(n);
            return nested(n.build());
        }

        /**
         * Nested writes on the related teams records.
         */
        public B teams(Consumer<NestedOne<teams.Create, teams.WhereUnique>> body) {
            NestedOne<teams.Create, teams.WhereUnique> n = new NestedOne<teams.Create, teams.WhereUnique>(R_teams);
            body.accept(n);
            return nested(n.build());
        }
    }

    /**
     * A new users record, with all its required relations.
     */
    public static final class Create extends CreateBuilder<Create> {
        Create() {
        }

        @Override
        protected Create self() {
            return this;
        }
    }

    /**
     * A new users record created through its teams relation, which the parent's nested write supplies.
     */
    public static final class CreateWithoutTeams extends CreateBuilder<CreateWithoutTeams> {
        CreateWithoutTeams() {
        }

        @Override
        protected CreateWithoutTeams self() {
            return this;
        }
    }

    /**
     * The changes of an update of users.
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
         * Sets team_id.
         */
        public Update team_id(Integer team_id) {
            return set(F_team_id, team_id);
        }

        /**
         * Changes team_id atomically ({@code Atomic.increment(1)}).
         */
        public Update team_id(Atomic<Integer> op) {
            return atomic(F_team_id, op);
        }

        /**
         * Sets slack_id.
         */
        public Update slack_id(String slack_id) {
            return set(F_slack_id, slack_id);
        }

        /**
         * Sets username.
         */
        public Update username(String username) {
            return set(F_username, username);
        }

        /**
         * Sets timezone.
         */
        public Update timezone(String timezone) {
            return set(F_timezone, timezone);
        }

        /**
         * Sets email.
         */
        public Update email(String email) {
            return set(F_email, email);
        }

        /**
         * Sets first_name.
         */
        public Update first_name(String first_name) {
            return set(F_first_name, first_name);
        }

        /**
         * Sets last_name.
         */
        public Update last_name(String last_name) {
            return set(F_last_name, last_name);
        }

        /**
         * Sets avatar_url.
         */
        public Update avatar_url(String avatar_url) {
            return set(F_avatar_url, avatar_url);
        }

        /**
         * Sets is_team_owner.
         */
        public Update is_team_owner(Boolean is_team_owner) {
            return set(F_is_team_owner, is_team_owner);
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
         * Nested writes on the related reports records.
         */
        public Update reports(
                Consumer<NestedManyUpdate<reports.CreateWithoutUsers, reports.WhereUnique, reports.Update, reports.Where>> body) {
            NestedManyUpdate<reports.CreateWithoutUsers, reports.WhereUnique, reports.Update, reports.Where> n = new NestedManyUpdate<reports.CreateWithoutUsers, reports.WhereUnique, reports.Update, reports.Where>(R_reports, reports.Update::new, reports.Where::new);
            body.accept(n);
            return nested(n.build());
        }

        /**
         * Nested writes on the related reviews records.
         */
        public Update reviews(
                Consumer<NestedManyUpdate<reviews.CreateWithoutUsers, reviews.WhereUnique, reviews.Update, reviews.Where>> body) {
            NestedManyUpdate<reviews.CreateWithoutUsers, reviews.WhereUnique, reviews.Update, reviews.Where> n = new NestedManyUpdate<reviews.CreateWithoutUsers, reviews.WhereUnique, reviews.Update, reviews.Where>(R_reviews, reviews.Update::new, reviews.Where::new);
            body.accept(n);
            return nested(n.build());
        }

        /**
         * Nested writes on the related standups_users records.
         */
        public Update standups_users(
                Consumer<NestedManyUpdate<standups_users.CreateWithoutUsers, standups_users.WhereUnique, standups_users.Update, standups_users.Where>> body) {
            NestedManyUpdate<standups_users.CreateWithoutUsers, standups_users.WhereUnique, standups_users.Update, standups_users.Where> n = new NestedManyUpdate<standups_users.CreateWithoutUsers, standups_users.WhereUnique, standups_users.Update, standups_users.Where>(R_standups_users, standups_users.Update::new, standups_users.Where::new);
            body.accept(n);
            return nested(n.build());
        }

        /**
         * Nested writes on the related teams records.
         */
        public Update teams(
                Consumer<NestedOneUpdate<teams.Create, teams.WhereUnique, teams.Update>> body) {
            NestedOneUpdate<teams.Create, teams.WhereUnique, teams.Update> n = new NestedOneUpdate<teams.Create, teams.WhereUnique, teams.Update>(R_teams, teams.Update::new);
            body.accept(n);
            return nested(n.build());
        }
    }

    /**
     * The queries of users: {@code db.users()}.
     */
    public static final class Delegate extends ModelDelegate<users, Where, WhereUnique, FindArgs, Create, Update> {
        Delegate(QueryRunner runner) {
            super(MODEL, runner, users::new, Where::new, FindArgs::new, Update::new);
        }
    }

    /**
     * Typed handles on the fields of users, for aggregate and groupBy.
     */
    public static final class Fields {
        /**
         * The field id.
         */
        public static final Ref.Num<Integer, Double> id = new Ref.Num<>(F_id, Integer.class, Double.class);

        /**
         * The field team_id.
         */
        public static final Ref.Num<Integer, Double> team_id = new Ref.Num<>(F_team_id, Integer.class, Double.class);

        /**
         * The field slack_id.
         */
        public static final Ref<String> slack_id = Ref.of(F_slack_id, String.class);

        /**
         * The field username.
         */
        public static final Ref<String> username = Ref.of(F_username, String.class);

        /**
         * The field timezone.
         */
        public static final Ref<String> timezone = Ref.of(F_timezone, String.class);

        /**
         * The field email.
         */
        public static final Ref<String> email = Ref.of(F_email, String.class);

        /**
         * The field first_name.
         */
        public static final Ref<String> first_name = Ref.of(F_first_name, String.class);

        /**
         * The field last_name.
         */
        public static final Ref<String> last_name = Ref.of(F_last_name, String.class);

        /**
         * The field avatar_url.
         */
        public static final Ref<String> avatar_url = Ref.of(F_avatar_url, String.class);

        /**
         * The field is_team_owner.
         */
        public static final Ref<Boolean> is_team_owner = Ref.of(F_is_team_owner, Boolean.class);

        /**
         * The field created_at.
         */
        public static final Ref<Instant> created_at = Ref.of(F_created_at, Instant.class);

        /**
         * The field updated_at.
         */
        public static final Ref<Instant> updated_at = Ref.of(F_updated_at, Instant.class);

        private Fields() {
        }
    }
}
