package conformance.standupbot;

import dev.refract.client.Atomic;
import dev.refract.client.DateTimeFilter;
import dev.refract.client.EnumFilter;
import dev.refract.client.IntFilter;
import dev.refract.client.JsonFilter;
import dev.refract.client.Link;
import dev.refract.client.ModelDelegate;
import dev.refract.client.ModelRecord;
import dev.refract.client.NestedOne;
import dev.refract.client.NestedOneUpdate;
import dev.refract.client.OneRelationFilter;
import dev.refract.client.OrderByBuilder;
import dev.refract.client.OrderField;
import dev.refract.client.QueryRunner;
import dev.refract.client.Ref;
import dev.refract.client.SelectionBuilder;
import dev.refract.client.UniqueWhere;
import dev.refract.client.WriteBuilder;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.NestedWrite;
import dev.refract.engine.ir.Values;
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
 * A record of the model reports; immutable.
 */
@Generated("dev.refract.generator.ClientGenerator")
public final class reports extends ModelRecord {
    static final Model MODEL = RefractSchema.MODEL.requireModel("reports");

    static final ScalarField F_id = MODEL.scalarField("id").orElseThrow();

    static final ScalarField F_user_id = MODEL.scalarField("user_id").orElseThrow();

    static final ScalarField F_standup_id = MODEL.scalarField("standup_id").orElseThrow();

    static final ScalarField F_post_id = MODEL.scalarField("post_id").orElseThrow();

    static final ScalarField F_status = MODEL.scalarField("status").orElseThrow();

    static final ScalarField F_questions = MODEL.scalarField("questions").orElseThrow();

    static final ScalarField F_created_at = MODEL.scalarField("created_at").orElseThrow();

    static final ScalarField F_updated_at = MODEL.scalarField("updated_at").orElseThrow();

    static final RelationField R_posts = MODEL.relationField("posts").orElseThrow();

    static final RelationField R_standups = MODEL.relationField("standups").orElseThrow();

    static final RelationField R_users = MODEL.relationField("users").orElseThrow();

    reports(Map<String, Object> data) {
        super("reports", data);
    }

    /**
     * The field id.
     */
    public int id() {
        return scalar("id", Integer.class);
    }

    /**
     * The field user_id.
     */
    public int user_id() {
        return scalar("user_id", Integer.class);
    }

    /**
     * The field standup_id.
     */
    public int standup_id() {
        return scalar("standup_id", Integer.class);
    }

    /**
     * The field post_id.
     */
    public Optional<Integer> post_id() {
        return optionalScalar("post_id", Integer.class);
    }

    /**
     * The field status.
     */
    public report_status status() {
        return enumValue("status", report_status.class);
    }

    /**
     * The field questions.
     */
    public Values.Json questions() {
        return scalar("questions", Values.Json.class);
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
     * The related posts record; throws NotLoadedException unless the query included it.
     */
    public Optional<posts> posts() {
        return relationOne("posts", posts::new);
    }

    /**
     * The related standups record; throws NotLoadedException unless the query included it.
     */
    public standups standups() {
        return relationOne("standups", standups::new).orElseThrow();
    }

    /**
     * The related users record; throws NotLoadedException unless the query included it.
     */
    public users users() {
        return relationOne("users", users::new).orElseThrow();
    }

    /**
     * A new reports with its required fields and relations; optional ones chain.
     */
    public static Create create(Link<reports> standups, Link<reports> users) {
        return new Create().link(Link.require(R_standups, standups)).link(Link.require(R_users, users));
    }

    /**
     * A new reports created through its standups relation (the parent supplies it), with its other required fields and relations.
     */
    public static CreateWithoutStandups createWithoutStandups(Link<reports> users) {
        return new CreateWithoutStandups().link(Link.require(R_users, users));
    }

    /**
     * A new reports created through its users relation (the parent supplies it), with its other required fields and relations.
     */
    public static CreateWithoutUsers createWithoutUsers(Link<reports> standups) {
        return new CreateWithoutUsers().link(Link.require(R_standups, standups));
    }

    /**
     * The required standups: connects the existing standups {@code connect} selects.
     */
    public static Link<reports> standups(standups.WhereUnique connect) {
        return Link.write(R_standups, new NestedWrite.Connect(R_standups, List.of(connect.filter())));
    }

    /**
     * The required standups: creates it with this record.
     */
    public static Link<reports> standups(standups.Create create) {
        return Link.write(R_standups, new NestedWrite.Create(R_standups, List.of(create.build())));
    }

    /**
     * The required standups: connects the one {@code where} selects, or creates {@code create}.
     */
    public static Link<reports> standups(standups.WhereUnique where, standups.Create create) {
        return Link.write(R_standups, new NestedWrite.ConnectOrCreate(R_standups, List.of(new NestedWrite.WhereCreate(where.filter(), create.build()))));
    }

    /**
     * The required standups by its foreign key (standup_id), unchecked: the database checks that the record exists.
     */
    public static Link<reports> standup_id(int standup_id) {
        return Link.keys(R_standups, List.of(Link.key(F_standup_id, standup_id)));
    }

    /**
     * The required users: connects the existing users {@code connect} selects.
     */
    public static Link<reports> users(users.WhereUnique connect) {
        return Link.write(R_users, new NestedWrite.Connect(R_users, List.of(connect.filter())));
    }

    /**
     * The required users: creates it with this record.
     */
    public static Link<reports> users(users.Create create) {
        return Link.write(R_users, new NestedWrite.Create(R_users, List.of(create.build())));
    }

    /**
     * The required users: connects the one {@code where} selects, or creates {@code create}.
     */
    public static Link<reports> users(users.WhereUnique where, users.Create create) {
        return Link.write(R_users, new NestedWrite.ConnectOrCreate(R_users, List.of(new NestedWrite.WhereCreate(where.filter(), create.build()))));
    }

    /**
     * The required users by its foreign key (user_id), unchecked: the database checks that the record exists.
     */
    public static Link<reports> user_id(int user_id) {
        return Link.keys(R_users, List.of(Link.key(F_user_id, user_id)));
    }

    /**
     * Conditions on reports records; all must match.
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
         * Conditions on user_id.
         */
        public IntFilter<Where> user_id() {
            return new IntFilter<>(F_user_id, this, sink());
        }

        /**
         * Conditions on standup_id.
         */
        public IntFilter<Where> standup_id() {
            return new IntFilter<>(F_standup_id, this, sink());
        }

        /**
         * Conditions on post_id.
         */
        public IntFilter<Where> post_id() {
            return new IntFilter<>(F_post_id, this, sink());
        }

        /**
         * Conditions on status.
         */
        public EnumFilter<report_status, Where> status() {
            return new EnumFilter<>(F_status, this, sink());
        }

        /**
         * Conditions on questions.
         */
        public JsonFilter<Where> questions() {
            return new JsonFilter<>(F_questions, this, sink(), false);
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
         * Conditions on the related posts records.
         */
        public Where posts(Consumer<OneRelationFilter<posts.Where>> body) {
            return one(R_posts, posts.Where::new, body);
        }

        /**
         * Conditions on the related standups records.
         */
        public Where standups(Consumer<OneRelationFilter<standups.Where>> body) {
            return one(R_standups, standups.Where::new, body);
        }

        /**
         * Conditions on the related users records.
         */
        public Where users(Consumer<OneRelationFilter<users.Where>> body) {
            return one(R_users, users.Where::new, body);
        }
    }

    /**
     * Selects one reports by a unique field or compound unique; nothing else is offered.
     */
    public static final class WhereUnique extends UniqueWhere {
        private WhereUnique(Filter filter) {
            super(filter);
        }

        /**
         * The reports with this id.
         */
        public static WhereUnique id(int id) {
            return new WhereUnique(Filter.and(List.of(Filter.eq(F_id, id))));
        }

        /**
         * The reports with this user_id, post_id.
         */
        public static WhereUnique user_idPost_id(int user_id, int post_id) {
            return new WhereUnique(Filter.and(List.of(Filter.eq(F_user_id, user_id), Filter.eq(F_post_id, post_id))));
        }
    }

    /**
     * The order of reports records: keys in priority order.
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
         * By user_id.
         */
        public OrderField<OrderBy> user_id() {
            return new OrderField<>(F_user_id, this, sink());
        }

        /**
         * By standup_id.
         */
        public OrderField<OrderBy> standup_id() {
            return new OrderField<>(F_standup_id, this, sink());
        }

        /**
         * By post_id.
         */
        public OrderField<OrderBy> post_id() {
            return new OrderField<>(F_post_id, this, sink());
        }

        /**
         * By status.
         */
        public OrderField<OrderBy> status() {
            return new OrderField<>(F_status, this, sink());
        }

        /**
         * By questions.
         */
        public OrderField<OrderBy> questions() {
            return new OrderField<>(F_questions, this, sink());
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
         * By fields of the related posts record.
         */
        public OrderBy posts(Consumer<posts.OrderBy> body) {
            through(R_posts, new posts.OrderBy(), body);
            return this;
        }

        /**
         * By fields of the related standups record.
         */
        public OrderBy standups(Consumer<standups.OrderBy> body) {
            through(R_standups, new standups.OrderBy(), body);
            return this;
        }

        /**
         * By fields of the related users record.
         */
        public OrderBy users(Consumer<users.OrderBy> body) {
            through(R_users, new users.OrderBy(), body);
            return this;
        }
    }

    /**
     * The fields and relations of reports to load (select, include or omit).
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
         * The field user_id.
         */
        public Select user_id() {
            return scalar(F_user_id);
        }

        /**
         * The field standup_id.
         */
        public Select standup_id() {
            return scalar(F_standup_id);
        }

        /**
         * The field post_id.
         */
        public Select post_id() {
            return scalar(F_post_id);
        }

        /**
         * The field status.
         */
        public Select status() {
            return scalar(F_status);
        }

        /**
         * The field questions.
         */
        public Select questions() {
            return scalar(F_questions);
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
            return relation(R_posts, dev.refract.engine.ir.ReadArgs.NONE, a.selection());
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
            return relation(R_standups, dev.refract.engine.ir.ReadArgs.NONE, a.selection());
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
            return relation(R_users, dev.refract.engine.ir.ReadArgs.NONE, a.selection());
        }
    }

    /**
     * Which reports records to read, in which order, and what to load.
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
     * The fields and relations every create of reports sets.
     *
     * @param <B> the create type
     */
    public abstract static class CreateBuilder<B extends CreateBuilder<B>> extends WriteBuilder<B> {
        CreateBuilder() {
        }

        /**
         * Sets a required relation from its link.
         */
        B link(Link<reports> l) {
            return applyLink(l);
        }

        /**
         * Sets id.
         */
        public B id(Integer id) {
            return set(F_id, id);
        }

        /**
         * Sets user_id.
         */
        public B user_id(Integer user_id) {
            return set(F_user_id, user_id);
        }

        /**
         * Sets standup_id.
         */
        public B standup_id(Integer standup_id) {
            return set(F_standup_id, standup_id);
        }

        /**
         * Sets post_id.
         */
        public B post_id(Integer post_id) {
            return set(F_post_id, post_id);
        }

        /**
         * Sets status.
         */
        public B status(report_status status) {
            return set(F_status, status);
        }

        /**
         * Sets questions.
         */
        public B questions(Values.Json questions) {
            return set(F_questions, questions);
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
         * Nested writes on the related posts records.
         */
        public B posts(Consumer<NestedOne<posts.Create, posts.WhereUnique>> body) {
            NestedOne<posts.Create, posts.WhereUnique> n = new NestedOne<posts.Create, posts.WhereUnique>(R_posts);
            body.accept(n);
            return nested(n.build());
        }

        /**
         * Nested writes on the related standups records.
         */
        public B standups(Consumer<NestedOne<standups.Create, standups.WhereUnique>> body) {
            NestedOne<standups.Create, standups.WhereUnique> n = new NestedOne<standups.Create, standups.WhereUnique>(R_standups);
            body.accept(n);
            return nested(n.build());
        }

        /**
         * Nested writes on the related users records.
         */
        public B users(Consumer<NestedOne<users.Create, users.WhereUnique>> body) {
            NestedOne<users.Create, users.WhereUnique> n = new NestedOne<users.Create, users.WhereUnique>(R_users);
            body.accept(n);
            return nested(n.build());
        }
    }

    /**
     * A new reports record, with all its required relations.
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
     * A new reports record created through its standups relation, which the parent's nested write supplies.
     */
    public static final class CreateWithoutStandups extends CreateBuilder<CreateWithoutStandups> {
        CreateWithoutStandups() {
        }

        @Override
        protected CreateWithoutStandups self() {
            return this;
        }
    }

    /**
     * A new reports record created through its users relation, which the parent's nested write supplies.
     */
    public static final class CreateWithoutUsers extends CreateBuilder<CreateWithoutUsers> {
        CreateWithoutUsers() {
        }

        @Override
        protected CreateWithoutUsers self() {
            return this;
        }
    }

    /**
     * The changes of an update of reports.
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
         * Sets user_id.
         */
        public Update user_id(Integer user_id) {
            return set(F_user_id, user_id);
        }

        /**
         * Changes user_id atomically ({@code Atomic.increment(1)}).
         */
        public Update user_id(Atomic<Integer> op) {
            return atomic(F_user_id, op);
        }

        /**
         * Sets standup_id.
         */
        public Update standup_id(Integer standup_id) {
            return set(F_standup_id, standup_id);
        }

        /**
         * Changes standup_id atomically ({@code Atomic.increment(1)}).
         */
        public Update standup_id(Atomic<Integer> op) {
            return atomic(F_standup_id, op);
        }

        /**
         * Sets post_id.
         */
        public Update post_id(Integer post_id) {
            return set(F_post_id, post_id);
        }

        /**
         * Changes post_id atomically ({@code Atomic.increment(1)}).
         */
        public Update post_id(Atomic<Integer> op) {
            return atomic(F_post_id, op);
        }

        /**
         * Sets status.
         */
        public Update status(report_status status) {
            return set(F_status, status);
        }

        /**
         * Sets questions.
         */
        public Update questions(Values.Json questions) {
            return set(F_questions, questions);
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
         * Nested writes on the related posts records.
         */
        public Update posts(
                Consumer<NestedOneUpdate<posts.Create, posts.WhereUnique, posts.Update>> body) {
            NestedOneUpdate<posts.Create, posts.WhereUnique, posts.Update> n = new NestedOneUpdate<posts.Create, posts.WhereUnique, posts.Update>(R_posts, posts.Update::new);
            body.accept(n);
            return nested(n.build());
        }

        /**
         * Nested writes on the related standups records.
         */
        public Update standups(
                Consumer<NestedOneUpdate<standups.Create, standups.WhereUnique, standups.Update>> body) {
            NestedOneUpdate<standups.Create, standups.WhereUnique, standups.Update> n = new NestedOneUpdate<standups.Create, standups.WhereUnique, standups.Update>(R_standups, standups.Update::new);
            body.accept(n);
            return nested(n.build());
        }

        /**
         * Nested writes on the related users records.
         */
        public Update users(
                Consumer<NestedOneUpdate<users.Create, users.WhereUnique, users.Update>> body) {
            NestedOneUpdate<users.Create, users.WhereUnique, users.Update> n = new NestedOneUpdate<users.Create, users.WhereUnique, users.Update>(R_users, users.Update::new);
            body.accept(n);
            return nested(n.build());
        }
    }

    /**
     * The queries of reports: {@code db.reports()}.
     */
    public static final class Delegate extends ModelDelegate<reports, Where, WhereUnique, FindArgs, Create, Update> {
        Delegate(QueryRunner runner) {
            super(MODEL, runner, reports::new, Where::new, FindArgs::new, Update::new);
        }
    }

    /**
     * Typed handles on the fields of reports, for aggregate and groupBy.
     */
    public static final class Fields {
        /**
         * The field id.
         */
        public static final Ref.Num<Integer, Double> id = new Ref.Num<>(F_id, Integer.class, Double.class);

        /**
         * The field user_id.
         */
        public static final Ref.Num<Integer, Double> user_id = new Ref.Num<>(F_user_id, Integer.class, Double.class);

        /**
         * The field standup_id.
         */
        public static final Ref.Num<Integer, Double> standup_id = new Ref.Num<>(F_standup_id, Integer.class, Double.class);

        /**
         * The field post_id.
         */
        public static final Ref.Num<Integer, Double> post_id = new Ref.Num<>(F_post_id, Integer.class, Double.class);

        /**
         * The field status.
         */
        public static final Ref<report_status> status = Ref.of(F_status, report_status.class);

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
