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
import java.util.function.Consumer;
import javax.annotation.processing.Generated;

/**
 * A record of the model standups; immutable.
 */
@Generated("dev.refract.generator.ClientGenerator")
public final class standups extends ModelRecord {
    static final Model MODEL = RefractSchema.MODEL.requireModel("standups");

    static final ScalarField F_id = MODEL.scalarField("id").orElseThrow();

    static final ScalarField F_team_id = MODEL.scalarField("team_id").orElseThrow();

    static final ScalarField F_name = MODEL.scalarField("name").orElseThrow();

    static final ScalarField F_time = MODEL.scalarField("time").orElseThrow();

    static final ScalarField F_timezone = MODEL.scalarField("timezone").orElseThrow();

    static final ScalarField F_channel_id = MODEL.scalarField("channel_id").orElseThrow();

    static final ScalarField F_created_at = MODEL.scalarField("created_at").orElseThrow();

    static final ScalarField F_updated_at = MODEL.scalarField("updated_at").orElseThrow();

    static final ScalarField F_is_threaded = MODEL.scalarField("is_threaded").orElseThrow();

    static final RelationField R_posts = MODEL.relationField("posts").orElseThrow();

    static final RelationField R_questions = MODEL.relationField("questions").orElseThrow();

    static final RelationField R_reports = MODEL.relationField("reports").orElseThrow();

    static final RelationField R_teams = MODEL.relationField("teams").orElseThrow();

    static final RelationField R_standups_users = MODEL.relationField("standups_users").orElseThrow();

    standups(Map<String, Object> data) {
        super("standups", data);
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
     * The field name.
     */
    public String name() {
        return scalar("name", String.class);
    }

    /**
     * The field time.
     */
    public Instant time() {
        return scalar("time", Instant.class);
    }

    /**
     * The field timezone.
     */
    public String timezone() {
        return scalar("timezone", String.class);
    }

    /**
     * The field channel_id.
     */
    public String channel_id() {
        return scalar("channel_id", String.class);
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
     * The field is_threaded.
     */
    public boolean is_threaded() {
        return scalar("is_threaded", Boolean.class);
    }

    /**
     * The related posts records; throws NotLoadedException unless the query included it.
     */
    public List<posts> posts() {
        return relationList("posts", posts::new);
    }

    /**
     * The related questions records; throws NotLoadedException unless the query included it.
     */
    public List<questions> questions() {
        return relationList("questions", questions::new);
    }

    /**
     * The related reports records; throws NotLoadedException unless the query included it.
     */
    public List<reports> reports() {
        return relationList("reports", reports::new);
    }

    /**
     * The related teams record; throws NotLoadedException unless the query included it.
     */
    public teams teams() {
        return relationOne("teams", teams::new).orElseThrow();
    }

    /**
     * The related standups_users records; throws NotLoadedException unless the query included it.
     */
    public List<standups_users> standups_users() {
        return relationList("standups_users", standups_users::new);
    }

    /**
     * The number of related posts records; throws NotLoadedException unless the query included {@code postsCount()}.
     */
    public long postsCount() {
        return relationCount("posts", "postsCount");
    }

    /**
     * The number of related questions records; throws NotLoadedException unless the query included {@code questionsCount()}.
     */
    public long questionsCount() {
        return relationCount("questions", "questionsCount");
    }

    /**
     * The number of related reports records; throws NotLoadedException unless the query included {@code reportsCount()}.
     */
    public long reportsCount() {
        return relationCount("reports", "reportsCount");
    }

    /**
     * The number of related standups_users records; throws NotLoadedException unless the query included {@code standups_usersCount()}.
     */
    public long standups_usersCount() {
        return relationCount("standups_users", "standups_usersCount");
    }

    /**
     * A new standups with its required fields and relations; optional ones chain.
     */
    public static Create create(String name, Instant time, String timezone, String channel_id,
            Link<standups> teams) {
        return new Create().name(name).time(time).timezone(timezone).channel_id(channel_id).link(Link.require(R_teams, teams));
    }

    /**
     * A new standups created through its teams relation (the parent supplies it), with its other required fields and relations.
     */
    public static CreateWithoutTeams create(String name, Instant time, String timezone,
            String channel_id) {
        return new CreateWithoutTeams().name(name).time(time).timezone(timezone).channel_id(channel_id);
    }

    /**
     * The required teams: connects the existing teams {@code connect} selects.
     */
    public static Link<standups> teams(teams.WhereUnique connect) {
        return Link.write(R_teams, new NestedWrite.Connect(R_teams, List.of(connect.filter())));
    }

    /**
     * The required teams: creates it with this record.
     */
    public static Link<standups> teams(teams.Create create) {
        return Link.write(R_teams, new NestedWrite.Create(R_teams, List.of(create.build())));
    }

    /**
     * The required teams: connects the one {@code where} selects, or creates {@code create}.
     */
    public static Link<standups> teams(teams.WhereUnique where, teams.Create create) {
        return Link.write(R_teams, new NestedWrite.ConnectOrCreate(R_teams, List.of(new NestedWrite.WhereCreate(where.filter(), create.build()))));
    }

    /**
     * The required teams by its foreign key (team_id), unchecked: the database checks that the record exists.
     */
    public static Link<standups> team_id(int team_id) {
        return Link.keys(R_teams, List.of(Link.key(F_team_id, team_id)));
    }

    /**
     * Conditions on standups records; all must match.
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
         * Conditions on name.
         */
        public StringFilter<Where> name() {
            return new StringFilter<>(F_name, this, sink());
        }

        /**
         * Conditions on time.
         */
        public DateTimeFilter<Where> time() {
            return new DateTimeFilter<>(F_time, this, sink());
        }

        /**
         * Conditions on timezone.
         */
        public StringFilter<Where> timezone() {
            return new StringFilter<>(F_timezone, this, sink());
        }

        /**
         * Conditions on channel_id.
         */
        public StringFilter<Where> channel_id() {
            return new StringFilter<>(F_channel_id, this, sink());
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
         * Conditions on is_threaded.
         */
        public BooleanFilter<Where> is_threaded() {
            return new BooleanFilter<>(F_is_threaded, this, sink());
        }

        /**
         * Conditions on the related posts records.
         */
        public Where posts(Consumer<ListRelationFilter<posts.Where>> body) {
            return many(R_posts, posts.Where::new, body);
        }

        /**
         * Conditions on the related questions records.
         */
        public Where questions(Consumer<ListRelationFilter<questions.Where>> body) {
            return many(R_questions, questions.Where::new, body);
        }

        /**
         * Conditions on the related reports records.
         */
        public Where reports(Consumer<ListRelationFilter<reports.Where>> body) {
            return many(R_reports, reports.Where::new, body);
        }

        /**
         * Conditions on the related teams records.
         */
        public Where teams(Consumer<OneRelationFilter<teams.Where>> body) {
            return one(R_teams, teams.Where::new, body);
        }

        /**
         * Conditions on the related standups_users records.
         */
        public Where standups_users(Consumer<ListRelationFilter<standups_users.Where>> body) {
            return many(R_standups_users, standups_users.Where::new, body);
        }
    }

    /**
     * Selects one standups by a unique field or compound unique; nothing else is offered.
     */
    public static final class WhereUnique extends UniqueWhere {
        private WhereUnique(Filter filter) {
            super(filter);
        }

        /**
         * The standups with this id.
         */
        public static WhereUnique id(int id) {
            return new WhereUnique(Filter.and(List.of(Filter.eq(F_id, id))));
        }

        /**
         * The standups with this team_id, name.
         */
        public static WhereUnique team_idName(int team_id, String name) {
            return new WhereUnique(Filter.and(List.of(Filter.eq(F_team_id, team_id), Filter.eq(F_name, name))));
        }
    }

    /**
     * The order of standups records: keys in priority order.
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
         * By name.
         */
        public OrderField<OrderBy> name() {
            return new OrderField<>(F_name, this, sink());
        }

        /**
         * By time.
         */
        public OrderField<OrderBy> time() {
            return new OrderField<>(F_time, this, sink());
        }

        /**
         * By timezone.
         */
        public OrderField<OrderBy> timezone() {
            return new OrderField<>(F_timezone, this, sink());
        }

        /**
         * By channel_id.
         */
        public OrderField<OrderBy> channel_id() {
            return new OrderField<>(F_channel_id, this, sink());
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
         * By is_threaded.
         */
        public OrderField<OrderBy> is_threaded() {
            return new OrderField<>(F_is_threaded, this, sink());
        }

        /**
         * By the number of related posts records.
         */
        public OrderField<OrderBy> postsCount() {
            return count(R_posts, this);
        }

        /**
         * By the number of related questions records.
         */
        public OrderField<OrderBy> questionsCount() {
            return count(R_questions, this);
        }

        /**
         * By the number of related reports records.
         */
        public OrderField<OrderBy> reportsCount() {
            return count(R_reports, this);
        }

        /**
         * By fields of the related teams record.
         */
        public OrderBy teams(Consumer<teams.OrderBy> body) {
            through(R_teams, new teams.OrderBy(), body);
            return this;
        }

        /**
         * By the number of related standups_users records.
         */
        public OrderField<OrderBy> standups_usersCount() {
            return count(R_standups_users, this);
        }
    }

    /**
     * The fields and relations of standups to load (select, include or omit).
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
         * The field name.
         */
        public Select name() {
            return scalar(F_name);
        }

        /**
         * The field time.
         */
        public Select time() {
            return scalar(F_time);
        }

        /**
         * The field timezone.
         */
        public Select timezone() {
            return scalar(F_timezone);
        }

        /**
         * The field channel_id.
         */
        public Select channel_id() {
            return scalar(F_channel_id);
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
         * The field is_threaded.
         */
        public Select is_threaded() {
            return scalar(F_is_threaded);
        }

        /**
         * The number of related posts records ({@code _count}); read it with {@code postsCount()}.
         */
        public Select postsCount() {
            return relationCount(R_posts, Filter.TRUE);
        }

        /**
         * The number of related posts records that {@code where} matches.
         */
        public Select postsCount(Consumer<posts.Where> where) {
            return relationCount(R_posts, dev.refract.client.Where.build(posts.Where::new, where));
        }

        /**
         * The number of related questions records ({@code _count}); read it with {@code questionsCount()}.
         */
        public Select questionsCount() {
            return relationCount(R_questions, Filter.TRUE);
        }

        /**
         * The number of related questions records that {@code where} matches.
         */
        public Select questionsCount(Consumer<questions.Where> where) {
            return relationCount(R_questions, dev.refract.client.Where.build(questions.Where::new, where));
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
         * The related posts records, with all their scalars.
         */
        public Select posts() {
            return posts(a -> { });
        }

        /**
         * The related posts records, filtered, ordered and loaded as {@code body} says.
         */
        public Select posts(Consumer<posts.FindArgs> body) {
            posts.FindArgs a = new posts.FindArgs();
            body.accept(a);
            return relation(R_posts, a.readArgs(), a.selection());
        }

        /**
         * The related questions records, with all their scalars.
         */
        public Select questions() {
            return questions(a -> { });
        }

        /**
         * The related questions records, filtered, ordered and loaded as {@code body} says.
         */
        public Select questions(Consumer<questions.FindArgs> body) {
            questions.FindArgs a = new questions.FindArgs();
            body.accept(a);
            return relation(R_questions, a.readArgs(), a.selection());
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
    }

    /**
     * Which standups records to read, in which order, and what to load.
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
     * The fields and relations every create of standups sets.
     *
     * @param <B> the create type
     */
    public abstract static class CreateBuilder<B extends CreateBuilder<B>> extends WriteBuilder<B> {
        CreateBuilder() {
        }

        /**
         * Sets a required relation from its link.
         */
        B link(Link<standups> l) {
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
         * Sets name.
         */
        public B name(String name) {
            return set(F_name, name);
        }

        /**
         * Sets time.
         */
        public B time(Instant time) {
            return set(F_time, time);
        }

        /**
         * Sets timezone.
         */
        public B timezone(String timezone) {
            return set(F_timezone, timezone);
        }

        /**
         * Sets channel_id.
         */
        public B channel_id(String channel_id) {
            return set(F_channel_id, channel_id);
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
         * Sets is_threaded.
         */
        public B is_threaded(Boolean is_threaded) {
            return set(F_is_threaded, is_threaded);
        }

        /**
         * Nested writes on the related posts records.
         */
        public B posts(Consumer<NestedMany<posts.CreateWithoutStandups, posts.WhereUnique>> body) {
            NestedMany<posts.CreateWithoutStandups, posts.WhereUnique> n = new NestedMany<posts.CreateWithoutStandups, posts.WhereUnique>(R_posts);
            body.accept(n);
            return nested(n.build());
        }

        /**
         * Nested writes on the related questions records.
         */
        public B questions(
                Consumer<NestedMany<questions.CreateWithoutStandups, questions.WhereUnique>> body) {
            NestedMany<questions.CreateWithoutStandups, questions.WhereUnique> n = new NestedMany<questions.CreateWithoutStandups, questions.WhereUnique>(R_questions);
            body.accept(n);
            return nested(n.build());
        }

        /**
         * Nested writes on the related reports records.
         */
        public B reports(
                Consumer<NestedMany<reports.CreateWithoutStandups, reports.WhereUnique>> body) {
            NestedMany<reports.CreateWithoutStandups, reports.WhereUnique> n = new NestedMany<reports.CreateWithoutStandups, reports.WhereUnique>(R_reports);
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

        /**
         * Nested writes on the related standups_users records.
         */
        public B standups_users(
                Consumer<NestedMany<standups_users.CreateWithoutStandups, standups_users.WhereUnique>> body) {
            NestedMany<standups_users.CreateWithoutStandups, standups_users.WhereUnique> n = new NestedMany<standups_users.CreateWithoutStandups, standups_users.WhereUnique>(R_standups_users);
            body.accept(n);
            return nested(n.build());
        }
    }

    /**
     * A new standups record, with all its required relations.
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
     * A new standups record created through its teams relation, which the parent's nested write supplies.
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
     * The changes of an update of standups.
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
         * Sets name.
         */
        public Update name(String name) {
            return set(F_name, name);
        }

        /**
         * Sets time.
         */
        public Update time(Instant time) {
            return set(F_time, time);
        }

        /**
         * Sets timezone.
         */
        public Update timezone(String timezone) {
            return set(F_timezone, timezone);
        }

        /**
         * Sets channel_id.
         */
        public Update channel_id(String channel_id) {
            return set(F_channel_id, channel_id);
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
         * Sets is_threaded.
         */
        public Update is_threaded(Boolean is_threaded) {
            return set(F_is_threaded, is_threaded);
        }

        /**
         * Nested writes on the related posts records.
         */
        public Update posts(
                Consumer<NestedManyUpdate<posts.CreateWithoutStandups, posts.WhereUnique, posts.Update, posts.Where>> body) {
            NestedManyUpdate<posts.CreateWithoutStandups, posts.WhereUnique, posts.Update, posts.Where> n = new NestedManyUpdate<posts.CreateWithoutStandups, posts.WhereUnique, posts.Update, posts.Where>(R_posts, posts.Update::new, posts.Where::new);
            body.accept(n);
            return nested(n.build());
        }

        /**
         * Nested writes on the related questions records.
         */
        public Update questions(
                Consumer<NestedManyUpdate<questions.CreateWithoutStandups, questions.WhereUnique, questions.Update, questions.Where>> body) {
            NestedManyUpdate<questions.CreateWithoutStandups, questions.WhereUnique, questions.Update, questions.Where> n = new NestedManyUpdate<questions.CreateWithoutStandups, questions.WhereUnique, questions.Update, questions.Where>(R_questions, questions.Update::new, questions.Where::new);
            body.accept(n);
            return nested(n.build());
        }

        /**
         * Nested writes on the related reports records.
         */
        public Update reports(
                Consumer<NestedManyUpdate<reports.CreateWithoutStandups, reports.WhereUnique, reports.Update, reports.Where>> body) {
            NestedManyUpdate<reports.CreateWithoutStandups, reports.WhereUnique, reports.Update, reports.Where> n = new NestedManyUpdate<reports.CreateWithoutStandups, reports.WhereUnique, reports.Update, reports.Where>(R_reports, reports.Update::new, reports.Where::new);
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

        /**
         * Nested writes on the related standups_users records.
         */
        public Update standups_users(
                Consumer<NestedManyUpdate<standups_users.CreateWithoutStandups, standups_users.WhereUnique, standups_users.Update, standups_users.Where>> body) {
            NestedManyUpdate<standups_users.CreateWithoutStandups, standups_users.WhereUnique, standups_users.Update, standups_users.Where> n = new NestedManyUpdate<standups_users.CreateWithoutStandups, standups_users.WhereUnique, standups_users.Update, standups_users.Where>(R_standups_users, standups_users.Update::new, standups_users.Where::new);
            body.accept(n);
            return nested(n.build());
        }
    }

    /**
     * The queries of standups: {@code db.standups()}.
     */
    public static final class Delegate extends ModelDelegate<standups, Where, WhereUnique, FindArgs, Create, Update> {
        Delegate(QueryRunner runner) {
            super(MODEL, runner, standups::new, Where::new, FindArgs::new, Update::new);
        }
    }

    /**
     * Typed handles on the fields of standups, for aggregate and groupBy.
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
         * The field name.
         */
        public static final Ref<String> name = Ref.of(F_name, String.class);

        /**
         * The field time.
         */
        public static final Ref<Instant> time = Ref.of(F_time, Instant.class);

        /**
         * The field timezone.
         */
        public static final Ref<String> timezone = Ref.of(F_timezone, String.class);

        /**
         * The field channel_id.
         */
        public static final Ref<String> channel_id = Ref.of(F_channel_id, String.class);

        /**
         * The field created_at.
         */
        public static final Ref<Instant> created_at = Ref.of(F_created_at, Instant.class);

        /**
         * The field updated_at.
         */
        public static final Ref<Instant> updated_at = Ref.of(F_updated_at, Instant.class);

        /**
         * The field is_threaded.
         */
        public static final Ref<Boolean> is_threaded = Ref.of(F_is_threaded, Boolean.class);

        private Fields() {
        }
    }
}
