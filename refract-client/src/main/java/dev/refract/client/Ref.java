package dev.refract.client;

import dev.refract.model.ScalarField;

/**
 * A typed handle on a scalar field, for aggregates and groupBy ({@code Post.Fields.views}).
 *
 * @param <T> the field's Java type
 */
public interface Ref<T> {
    /** The field. */
    ScalarField field();

    /** Its Java type. */
    Class<T> type();

    /** A handle on an orderable field: min, max, count, groupBy key. */
    static <T> Ref<T> of(ScalarField field, Class<T> type) {
        return new Plain<>(field, type);
    }

    /** A plain handle. */
    record Plain<T>(ScalarField field, Class<T> type) implements Ref<T> {
    }

    /**
     * A handle on a number field, which avg and sum also take.
     *
     * @param <T> the field's Java type
     * @param <A> the type of its average: Double, or BigDecimal for Decimal
     */
    record Num<T extends Number, A>(ScalarField field, Class<T> type, Class<A> avgType) implements Ref<T> {
    }

    /** Converts an aggregate value the engine returned to {@code type} (sums of Int come as Long past Integer's range). */
    static <T> T convert(Object value, Class<T> type) {
        if (value == null) {
            return null;
        }
        if (type == Integer.class && value instanceof Long l) {
            return type.cast(Math.toIntExact(l));
        }
        if (type == Long.class && value instanceof Integer i) {
            return type.cast(i.longValue());
        }
        if (type.isEnum() && value instanceof String name) {
            for (T e : type.getEnumConstants()) {
                if (e instanceof SchemaEnum se ? se.schemaName().equals(name) : ((Enum<?>) e).name().equals(name)) {
                    return e;
                }
            }
        }
        if (type == Double.class && value instanceof java.math.BigDecimal d) {
            return type.cast(d.doubleValue());
        }
        return type.cast(value);
    }
}
