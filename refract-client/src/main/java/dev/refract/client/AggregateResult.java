package dev.refract.client;

import dev.refract.engine.ir.Aggregate;
import java.util.Map;
import java.util.Optional;

/**
 * The values of an aggregate (or of one group of a groupBy), read through typed field handles:
 * {@code r.avg(Post.Fields.views)}. Asking for an aggregate the query did not request throws
 * {@link NotLoadedException}.
 */
public class AggregateResult {
    private final String model;
    private final Map<String, Object> raw;

    /**
     * @param model the model, for messages
     * @param raw the result record as the engine returned it
     */
    public AggregateResult(String model, Map<String, Object> raw) {
        this.model = model;
        this.raw = java.util.Collections.unmodifiableMap(raw);
    }

    /** The result as the engine returned it. */
    public final Map<String, Object> asMap() {
        return raw;
    }

    private Object value(Aggregate.Function f, String field) {
        Object group = raw.get(f.key());
        if (!(group instanceof Map<?, ?> m) || !m.containsKey(field)) {
            throw new NotLoadedException(model, f.key() + "." + field, false);
        }
        return m.get(field);
    }

    /** The number of records. */
    public final long count() {
        return ((Number) value(Aggregate.Function.COUNT, "_all")).longValue();
    }

    /** The number of non-null values of {@code field}. */
    public final long count(Ref<?> field) {
        return ((Number) value(Aggregate.Function.COUNT, field.field().name())).longValue();
    }

    /** The average of {@code field}; empty when there are no values. */
    public final <A> Optional<A> avg(Ref.Num<?, A> field) {
        return Optional.ofNullable(Ref.convert(value(Aggregate.Function.AVG, field.field().name()), field.avgType()));
    }

    /** The sum of {@code field}; empty when there are no values. */
    public final <T extends Number> Optional<T> sum(Ref.Num<T, ?> field) {
        return Optional.ofNullable(Ref.convert(value(Aggregate.Function.SUM, field.field().name()), field.type()));
    }

    /** The smallest value of {@code field}; empty when there are none. */
    public final <T> Optional<T> min(Ref<T> field) {
        return Optional.ofNullable(Ref.convert(value(Aggregate.Function.MIN, field.field().name()), field.type()));
    }

    /** The largest value of {@code field}; empty when there are none. */
    public final <T> Optional<T> max(Ref<T> field) {
        return Optional.ofNullable(Ref.convert(value(Aggregate.Function.MAX, field.field().name()), field.type()));
    }

    /** The grouped value of {@code field} (groupBy). */
    public final <T> T key(Ref<T> field) {
        if (!raw.containsKey(field.field().name())) {
            throw new NotLoadedException(model, field.field().name(), false);
        }
        return Ref.convert(raw.get(field.field().name()), field.type());
    }

    @Override
    public String toString() {
        return model + raw;
    }
}
