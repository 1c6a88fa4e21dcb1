package conformance.standupbot;

import dev.refract.client.Atomic;
import dev.refract.client.DateTimeFilter;
import dev.refract.client.IntFilter;
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
 * A record of the model questions; immutable.
 */
@Generated("dev.refract.generator.ClientGenerator")
public final class questions extends ModelRecord {
    static final Model MODEL = RefractSchema.MODEL.requireModel("questions");

    static final ScalarField F_id = MODEL.scalarField("id").orElseThrow();

    static final ScalarField F_standup_id = MODEL.scalarField("standup_id").orElseThrow();

    static final ScalarField F_order = MODEL.scalarField("order").orElseThrow();

    static final ScalarField F_question = MODEL.scalarField("question").orElseThrow();

    static final ScalarField F_created_at = MODEL.scalarField("created_at").orElseThrow();

    static final ScalarField F_updated_at = MODEL.scalarField("updated_at").orElseThrow();

    static final RelationField R_standups = MODEL.relationField("standups").orElseThrow();

    questions(Map<String, Object> data) {
        super("questions", data);
    }

    /**
     * The field id.
     */
    public int id() {
        return scalar("id", Integer.class);
    }

    /**
     * The field standup_id.
     */
    public int standup_id() {
        return scalar("standup_id", Integer.class);
    }

    /**
     * The field order.
     */
    public int order() {
        return scalar("order", Integer.class);
    }

    /**
     * The field question.
     */
    public String question() {
        return scalar("question", String.class);
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
     * The related standups record; throws NotLoadedException unless the query included it.
     */
    public standups standups() {
        return relationOne("standups", standups::new).orElseThrow();
    }

    /**
     * A new questions with its required fields and relations; optional ones chain.
     */
    public static Create create(int order, String question, Link<questions> standups) {
        return new Create().order(order).question(question).link(Link.require(R_standups, standups));
    }

    /**
     * A new questions created through its standups relation (the parent supplies it), with its other required fields and relations.
     */
    public static CreateWithoutStandups create(int order, String question) {
        return new CreateWithoutStandups().order(order).question(question);
    }

    /**
     * The required standups: connects the existing standups {@code connect} selects.
     */
    public static Link<questions> standups(standups.WhereUnique connect) {
        return Link.write(R_standups, new NestedWrite.Connect(R_standups, List.of(connect.filter())));
    }

    /**
     * The required standups: creates it with this record.
     */
    public static Link<questions> standups(standups.Create create) {
        return Link.write(R_standups, new NestedWrite.Create(R_standups, List.of(create.build())));
    }

    /**
     * The required standups: connects the one {@code where} selects, or creates {@code create}.
     */
    public static Link<questions> standups(standups.WhereUnique where, standups.Create create) {
        return Link.write(R_standups, new NestedWrite.ConnectOrCreate(R_standups, List.of(new NestedWrite.WhereCreate(where.filter(), create.build()))));
    }

    /**
     * The required standups by its foreign key (standup_id), unchecked: the database checks that the record exists.
     */
    public static Link<questions> standup_id(int standup_id) {
        return Link.keys(R_standups, List.of(Link.key(F_standup_id, standup_id)));
    }

    /**
     * Conditions on questions records; all must match.
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
         * Conditions on standup_id.
         */
        public IntFilter<Where> standup_id() {
            return new IntFilter<>(F_standup_id, this, sink());
        }

        /**
         * Conditions on order.
         */
        public IntFilter<Where> order() {
            return new IntFilter<>(F_order, this, sink());
        }

        /**
         * Conditions on question.
         */
        public StringFilter<Where> question() {
            return new StringFilter<>(F_question, this, sink());
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
         * Conditions on the related standups records.
         */
        public Where standups(Consumer<OneRelationFilter<standups.Where>> body) {
            return one(R_standups, standups.Where::new, body);
        }
    }

    /**
     * Selects one questions by a unique field or compound unique; nothing else is offered.
     */
    public static final class WhereUnique extends UniqueWhere {
        private WhereUnique(Filter filter) {
            super(filter);
        }

        /**
         * The questions with this id.
         */
        public static WhereUnique id(int id) {
            return new WhereUnique(Filter.and(List.of(Filter.eq(F_id, id))));
        }
    }

    /**
     * The order of questions records: keys in priority order.
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
         * By standup_id.
         */
        public OrderField<OrderBy> standup_id() {
            return new OrderField<>(F_standup_id, this, sink());
        }

        /**
         * By order.
         */
        public OrderField<OrderBy> order() {
            return new OrderField<>(F_order, this, sink());
        }

        /**
         * By question.
         */
        public OrderField<OrderBy> question() {
            return new OrderField<>(F_question, this, sink());
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
         * By fields of the related standups record.
         */
        public OrderBy standups(Consumer<standups.OrderBy> body) {
            through(R_standups, new standups.OrderBy(), body);
            return this;
        }
    }

    /**
     * The fields and relations of questions to load (select, include or omit).
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
         * The field standup_id.
         */
        public Select standup_id() {
            return scalar(F_standup_id);
        }

        /**
         * The field order.
         */
        public Select order() {
            return scalar(F_order);
        }

        /**
         * The field question.
         */
        public Select question() {
            return scalar(F_question);
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
    }

    /**
     * Which questions records to read, in which order, and what to load.
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
     * The fields and relations every create of questions sets.
     *
     * @param <B> the create type
     */
    public abstract static class CreateBuilder<B extends CreateBuilder<B>> extends WriteBuilder<B> {
        CreateBuilder() {
        }

        /**
         * Sets a required relation from its link.
         */
        B link(Link<questions> l) {
            return applyLink(l);
        }

        /**
         * Sets id.
         */
        public B id(Integer id) {
            return set(F_id, id);
        }

        /**
         * Sets standup_id.
         */
        public B standup_id(Integer standup_id) {
            return set(F_standup_id, standup_id);
        }

        /**
         * Sets order.
         */
        public B order(Integer order) {
            return set(F_order, order);
        }

        /**
         * Sets question.
         */
        public B question(String question) {
            return set(F_question, question);
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
         * Nested writes on the related standups records.
         */
        public B standups(Consumer<NestedOne<standups.Create, standups.WhereUnique>> body) {
            NestedOne<standups.Create, standups.WhereUnique> n = new NestedOne<standups.Create, standups.WhereUnique>(R_standups);
            body.accept(n);
            return nested(n.build());
        }
    }

    /**
     * A new questions record, with all its required relations.
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
     * A new questions record created through its standups relation, which the parent's nested write supplies.
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
     * The changes of an update of questions.
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
         * Sets order.
         */
        public Update order(Integer order) {
            return set(F_order, order);
        }

        /**
         * Changes order atomically ({@code Atomic.increment(1)}).
         */
        public Update order(Atomic<Integer> op) {
            return atomic(F_order, op);
        }

        /**
         * Sets question.
         */
        public Update question(String question) {
            return set(F_question, question);
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
         * Nested writes on the related standups records.
         */
        public Update standups(
                Consumer<NestedOneUpdate<standups.Create, standups.WhereUnique, standups.Update>> body) {
            NestedOneUpdate<standups.Create, standups.WhereUnique, standups.Update> n = new NestedOneUpdate<standups.Create, standups.WhereUnique, standups.Update>(R_standups, standups.Update::new);
            body.accept(n);
            return nested(n.build());
        }
    }

    /**
     * The queries of questions: {@code db.questions()}.
     */
    public static final class Delegate extends ModelDelegate<questions, Where, WhereUnique, FindArgs, Create, Update> {
        Delegate(QueryRunner runner) {
            super(MODEL, runner, questions::new, Where::new, FindArgs::new, Update::new);
        }
    }

    /**
     * Typed handles on the fields of questions, for aggregate and groupBy.
     */
    public static final class Fields {
        /**
         * The field id.
         */
        public static final Ref.Num<Integer, Double> id = new Ref.Num<>(F_id, Integer.class, Double.class);

        /**
         * The field standup_id.
         */
        public static final Ref.Num<Integer, Double> standup_id = new Ref.Num<>(F_standup_id, Integer.class, Double.class);

        /**
         * The field order.
         */
        public static final Ref.Num<Integer, Double> order = new Ref.Num<>(F_order, Integer.class, Double.class);

        /**
         * The field question.
         */
        public static final Ref<String> question = Ref.of(F_question, String.class);

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
