package com.example.blog;

import dev.refract.client.Atomic;
import dev.refract.client.BooleanFilter;
import dev.refract.client.FloatFilter;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.annotation.processing.Generated;

/**
 * A record of the model Post; immutable.
 */
@Generated("dev.refract.generator.ClientGenerator")
public final class Post extends ModelRecord {
    static final Model MODEL = RefractSchema.MODEL.requireModel("Post");

    static final ScalarField F_id = MODEL.scalarField("id").orElseThrow();

    static final ScalarField F_title = MODEL.scalarField("title").orElseThrow();

    static final ScalarField F_published = MODEL.scalarField("published").orElseThrow();

    static final ScalarField F_views = MODEL.scalarField("views").orElseThrow();

    static final ScalarField F_score = MODEL.scalarField("score").orElseThrow();

    static final ScalarField F_authorId = MODEL.scalarField("authorId").orElseThrow();

    static final ScalarField F_slug = MODEL.scalarField("slug").orElseThrow();

    static final ScalarField F_lang = MODEL.scalarField("lang").orElseThrow();

    static final RelationField R_author = MODEL.relationField("author").orElseThrow();

    Post(Map<String, Object> data) {
        super("Post", data);
    }

    /**
     * The field id.
     */
    public int id() {
        return scalar("id", Integer.class);
    }

    /**
     * The field title.
     */
    public String title() {
        return scalar("title", String.class);
    }

    /**
     * The field published.
     */
    public boolean published() {
        return scalar("published", Boolean.class);
    }

    /**
     * The field views.
     */
    public int views() {
        return scalar("views", Integer.class);
    }

    /**
     * The field score.
     */
    public Optional<Double> score() {
        return optionalScalar("score", Double.class);
    }

    /**
     * The field authorId.
     */
    public int authorId() {
        return scalar("authorId", Integer.class);
    }

    /**
     * The field slug.
     */
    public String slug() {
        return scalar("slug", String.class);
    }

    /**
     * The field lang.
     */
    public String lang() {
        return scalar("lang", String.class);
    }

    /**
     * The related User record; throws NotLoadedException unless the query included it.
     */
    public User author() {
        return relationOne("author", User::new).orElseThrow();
    }

    /**
     * A new Post with its required fields and relations; optional ones chain.
     */
    public static Create create(String title, String slug, String lang, Link<Post> author) {
        return new Create().title(title).slug(slug).lang(lang).link(Link.require(R_author, author));
    }

    /**
     * A new Post created through its author relation (the parent supplies it), with its other required fields and relations.
     */
    public static CreateWithoutAuthor create(String title, String slug, String lang) {
        return new CreateWithoutAuthor().title(title).slug(slug).lang(lang);
    }

    /**
     * The required author: connects the existing User {@code connect} selects.
     */
    public static Link<Post> author(User.WhereUnique connect) {
        return Link.write(R_author, new NestedWrite.Connect(R_author, List.of(connect.filter())));
    }

    /**
     * The required author: creates it with this record.
     */
    public static Link<Post> author(User.Create create) {
        return Link.write(R_author, new NestedWrite.Create(R_author, List.of(create.build())));
    }

    /**
     * The required author: connects the one {@code where} selects, or creates {@code create}.
     */
    public static Link<Post> author(User.WhereUnique where, User.Create create) {
        return Link.write(R_author, new NestedWrite.ConnectOrCreate(R_author, List.of(new NestedWrite.WhereCreate(where.filter(), create.build()))));
    }

    /**
     * The required author by its foreign key (authorId), unchecked: the database checks that the record exists.
     */
    public static Link<Post> authorId(int authorId) {
        return Link.keys(R_author, List.of(Link.key(F_authorId, authorId)));
    }

    /**
     * Conditions on Post records; all must match.
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
         * Conditions on title.
         */
        public StringFilter<Where> title() {
            return new StringFilter<>(F_title, this, sink());
        }

        /**
         * Conditions on published.
         */
        public BooleanFilter<Where> published() {
            return new BooleanFilter<>(F_published, this, sink());
        }

        /**
         * Conditions on views.
         */
        public IntFilter<Where> views() {
            return new IntFilter<>(F_views, this, sink());
        }

        /**
         * Conditions on score.
         */
        public FloatFilter<Where> score() {
            return new FloatFilter<>(F_score, this, sink());
        }

        /**
         * Conditions on authorId.
         */
        public IntFilter<Where> authorId() {
            return new IntFilter<>(F_authorId, this, sink());
        }

        /**
         * Conditions on slug.
         */
        public StringFilter<Where> slug() {
            return new StringFilter<>(F_slug, this, sink());
        }

        /**
         * Conditions on lang.
         */
        public StringFilter<Where> lang() {
            return new StringFilter<>(F_lang, this, sink());
        }

        /**
         * Conditions on the related User records.
         */
        public Where author(Consumer<OneRelationFilter<User.Where>> body) {
            return one(R_author, User.Where::new, body);
        }
    }

    /**
     * Selects one Post by a unique field or compound unique; nothing else is offered.
     */
    public static final class WhereUnique extends UniqueWhere {
        private WhereUnique(Filter filter) {
            super(filter);
        }

        /**
         * The Post with this id.
         */
        public static WhereUnique id(int id) {
            return new WhereUnique(Filter.and(List.of(Filter.eq(F_id, id))));
        }

        /**
         * The Post with this slug, lang.
         */
        public static WhereUnique slugLang(String slug, String lang) {
            return new WhereUnique(Filter.and(List.of(Filter.eq(F_slug, slug), Filter.eq(F_lang, lang))));
        }
    }

    /**
     * The order of Post records: keys in priority order.
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
         * By title.
         */
        public OrderField<OrderBy> title() {
            return new OrderField<>(F_title, this, sink());
        }

        /**
         * By published.
         */
        public OrderField<OrderBy> published() {
            return new OrderField<>(F_published, this, sink());
        }

        /**
         * By views.
         */
        public OrderField<OrderBy> views() {
            return new OrderField<>(F_views, this, sink());
        }

        /**
         * By score.
         */
        public OrderField<OrderBy> score() {
            return new OrderField<>(F_score, this, sink());
        }

        /**
         * By authorId.
         */
        public OrderField<OrderBy> authorId() {
            return new OrderField<>(F_authorId, this, sink());
        }

        /**
         * By slug.
         */
        public OrderField<OrderBy> slug() {
            return new OrderField<>(F_slug, this, sink());
        }

        /**
         * By lang.
         */
        public OrderField<OrderBy> lang() {
            return new OrderField<>(F_lang, this, sink());
        }

        /**
         * By fields of the related User record.
         */
        public OrderBy author(Consumer<User.OrderBy> body) {
            through(R_author, new User.OrderBy(), body);
            return this;
        }
    }

    /**
     * The fields and relations of Post to load (select, include or omit).
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
         * The field title.
         */
        public Select title() {
            return scalar(F_title);
        }

        /**
         * The field published.
         */
        public Select published() {
            return scalar(F_published);
        }

        /**
         * The field views.
         */
        public Select views() {
            return scalar(F_views);
        }

        /**
         * The field score.
         */
        public Select score() {
            return scalar(F_score);
        }

        /**
         * The field authorId.
         */
        public Select authorId() {
            return scalar(F_authorId);
        }

        /**
         * The field slug.
         */
        public Select slug() {
            return scalar(F_slug);
        }

        /**
         * The field lang.
         */
        public Select lang() {
            return scalar(F_lang);
        }

        /**
         * The related User records, with all their scalars.
         */
        public Select author() {
            return author(a -> { });
        }

        /**
         * The related User records, filtered, ordered and loaded as {@code body} says.
         */
        public Select author(Consumer<User.FindArgs> body) {
            User.FindArgs a = new User.FindArgs();
            body.accept(a);
            return relation(R_author, dev.refract.engine.ir.ReadArgs.NONE, a.selection());
        }
    }

    /**
     * Which Post records to read, in which order, and what to load.
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
     * The fields and relations every create of Post sets.
     *
     * @param <B> the create type
     */
    public abstract static class CreateBuilder<B extends CreateBuilder<B>> extends WriteBuilder<B> {
        CreateBuilder() {
        }

        /**
         * Sets a required relation from its link.
         */
        B link(Link<Post> l) {
            return applyLink(l);
        }

        /**
         * Sets id.
         */
        public B id(Integer id) {
            return set(F_id, id);
        }

        /**
         * Sets title.
         */
        public B title(String title) {
            return set(F_title, title);
        }

        /**
         * Sets published.
         */
        public B published(Boolean published) {
            return set(F_published, published);
        }

        /**
         * Sets views.
         */
        public B views(Integer views) {
            return set(F_views, views);
        }

        /**
         * Sets score.
         */
        public B score(Double score) {
            return set(F_score, score);
        }

        /**
         * Sets authorId.
         */
        public B authorId(Integer authorId) {
            return set(F_authorId, authorId);
        }

        /**
         * Sets slug.
         */
        public B slug(String slug) {
            return set(F_slug, slug);
        }

        /**
         * Sets lang.
         */
        public B lang(String lang) {
            return set(F_lang, lang);
        }

        /**
         * Nested writes on the related User records.
         */
        public B author(Consumer<NestedOne<User.Create, User.WhereUnique>> body) {
            NestedOne<User.Create, User.WhereUnique> n = new NestedOne<User.Create, User.WhereUnique>(R_author);
            body.accept(n);
            return nested(n.build());
        }
    }

    /**
     * A new Post record, with all its required relations.
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
     * A new Post record created through its author relation, which the parent's nested write supplies.
     */
    public static final class CreateWithoutAuthor extends CreateBuilder<CreateWithoutAuthor> {
        CreateWithoutAuthor() {
        }

        @Override
        protected CreateWithoutAuthor self() {
            return this;
        }
    }

    /**
     * The changes of an update of Post.
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
         * Sets title.
         */
        public Update title(String title) {
            return set(F_title, title);
        }

        /**
         * Sets published.
         */
        public Update published(Boolean published) {
            return set(F_published, published);
        }

        /**
         * Sets views.
         */
        public Update views(Integer views) {
            return set(F_views, views);
        }

        /**
         * Changes views atomically ({@code Atomic.increment(1)}).
         */
        public Update views(Atomic<Integer> op) {
            return atomic(F_views, op);
        }

        /**
         * Sets score.
         */
        public Update score(Double score) {
            return set(F_score, score);
        }

        /**
         * Changes score atomically ({@code Atomic.increment(1)}).
         */
        public Update score(Atomic<Double> op) {
            return atomic(F_score, op);
        }

        /**
         * Sets authorId.
         */
        public Update authorId(Integer authorId) {
            return set(F_authorId, authorId);
        }

        /**
         * Changes authorId atomically ({@code Atomic.increment(1)}).
         */
        public Update authorId(Atomic<Integer> op) {
            return atomic(F_authorId, op);
        }

        /**
         * Sets slug.
         */
        public Update slug(String slug) {
            return set(F_slug, slug);
        }

        /**
         * Sets lang.
         */
        public Update lang(String lang) {
            return set(F_lang, lang);
        }

        /**
         * Nested writes on the related User records.
         */
        public Update author(
                Consumer<NestedOneUpdate<User.Create, User.WhereUnique, User.Update>> body) {
            NestedOneUpdate<User.Create, User.WhereUnique, User.Update> n = new NestedOneUpdate<User.Create, User.WhereUnique, User.Update>(R_author, User.Update::new);
            body.accept(n);
            return nested(n.build());
        }
    }

    /**
     * The queries of Post: {@code db.post()}.
     */
    public static final class Delegate extends ModelDelegate<Post, Where, WhereUnique, FindArgs, Create, Update> {
        Delegate(QueryRunner runner) {
            super(MODEL, runner, Post::new, Where::new, FindArgs::new, Update::new);
        }
    }

    /**
     * Typed handles on the fields of Post, for aggregate and groupBy.
     */
    public static final class Fields {
        /**
         * The field id.
         */
        public static final Ref.Num<Integer, Double> id = new Ref.Num<>(F_id, Integer.class, Double.class);

        /**
         * The field title.
         */
        public static final Ref<String> title = Ref.of(F_title, String.class);

        /**
         * The field published.
         */
        public static final Ref<Boolean> published = Ref.of(F_published, Boolean.class);

        /**
         * The field views.
         */
        public static final Ref.Num<Integer, Double> views = new Ref.Num<>(F_views, Integer.class, Double.class);

        /**
         * The field score.
         */
        public static final Ref.Num<Double, Double> score = new Ref.Num<>(F_score, Double.class, Double.class);

        /**
         * The field authorId.
         */
        public static final Ref.Num<Integer, Double> authorId = new Ref.Num<>(F_authorId, Integer.class, Double.class);

        /**
         * The field slug.
         */
        public static final Ref<String> slug = Ref.of(F_slug, String.class);

        /**
         * The field lang.
         */
        public static final Ref<String> lang = Ref.of(F_lang, String.class);

        private Fields() {
        }
    }
}
