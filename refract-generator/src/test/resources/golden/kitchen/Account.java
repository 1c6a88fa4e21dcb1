package com.example.kitchen;

import dev.refract.client.Atomic;
import dev.refract.client.BigIntFilter;
import dev.refract.client.BytesFilter;
import dev.refract.client.DateTimeFilter;
import dev.refract.client.DecimalFilter;
import dev.refract.client.EnumFilter;
import dev.refract.client.IntFilter;
import dev.refract.client.JsonFilter;
import dev.refract.client.Link;
import dev.refract.client.ListFilter;
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
import dev.refract.engine.ir.Values;
import dev.refract.model.Model;
import dev.refract.model.RelationField;
import dev.refract.model.ScalarField;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.annotation.processing.Generated;

/**
 * An account, keyed by tenant and number.
 * Its documentation spans lines, with *&#47; and {@literal @} in it.
 */
@Generated("dev.refract.generator.ClientGenerator")
public final class Account extends ModelRecord {
    static final Model MODEL = RefractSchema.MODEL.requireModel("Account");

    static final ScalarField F_tenant = MODEL.scalarField("tenant").orElseThrow();

    static final ScalarField F_number = MODEL.scalarField("number").orElseThrow();

    static final ScalarField F_balance = MODEL.scalarField("balance").orElseThrow();

    static final ScalarField F_big = MODEL.scalarField("big").orElseThrow();

    static final ScalarField F_data = MODEL.scalarField("data").orElseThrow();

    static final ScalarField F_blob = MODEL.scalarField("blob").orElseThrow();

    static final ScalarField F_tags = MODEL.scalarField("tags").orElseThrow();

    static final ScalarField F_levels = MODEL.scalarField("levels").orElseThrow();

    static final ScalarField F_level = MODEL.scalarField("level").orElseThrow();

    static final ScalarField F_class = MODEL.scalarField("class").orElseThrow();

    static final ScalarField F_select = MODEL.scalarField("select").orElseThrow();

    static final ScalarField F_at = MODEL.scalarField("at").orElseThrow();

    static final RelationField R_profile = MODEL.relationField("profile").orElseThrow();

    Account(Map<String, Object> data) {
        super("Account", data);
    }

    /**
     * The field tenant.
     */
    public String tenant() {
        return scalar("tenant", String.class);
    }

    /**
     * The field number.
     */
    public int number() {
        return scalar("number", Integer.class);
    }

    /**
     * The field balance.
     */
    public BigDecimal balance() {
        return scalar("balance", BigDecimal.class);
    }

    /**
     * The field big.
     */
    public Optional<Long> big() {
        return optionalScalar("big", Long.class);
    }

    /**
     * The field data.
     */
    public Optional<Values.Json> data() {
        return optionalScalar("data", Values.Json.class);
    }

    /**
     * The field blob.
     */
    public Optional<byte[]> blob() {
        return optionalScalar("blob", byte[].class);
    }

    /**
     * The field tags.
     */
    public List<String> tags() {
        return scalarList("tags", String.class);
    }

    /**
     * The field levels.
     */
    public List<Level> levels() {
        return enumList("levels", Level.class);
    }

    /**
     * The field level.
     */
    public Optional<Level> level() {
        return optionalEnum("level", Level.class);
    }

    /**
     * The field class.
     */
    public String class_() {
        return scalar("class", String.class);
    }

    /**
     * The field select.
     */
    public Optional<Integer> select_() {
        return optionalScalar("select", Integer.class);
    }

    /**
     * The field at.
     */
    public Instant at() {
        return scalar("at", Instant.class);
    }

    /**
     * The related Profile record; throws NotLoadedException unless the query included it.
     */
    public Optional<Profile> profile() {
        return relationOne("profile", Profile::new);
    }

    /**
     * A new Account with its required fields and relations; optional ones chain.
     */
    public static Create create(String tenant, int number, String class_) {
        return new Create().tenant(tenant).number(number).class_(class_);
    }

    /**
     * Conditions on Account records; all must match.
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
         * Conditions on tenant.
         */
        public StringFilter<Where> tenant() {
            return new StringFilter<>(F_tenant, this, sink());
        }

        /**
         * Conditions on number.
         */
        public IntFilter<Where> number() {
            return new IntFilter<>(F_number, this, sink());
        }

        /**
         * Conditions on balance.
         */
        public DecimalFilter<Where> balance() {
            return new DecimalFilter<>(F_balance, this, sink());
        }

        /**
         * Conditions on big.
         */
        public BigIntFilter<Where> big() {
            return new BigIntFilter<>(F_big, this, sink());
        }

        /**
         * Conditions on data.
         */
        public JsonFilter<Where> data() {
            return new JsonFilter<>(F_data, this, sink(), false);
        }

        /**
         * Conditions on blob.
         */
        public BytesFilter<Where> blob() {
            return new BytesFilter<>(F_blob, this, sink());
        }

        /**
         * Conditions on tags.
         */
        public ListFilter<String, Where> tags() {
            return new ListFilter<>(F_tags, this, sink());
        }

        /**
         * Conditions on levels.
         */
        public ListFilter<Level, Where> levels() {
            return new ListFilter<>(F_levels, this, sink());
        }

        /**
         * Conditions on level.
         */
        public EnumFilter<Level, Where> level() {
            return new EnumFilter<>(F_level, this, sink());
        }

        /**
         * Conditions on class.
         */
        public StringFilter<Where> class_() {
            return new StringFilter<>(F_class, this, sink());
        }

        /**
         * Conditions on select.
         */
        public IntFilter<Where> select_() {
            return new IntFilter<>(F_select, this, sink());
        }

        /**
         * Conditions on at.
         */
        public DateTimeFilter<Where> at() {
            return new DateTimeFilter<>(F_at, this, sink());
        }

        /**
         * Conditions on the related Profile records.
         */
        public Where profile(Consumer<OneRelationFilter<Profile.Where>> body) {
            return one(R_profile, Profile.Where::new, body);
        }
    }

    /**
     * Selects one Account by a unique field or compound unique; nothing else is offered.
     */
    public static final class WhereUnique extends UniqueWhere {
        private WhereUnique(Filter filter) {
            super(filter);
        }

        /**
         * The Account with this tenant, number.
         */
        public static WhereUnique tenantNumber(String tenant, int number) {
            return new WhereUnique(Filter.and(List.of(Filter.eq(F_tenant, tenant), Filter.eq(F_number, number))));
        }
    }

    /**
     * The order of Account records: keys in priority order.
     */
    public static final class OrderBy extends OrderByBuilder {
        OrderBy() {
        }

        /**
         * By tenant.
         */
        public OrderField<OrderBy> tenant() {
            return new OrderField<>(F_tenant, this, sink());
        }

        /**
         * By number.
         */
        public OrderField<OrderBy> number() {
            return new OrderField<>(F_number, this, sink());
        }

        /**
         * By balance.
         */
        public OrderField<OrderBy> balance() {
            return new OrderField<>(F_balance, this, sink());
        }

        /**
         * By big.
         */
        public OrderField<OrderBy> big() {
            return new OrderField<>(F_big, this, sink());
        }

        /**
         * By data.
         */
        public OrderField<OrderBy> data() {
            return new OrderField<>(F_data, this, sink());
        }

        /**
         * By blob.
         */
        public OrderField<OrderBy> blob() {
            return new OrderField<>(F_blob, this, sink());
        }

        /**
         * By tags.
         */
        public OrderField<OrderBy> tags() {
            return new OrderField<>(F_tags, this, sink());
        }

        /**
         * By levels.
         */
        public OrderField<OrderBy> levels() {
            return new OrderField<>(F_levels, this, sink());
        }

        /**
         * By level.
         */
        public OrderField<OrderBy> level() {
            return new OrderField<>(F_level, this, sink());
        }

        /**
         * By class.
         */
        public OrderField<OrderBy> class_() {
            return new OrderField<>(F_class, this, sink());
        }

        /**
         * By select.
         */
        public OrderField<OrderBy> select_() {
            return new OrderField<>(F_select, this, sink());
        }

        /**
         * By at.
         */
        public OrderField<OrderBy> at() {
            return new OrderField<>(F_at, this, sink());
        }

        /**
         * By fields of the related Profile record.
         */
        public OrderBy profile(Consumer<Profile.OrderBy> body) {
            through(R_profile, new Profile.OrderBy(), body);
            return this;
        }
    }

    /**
     * The fields and relations of Account to load (select, include or omit).
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
         * The field tenant.
         */
        public Select tenant() {
            return scalar(F_tenant);
        }

        /**
         * The field number.
         */
        public Select number() {
            return scalar(F_number);
        }

        /**
         * The field balance.
         */
        public Select balance() {
            return scalar(F_balance);
        }

        /**
         * The field big.
         */
        public Select big() {
            return scalar(F_big);
        }

        /**
         * The field data.
         */
        public Select data() {
            return scalar(F_data);
        }

        /**
         * The field blob.
         */
        public Select blob() {
            return scalar(F_blob);
        }

        /**
         * The field tags.
         */
        public Select tags() {
            return scalar(F_tags);
        }

        /**
         * The field levels.
         */
        public Select levels() {
            return scalar(F_levels);
        }

        /**
         * The field level.
         */
        public Select level() {
            return scalar(F_level);
        }

        /**
         * The field class.
         */
        public Select class_() {
            return scalar(F_class);
        }

        /**
         * The field select.
         */
        public Select select_() {
            return scalar(F_select);
        }

        /**
         * The field at.
         */
        public Select at() {
            return scalar(F_at);
        }

        /**
         * The related Profile records, with all their scalars.
         */
        public Select profile() {
            return profile(a -> { });
        }

        /**
         * The related Profile records, filtered, ordered and loaded as {@code body} says.
         */
        public Select profile(Consumer<Profile.FindArgs> body) {
            Profile.FindArgs a = new Profile.FindArgs();
            body.accept(a);
            return relation(R_profile, dev.refract.engine.ir.ReadArgs.NONE, a.selection());
        }
    }

    /**
     * Which Account records to read, in which order, and what to load.
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
     * A new Account record.
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
        Create link(Link<Account> l) {
            return applyLink(l);
        }

        /**
         * Sets tenant.
         */
        public Create tenant(String tenant) {
            return set(F_tenant, tenant);
        }

        /**
         * Sets number.
         */
        public Create number(Integer number) {
            return set(F_number, number);
        }

        /**
         * Sets balance.
         */
        public Create balance(BigDecimal balance) {
            return set(F_balance, balance);
        }

        /**
         * Sets big.
         */
        public Create big(Long big) {
            return set(F_big, big);
        }

        /**
         * Sets data.
         */
        public Create data(Values.Json data) {
            return set(F_data, data);
        }

        /**
         * Sets blob.
         */
        public Create blob(byte[] blob) {
            return set(F_blob, blob);
        }

        /**
         * Sets tags.
         */
        public Create tags(List<String> tags) {
            return set(F_tags, tags);
        }

        /**
         * Sets levels.
         */
        public Create levels(List<Level> levels) {
            return setEnums(F_levels, levels);
        }

        /**
         * Sets level.
         */
        public Create level(Level level) {
            return set(F_level, level);
        }

        /**
         * Sets class.
         */
        public Create class_(String class_) {
            return set(F_class, class_);
        }

        /**
         * Sets select.
         */
        public Create select_(Integer select_) {
            return set(F_select, select_);
        }

        /**
         * Sets at.
         */
        public Create at(Instant at) {
            return set(F_at, at);
        }

        /**
         * Nested writes on the related Profile records.
         */
        public Create profile(
                Consumer<NestedOne<Profile.CreateWithoutAccount, Profile.WhereUnique>> body) {
            NestedOne<Profile.CreateWithoutAccount, Profile.WhereUnique> n = new NestedOne<Profile.CreateWithoutAccount, Profile.WhereUnique>(R_profile);
            body.accept(n);
            return nested(n.build());
        }
    }

    /**
     * The changes of an update of Account.
     */
    public static final class Update extends WriteBuilder<Update> {
        Update() {
        }

        @Override
        protected Update self() {
            return this;
        }

        /**
         * Sets tenant.
         */
        public Update tenant(String tenant) {
            return set(F_tenant, tenant);
        }

        /**
         * Sets number.
         */
        public Update number(Integer number) {
            return set(F_number, number);
        }

        /**
         * Changes number atomically ({@code Atomic.increment(1)}).
         */
        public Update number(Atomic<Integer> op) {
            return atomic(F_number, op);
        }

        /**
         * Sets balance.
         */
        public Update balance(BigDecimal balance) {
            return set(F_balance, balance);
        }

        /**
         * Changes balance atomically ({@code Atomic.increment(1)}).
         */
        public Update balance(Atomic<BigDecimal> op) {
            return atomic(F_balance, op);
        }

        /**
         * Sets big.
         */
        public Update big(Long big) {
            return set(F_big, big);
        }

        /**
         * Changes big atomically ({@code Atomic.increment(1)}).
         */
        public Update big(Atomic<Long> op) {
            return atomic(F_big, op);
        }

        /**
         * Sets data.
         */
        public Update data(Values.Json data) {
            return set(F_data, data);
        }

        /**
         * Sets blob.
         */
        public Update blob(byte[] blob) {
            return set(F_blob, blob);
        }

        /**
         * Sets tags.
         */
        public Update tags(List<String> tags) {
            return set(F_tags, tags);
        }

        /**
         * Sets levels.
         */
        public Update levels(List<Level> levels) {
            return setEnums(F_levels, levels);
        }

        /**
         * Sets level.
         */
        public Update level(Level level) {
            return set(F_level, level);
        }

        /**
         * Sets class.
         */
        public Update class_(String class_) {
            return set(F_class, class_);
        }

        /**
         * Sets select.
         */
        public Update select_(Integer select_) {
            return set(F_select, select_);
        }

        /**
         * Changes select atomically ({@code Atomic.increment(1)}).
         */
        public Update select_(Atomic<Integer> op) {
            return atomic(F_select, op);
        }

        /**
         * Sets at.
         */
        public Update at(Instant at) {
            return set(F_at, at);
        }

        /**
         * Nested writes on the related Profile records.
         */
        public Update profile(
                Consumer<NestedOneUpdate<Profile.CreateWithoutAccount, Profile.WhereUnique, Profile.Update>> body) {
            NestedOneUpdate<Profile.CreateWithoutAccount, Profile.WhereUnique, Profile.Update> n = new NestedOneUpdate<Profile.CreateWithoutAccount, Profile.WhereUnique, Profile.Update>(R_profile, Profile.Update::new);
            body.accept(n);
            return nested(n.build());
        }
    }

    /**
     * The queries of Account: {@code db.account()}.
     */
    public static final class Delegate extends ModelDelegate<Account, Where, WhereUnique, FindArgs, Create, Update> {
        Delegate(QueryRunner runner) {
            super(MODEL, runner, Account::new, Where::new, FindArgs::new, Update::new);
        }
    }

    /**
     * Typed handles on the fields of Account, for aggregate and groupBy.
     */
    public static final class Fields {
        /**
         * The field tenant.
         */
        public static final Ref<String> tenant = Ref.of(F_tenant, String.class);

        /**
         * The field number.
         */
        public static final Ref.Num<Integer, Double> number = new Ref.Num<>(F_number, Integer.class, Double.class);

        /**
         * The field balance.
         */
        public static final Ref.Num<BigDecimal, BigDecimal> balance = new Ref.Num<>(F_balance, BigDecimal.class, BigDecimal.class);

        /**
         * The field big.
         */
        public static final Ref.Num<Long, Double> big = new Ref.Num<>(F_big, Long.class, Double.class);

        /**
         * The field level.
         */
        public static final Ref<Level> level = Ref.of(F_level, Level.class);

        /**
         * The field class.
         */
        public static final Ref<String> class_ = Ref.of(F_class, String.class);

        /**
         * The field select.
         */
        public static final Ref.Num<Integer, Double> select_ = new Ref.Num<>(F_select, Integer.class, Double.class);

        /**
         * The field at.
         */
        public static final Ref<Instant> at = Ref.of(F_at, Instant.class);

        private Fields() {
        }
    }
}
