package com.example.blog;

import dev.refract.client.Atomic;
import dev.refract.client.DateTimeFilter;
import dev.refract.client.EnumFilter;
import dev.refract.client.IntFilter;
import dev.refract.client.Link;
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
 * Someone who writes posts.
 */
@Generated("dev.refract.generator.ClientGenerator")
public final class User extends ModelRecord {
    static final Model MODEL = RefractSchema.MODEL.requireModel("User");

    static final ScalarField F_id = MODEL.scalarField("id").orElseThrow();

    static final ScalarField F_email = MODEL.scalarField("email").orElseThrow();

    static final ScalarField F_name = MODEL.scalarField("name").orElseThrow();

    static final ScalarField F_role = MODEL.scalarField("role").orElseThrow();

    static final ScalarField F_createdAt = MODEL.scalarField("createdAt").orElseThrow();

    static final RelationField R_posts = MODEL.relationField("posts").orElseThrow();

    User(Map<String, Object> data) {
        super("User", data);
    }

    /**
     * The field id.
     */
    public int id() {
        return scalar("id", Integer.class);
    }

    /**
     * Where we reach them; unique.
     */
    public String email() {
        return scalar("email", String.class);
    }

    /**
     * The field name.
     */
    public Optional<String> name() {
        return optionalScalar("name", String.class);
    }

    /**
     * The field role.
     */
    public Role role() {
        return enumValue("role", Role.class);
    }

    /**
     * The field createdAt.
     */
    public Instant createdAt() {
        return scalar("createdAt", Instant.class);
    }

    /**
     * The related Post records; throws NotLoadedException unless the query included it.
     */
    public List<Post> posts() {
        return relationList("posts", Post::new);
    }

    /**
     * The number of related Post records; throws NotLoadedException unless the query included {@code postsCount()}.
     */
    public long postsCount() {
        return relationCount("posts", "postsCount");
    }

    /**
     * A new User with its required fields and relations; optional ones chain.
     */
    public static Create create(String email) {
        return new Create().email(email);
    }

    /**
     * Conditions on User records; all must match.
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
         * Conditions on email.
         */
        public StringFilter<Where> email() {
            return new StringFilter<>(F_email, this, sink());
        }

        /**
         * Conditions on name.
         */
        public StringFilter<Where> name() {
            return new StringFilter<>(F_name, this, sink());
        }

        /**
         * Conditions on role.
         */
        public EnumFilter<Role, Where> role() {
            return new EnumFilter<>(F_role, this, sink());
        }

        /**
         * Conditions on createdAt.
         */
        public DateTimeFilter<Where> createdAt() {
            return new DateTimeFilter<>(F_createdAt, this, sink());
        }

        /**
         * Conditions on the related Post records.
         */
        public Where posts(Consumer<ListRelationFilter<Post.Where>> body) {
            return many(R_posts, Post.Where::new, body);
        }
    }

    /**
     * Selects one User by a unique field or compound unique; nothing else is offered.
     */
    public static final class WhereUnique extends UniqueWhere {
        private WhereUnique(Filter filter) {
            super(filter);
        }

        /**
         * The User with this id.
         */
        public static WhereUnique id(int id) {
            return new WhereUnique(Filter.and(List.of(Filter.eq(F_id, id))));
        }

        /**
         * The User with this email.
         */
        public static WhereUnique email(String email) {
            return new WhereUnique(Filter.and(List.of(Filter.eq(F_email, email))));
        }
    }

    /**
     * The order of User records: keys in priority order.
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
         * By email.
         */
        public OrderField<OrderBy> email() {
            return new OrderField<>(F_email, this, sink());
        }

        /**
         * By name.
         */
        public OrderField<OrderBy> name() {
            return new OrderField<>(F_name, this, sink());
        }

        /**
         * By role.
         */
        public OrderField<OrderBy> role() {
            return new OrderField<>(F_role, this, sink());
        }

        /**
         * By createdAt.
         */
        public OrderField<OrderBy> createdAt() {
            return new OrderField<>(F_createdAt, this, sink());
        }

        /**
         * By the number of related Post records.
         */
        public OrderField<OrderBy> postsCount() {
            return count(R_posts, this);
        }
    }

    /**
     * The fields and relations of User to load (select, include or omit).
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
         * The field email.
         */
        public Select email() {
            return scalar(F_email);
        }

        /**
         * The field name.
         */
        public Select name() {
            return scalar(F_name);
        }

        /**
         * The field role.
         */
        public Select role() {
            return scalar(F_role);
        }

        /**
         * The field createdAt.
         */
        public Select createdAt() {
            return scalar(F_createdAt);
        }

        /**
         * The number of related Post records ({@code _count}); read it with {@code postsCount()}.
         */
        public Select postsCount() {
            return relationCount(R_posts, Filter.TRUE);
        }

        /**
         * The number of related Post records that {@code where} matches.
         */
        public Select postsCount(Consumer<Post.Where> where) {
            return relationCount(R_posts, dev.refract.client.Where.build(Post.Where::new, where));
        }

        /**
         * The related Post records, with all their scalars.
         */
        public Select posts() {
            return posts(a -> { });
        }

        /**
         * The related Post records, filtered, ordered and loaded as {@code body} says.
         */
        public Select posts(Consumer<Post.FindArgs> body) {
            Post.FindArgs a = new Post.FindArgs();
            body.accept(a);
            return relation(R_posts, a.readArgs(), a.selection());
        }
    }

    /**
     * Which User records to read, in which order, and what to load.
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
     * A new User record.
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
        Create link(Link<User> l) {
            return applyLink(l);
        }

        /**
         * Sets id.
         */
        public Create id(Integer id) {
            return set(F_id, id);
        }

        /**
         * Sets email.
         */
        public Create email(String email) {
            return set(F_email, email);
        }

        /**
         * Sets name.
         */
        public Create name(String name) {
            return set(F_name, name);
        }

        /**
         * Sets role.
         */
        public Create role(Role role) {
            return set(F_role, role);
        }

        /**
         * Sets createdAt.
         */
        public Create createdAt(Instant createdAt) {
            return set(F_createdAt, createdAt);
        }

        /**
         * Nested writes on the related Post records.
         */
        public Create posts(Consumer<NestedMany<Post.CreateWithoutAuthor, Post.WhereUnique>> body) {
            NestedMany<Post.CreateWithoutAuthor, Post.WhereUnique> n = new NestedMany<Post.CreateWithoutAuthor, Post.WhereUnique>(R_posts);
            body.accept(n);
            return nested(n.build());
        }
    }

    /**
     * The changes of an update of User.
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
         * Sets email.
         */
        public Update email(String email) {
            return set(F_email, email);
        }

        /**
         * Sets name.
         */
        public Update name(String name) {
            return set(F_name, name);
        }

        /**
         * Sets role.
         */
        public Update role(Role role) {
            return set(F_role, role);
        }

        /**
         * Sets createdAt.
         */
        public Update createdAt(Instant createdAt) {
            return set(F_createdAt, createdAt);
        }

        /**
         * Nested writes on the related Post records.
         */
        public Update posts(
                Consumer<NestedManyUpdate<Post.CreateWithoutAuthor, Post.WhereUnique, Post.Update, Post.Where>> body) {
            NestedManyUpdate<Post.CreateWithoutAuthor, Post.WhereUnique, Post.Update, Post.Where> n = new NestedManyUpdate<Post.CreateWithoutAuthor, Post.WhereUnique, Post.Update, Post.Where>(R_posts, Post.Update::new, Post.Where::new);
            body.accept(n);
            return nested(n.build());
        }
    }

    /**
     * The queries of User: {@code db.user()}.
     */
    public static final class Delegate extends ModelDelegate<User, Where, WhereUnique, FindArgs, Create, Update> {
        Delegate(QueryRunner runner) {
            super(MODEL, runner, User::new, Where::new, FindArgs::new, Update::new);
        }
    }

    /**
     * Typed handles on the fields of User, for aggregate and groupBy.
     */
    public static final class Fields {
        /**
         * The field id.
         */
        public static final Ref.Num<Integer, Double> id = new Ref.Num<>(F_id, Integer.class, Double.class);

        /**
         * The field email.
         */
        public static final Ref<String> email = Ref.of(F_email, String.class);

        /**
         * The field name.
         */
        public static final Ref<String> name = Ref.of(F_name, String.class);

        /**
         * The field role.
         */
        public static final Ref<Role> role = Ref.of(F_role, Role.class);

        /**
         * The field createdAt.
         */
        public static final Ref<Instant> createdAt = Ref.of(F_createdAt, Instant.class);

        private Fields() {
        }
    }
}
