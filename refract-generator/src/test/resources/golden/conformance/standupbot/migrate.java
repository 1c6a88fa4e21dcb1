package conformance.standupbot;

import dev.refract.client.Atomic;
import dev.refract.client.BigIntFilter;
import dev.refract.client.Link;
import dev.refract.client.ModelDelegate;
import dev.refract.client.ModelRecord;
import dev.refract.client.OrderByBuilder;
import dev.refract.client.OrderField;
import dev.refract.client.QueryRunner;
import dev.refract.client.Ref;
import dev.refract.client.SelectionBuilder;
import dev.refract.client.UniqueWhere;
import dev.refract.client.WriteBuilder;
import dev.refract.engine.ir.Filter;
import dev.refract.model.Model;
import dev.refract.model.ScalarField;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.annotation.processing.Generated;

/**
 * A record of the model migrate; immutable.
 */
@Generated("dev.refract.generator.ClientGenerator")
public final class migrate extends ModelRecord {
    static final Model MODEL = RefractSchema.MODEL.requireModel("migrate");

    static final ScalarField F_version = MODEL.scalarField("version").orElseThrow();

    migrate(Map<String, Object> data) {
        super("migrate", data);
    }

    /**
     * The field version.
     */
    public long version() {
        return scalar("version", Long.class);
    }

    /**
     * A new migrate with its required fields and relations; optional ones chain.
     */
    public static Create create(long version) {
        return new Create().version(version);
    }

    /**
     * Conditions on migrate records; all must match.
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
         * Conditions on version.
         */
        public BigIntFilter<Where> version() {
            return new BigIntFilter<>(F_version, this, sink());
        }
    }

    /**
     * Selects one migrate by a unique field or compound unique; nothing else is offered.
     */
    public static final class WhereUnique extends UniqueWhere {
        private WhereUnique(Filter filter) {
            super(filter);
        }

        /**
         * The migrate with this version.
         */
        public static WhereUnique version(long version) {
            return new WhereUnique(Filter.and(List.of(Filter.eq(F_version, version))));
        }
    }

    /**
     * The order of migrate records: keys in priority order.
     */
    public static final class OrderBy extends OrderByBuilder {
        OrderBy() {
        }

        /**
         * By version.
         */
        public OrderField<OrderBy> version() {
            return new OrderField<>(F_version, this, sink());
        }
    }

    /**
     * The fields and relations of migrate to load (select, include or omit).
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
         * The field version.
         */
        public Select version() {
            return scalar(F_version);
        }
    }

    /**
     * Which migrate records to read, in which order, and what to load.
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
     * A new migrate record.
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
        Create link(Link<migrate> l) {
            return applyLink(l);
        }

        /**
         * Sets version.
         */
        public Create version(Long version) {
            return set(F_version, version);
        }
    }

    /**
     * The changes of an update of migrate.
     */
    public static final class Update extends WriteBuilder<Update> {
        Update() {
        }

        @Override
        protected Update self() {
            return this;
        }

        /**
         * Sets version.
         */
        public Update version(Long version) {
            return set(F_version, version);
        }

        /**
         * Changes version atomically ({@code Atomic.increment(1)}).
         */
        public Update version(Atomic<Long> op) {
            return atomic(F_version, op);
        }
    }

    /**
     * The queries of migrate: {@code db.migrate()}.
     */
    public static final class Delegate extends ModelDelegate<migrate, Where, WhereUnique, FindArgs, Create, Update> {
        Delegate(QueryRunner runner) {
            super(MODEL, runner, migrate::new, Where::new, FindArgs::new, Update::new);
        }
    }

    /**
     * Typed handles on the fields of migrate, for aggregate and groupBy.
     */
    public static final class Fields {
        /**
         * The field version.
         */
        public static final Ref.Num<Long, Double> version = new Ref.Num<>(F_version, Long.class, Double.class);

        private Fields() {
        }
    }
}
