package conformance.standupbot;

import dev.refract.client.Atomic;
import dev.refract.client.DateTimeFilter;
import dev.refract.client.EnumFilter;
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
 * A record of the model reviews; immutable.
 */
@Generated("dev.refract.generator.ClientGenerator")
public final class reviews extends ModelRecord {
    static final Model MODEL = RefractSchema.MODEL.requireModel("reviews");

    static final ScalarField F_id = MODEL.scalarField("id").orElseThrow();

    static final ScalarField F_user_id = MODEL.scalarField("user_id").orElseThrow();

    static final ScalarField F_type = MODEL.scalarField("type").orElseThrow();

    static final ScalarField F_text = MODEL.scalarField("text").orElseThrow();

    static final ScalarField F_created_at = MODEL.scalarField("created_at").orElseThrow();

    static final RelationField R_users = MODEL.relationField("users").orElseThrow();

    reviews(Map<String, Object> data) {
        super("reviews", data);
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
     * The field type.
     */
    public review_type type() {
        return enumValue("type", review_type.class);
    }

    /**
     * The field text.
     */
    public String text() {
        return scalar("text", String.class);
    }

    /**
     * The field created_at.
     */
    public Instant created_at() {
        return scalar("created_at", Instant.class);
    }

    /**
     * The related users record; throws NotLoadedException unless the query included it.
     */
    public users users() {
        return relationOne("users", users::new).orElseThrow();
    }

    /**
     * A new reviews with its required fields and relations; optional ones chain.
     */
    public static Create create(review_type type, String text, Link<reviews> users) {
        return new Create().type(type).text(text).link(Link.require(R_users, users));
    }

    /**
     * A new reviews created through its users relation (the parent supplies it), with its other required fields and relations.
     */
    public static CreateWithoutUsers create(review_type type, String text) {
        return new CreateWithoutUsers().type(type).text(text);
    }

    /**
     * The required users: connects the existing users {@code connect} selects.
     */
    public static Link<reviews> users(users.WhereUnique connect) {
        return Link.write(R_users, new NestedWrite.Connect(R_users, List.of(connect.filter())));
    }

    /**
     * The required users: creates it with this record.
     */
    public static Link<reviews> users(users.Create create) {
        return Link.write(R_users, new NestedWrite.Create(R_users, List.of(create.build())));
    }

    /**
     * The required users: connects the one {@code where} selects, or creates {@code create}.
     */
    public static Link<reviews> users(users.WhereUnique where, users.Create create) {
        return Link.write(R_users, new NestedWrite.ConnectOrCreate(R_users, List.of(new NestedWrite.WhereCreate(where.filter(), create.build()))));
    }

    /**
     * The required users by its foreign key (user_id), unchecked: the database checks that the record exists.
     */
    public static Link<reviews> user_id(int user_id) {
        return Link.keys(R_users, List.of(Link.key(F_user_id, user_id)));
    }

    /**
     * Conditions on reviews records; all must match.
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
         * Conditions on type.
         */
        public EnumFilter<review_type, Where> type() {
            return new EnumFilter<>(F_type, this, sink());
        }

        /**
         * Conditions on text.
         */
        public StringFilter<Where> text() {
            return new StringFilter<>(F_text, this, sink());
        }

        /**
         * Conditions on created_at.
         */
        public DateTimeFilter<Where> created_at() {
            return new DateTimeFilter<>(F_created_at, this, sink());
        }

        /**
         * Conditions on the related users records.
         */
        public Where users(Consumer<OneRelationFilter<users.Where>> body) {
            return one(R_users, users.Where::new, body);
        }
    }

    /**
     * Selects one reviews by a unique field or compound unique; nothing else is offered.
     */
    public static final class WhereUnique extends UniqueWhere {
        private WhereUnique(Filter filter) {
            super(filter);
        }

        /**
         * The reviews with this id.
         */
        public static WhereUnique id(int id) {
            return new WhereUnique(Filter.and(List.of(Filter.eq(F_id, id))));
        }
    }

    /**
     * The order of reviews records: keys in priority order.
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
         * By type.
         */
        public OrderField<OrderBy> type() {
            return new OrderField<>(F_type, this, sink());
        }

        /**
         * By text.
         */
        public OrderField<OrderBy> text() {
            return new OrderField<>(F_text, this, sink());
        }

        /**
         * By created_at.
         */
        public OrderField<OrderBy> created_at() {
            return new OrderField<>(F_created_at, this, sink());
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
     * The fields and relations of reviews to load (select, include or omit).
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
         * The field type.
         */
        public Select type() {
            return scalar(F_type);
        }

        /**
         * The field text.
         */
        public Select text() {
            return scalar(F_text);
        }

        /**
         * The field created_at.
         */
        public Select created_at() {
            return scalar(F_created_at);
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
     * Which reviews records to read, in which order, and what to load.
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
     * The fields and relations every create of reviews sets.
     *
     * @param <B> the create type
     */
    public abstract static class CreateBuilder<B extends CreateBuilder<B>> extends WriteBuilder<B> {
        CreateBuilder() {
        }

        /**
         * Sets a required relation from its link.
         */
        B link(Link<reviews> l) {
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
         * Sets type.
         */
        public B type(review_type type) {
            return set(F_type, type);
        }

        /**
         * Sets text.
         */
        public B text(String text) {
            return set(F_text, text);
        }

        /**
         * Sets created_at.
         */
        public B created_at(Instant created_at) {
            return set(F_created_at, created_at);
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
     * A new reviews record, with all its required relations.
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
     * A new reviews record created through its users relation, which the parent's nested write supplies.
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
     * The changes of an update of reviews.
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
         * Sets type.
         */
        public Update type(review_type type) {
            return set(F_type, type);
        }

        /**
         * Sets text.
         */
        public Update text(String text) {
            return set(F_text, text);
        }

        /**
         * Sets created_at.
         */
        public Update created_at(Instant created_at) {
            return set(F_created_at, created_at);
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
     * The queries of reviews: {@code db.reviews()}.
     */
    public static final class Delegate extends ModelDelegate<reviews, Where, WhereUnique, FindArgs, Create, Update> {
        Delegate(QueryRunner runner) {
            super(MODEL, runner, reviews::new, Where::new, FindArgs::new, Update::new);
        }
    }

    /**
     * Typed handles on the fields of reviews, for aggregate and groupBy.
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
         * The field type.
         */
        public static final Ref<review_type> type = Ref.of(F_type, review_type.class);

        /**
         * The field text.
         */
        public static final Ref<String> text = Ref.of(F_text, String.class);

        /**
         * The field created_at.
         */
        public static final Ref<Instant> created_at = Ref.of(F_created_at, Instant.class);

        private Fields() {
        }
    }
}
