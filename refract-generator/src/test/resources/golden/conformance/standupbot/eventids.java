package conformance.standupbot;

import dev.refract.client.DateTimeFilter;
import dev.refract.client.Link;
import dev.refract.client.ModelDelegate;
import dev.refract.client.ModelRecord;
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
import dev.refract.model.ScalarField;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.annotation.processing.Generated;

/**
 * A record of the model eventids; immutable.
 */
@Generated("dev.refract.generator.ClientGenerator")
public final class eventids extends ModelRecord {
    static final Model MODEL = RefractSchema.MODEL.requireModel("eventids");

    static final ScalarField F_event_id = MODEL.scalarField("event_id").orElseThrow();

    static final ScalarField F_created_at = MODEL.scalarField("created_at").orElseThrow();

    eventids(Map<String, Object> data) {
        super("eventids", data);
    }

    /**
     * The field event_id.
     */
    public String event_id() {
        return scalar("event_id", String.class);
    }

    /**
     * The field created_at.
     */
    public Instant created_at() {
        return scalar("created_at", Instant.class);
    }

    /**
     * A new eventids with its required fields and relations; optional ones chain.
     */
    public static Create create(String event_id) {
        return new Create().event_id(event_id);
    }

    /**
     * Conditions on eventids records; all must match.
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
         * Conditions on event_id.
         */
        public StringFilter<Where> event_id() {
            return new StringFilter<>(F_event_id, this, sink());
        }

        /**
         * Conditions on created_at.
         */
        public DateTimeFilter<Where> created_at() {
            return new DateTimeFilter<>(F_created_at, this, sink());
        }
    }

    /**
     * Selects one eventids by a unique field or compound unique; nothing else is offered.
     */
    public static final class WhereUnique extends UniqueWhere {
        private WhereUnique(Filter filter) {
            super(filter);
        }

        /**
         * The eventids with this event_id.
         */
        public static WhereUnique event_id(String event_id) {
            return new WhereUnique(Filter.and(List.of(Filter.eq(F_event_id, event_id))));
        }
    }

    /**
     * The order of eventids records: keys in priority order.
     */
    public static final class OrderBy extends OrderByBuilder {
        OrderBy() {
        }

        /**
         * By event_id.
         */
        public OrderField<OrderBy> event_id() {
            return new OrderField<>(F_event_id, this, sink());
        }

        /**
         * By created_at.
         */
        public OrderField<OrderBy> created_at() {
            return new OrderField<>(F_created_at, this, sink());
        }
    }

    /**
     * The fields and relations of eventids to load (select, include or omit).
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
         * The field event_id.
         */
        public Select event_id() {
            return scalar(F_event_id);
        }

        /**
         * The field created_at.
         */
        public Select created_at() {
            return scalar(F_created_at);
        }
    }

    /**
     * Which eventids records to read, in which order, and what to load.
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
     * A new eventids record.
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
        Create link(Link<eventids> l) {
            return applyLink(l);
        }

        /**
         * Sets event_id.
         */
        public Create event_id(String event_id) {
            return set(F_event_id, event_id);
        }

        /**
         * Sets created_at.
         */
        public Create created_at(Instant created_at) {
            return set(F_created_at, created_at);
        }
    }

    /**
     * The changes of an update of eventids.
     */
    public static final class Update extends WriteBuilder<Update> {
        Update() {
        }

        @Override
        protected Update self() {
            return this;
        }

        /**
         * Sets event_id.
         */
        public Update event_id(String event_id) {
            return set(F_event_id, event_id);
        }

        /**
         * Sets created_at.
         */
        public Update created_at(Instant created_at) {
            return set(F_created_at, created_at);
        }
    }

    /**
     * The queries of eventids: {@code db.eventids()}.
     */
    public static final class Delegate extends ModelDelegate<eventids, Where, WhereUnique, FindArgs, Create, Update> {
        Delegate(QueryRunner runner) {
            super(MODEL, runner, eventids::new, Where::new, FindArgs::new, Update::new);
        }
    }

    /**
     * Typed handles on the fields of eventids, for aggregate and groupBy.
     */
    public static final class Fields {
        /**
         * The field event_id.
         */
        public static final Ref<String> event_id = Ref.of(F_event_id, String.class);

        /**
         * The field created_at.
         */
        public static final Ref<Instant> created_at = Ref.of(F_created_at, Instant.class);

        private Fields() {
        }
    }
}
