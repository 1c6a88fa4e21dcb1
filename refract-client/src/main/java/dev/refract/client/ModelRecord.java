package dev.refract.client;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The base of every generated model type: an immutable view of one result record as the engine
 * returns it ({@code Map<String,Object>}, see {@code dev.refract.engine.ir.Values}). Accessors of
 * fields the query did not load throw {@link NotLoadedException}.
 */
public abstract class ModelRecord {
    private final String model;
    private final Map<String, Object> data;

    /**
     * @param model the model's name, for messages
     * @param data the record, as the engine returned it
     */
    protected ModelRecord(String model, Map<String, Object> data) {
        this.model = model;
        this.data = Collections.unmodifiableMap(Objects.requireNonNull(data, "data"));
    }

    /** The record as the engine returned it, keyed by field name. */
    public final Map<String, Object> asMap() {
        return data;
    }

    /** Whether {@code field} was loaded by the query. */
    public final boolean isLoaded(String field) {
        return data.containsKey(field);
    }

    private Object loaded(String field, boolean relation) {
        if (!data.containsKey(field)) {
            throw new NotLoadedException(model, field, relation);
        }
        return data.get(field);
    }

    /** A required scalar. */
    protected final <T> T scalar(String field, Class<T> type) {
        return type.cast(loaded(field, false));
    }

    /** An optional scalar. */
    protected final <T> Optional<T> optionalScalar(String field, Class<T> type) {
        return Optional.ofNullable(type.cast(loaded(field, false)));
    }

    /** A scalar list. */
    protected final <T> List<T> scalarList(String field, Class<T> type) {
        Object value = loaded(field, false);
        List<T> out = new ArrayList<>();
        if (value != null) {
            for (Object o : (List<?>) value) {
                out.add(type.cast(o));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** A required enum value (the engine returns its Prisma name). */
    protected final <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        Object value = loaded(field, false);
        return value == null ? null : SchemaEnum.of(type, (String) value);
    }

    /** An optional enum value. */
    protected final <E extends Enum<E>> Optional<E> optionalEnum(String field, Class<E> type) {
        return Optional.ofNullable(enumValue(field, type));
    }

    /** A list of enum values. */
    protected final <E extends Enum<E>> List<E> enumList(String field, Class<E> type) {
        Object value = loaded(field, false);
        List<E> out = new ArrayList<>();
        if (value != null) {
            for (Object o : (List<?>) value) {
                out.add(SchemaEnum.of(type, (String) o));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** A to-many relation. */
    protected final <R> List<R> relationList(String field, Function<Map<String, Object>, R> wrap) {
        Object value = loaded(field, true);
        List<R> out = new ArrayList<>();
        for (Object o : (List<?>) value) {
            out.add(wrap.apply(asRecord(o)));
        }
        return Collections.unmodifiableList(out);
    }

    /** A to-one relation; empty when there is no related record. */
    protected final <R> Optional<R> relationOne(String field, Function<Map<String, Object>, R> wrap) {
        Object value = loaded(field, true);
        return value == null ? Optional.empty() : Optional.of(wrap.apply(asRecord(value)));
    }

    /** The number of related records of a to-many relation, read from {@code _count}. */
    protected final long relationCount(String relation, String accessor) {
        Object counts = data.get("_count");
        if (!(counts instanceof Map<?, ?> m) || !m.containsKey(relation)) {
            throw new NotLoadedException(model + "._count." + relation + " was not loaded: include it (include(i -> i."
                    + accessor + "())); Refract never loads fields lazily.");
        }
        return ((Number) m.get(relation)).longValue();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asRecord(Object value) {
        return (Map<String, Object>) value;
    }

    @Override
    public final boolean equals(Object o) {
        return o instanceof ModelRecord r && r.getClass() == getClass() && r.data.equals(data);
    }

    @Override
    public final int hashCode() {
        return data.hashCode();
    }

    @Override
    public final String toString() {
        return model + data;
    }
}
