package dev.refract.client;

import dev.refract.engine.ir.Filter;
import dev.refract.model.ScalarField;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * Conditions on one scalar field: equality, membership and null checks. Each condition is added
 * to the where it came from, which is returned so conditions chain
 * ({@code w.email().endsWith("@x.io").name().eq("Ann")}).
 *
 * @param <T> the field's Java type
 * @param <W> the where builder it belongs to
 */
public class ScalarFilter<T, W> {
    private final ScalarField field;
    private final W owner;
    private final Consumer<Filter> sink;

    /**
     * @param field the field
     * @param owner the where builder, returned by every condition
     * @param sink where the conditions go
     */
    public ScalarFilter(ScalarField field, W owner, Consumer<Filter> sink) {
        this.field = field;
        this.owner = owner;
        this.sink = sink;
    }

    /** How a Java value is written in the IR; enums override it. */
    protected Object value(T value) {
        return value;
    }

    /** Adds one condition and returns the where builder. */
    protected final W add(Filter.ScalarOp op, Object operand, boolean insensitive) {
        sink.accept(new Filter.Scalar(field, op, operand, insensitive));
        return owner;
    }

    /** Converts every element of {@code values}. */
    protected final List<Object> values(Collection<? extends T> values) {
        List<Object> out = new ArrayList<>(values.size());
        for (T v : values) {
            out.add(value(v));
        }
        return out;
    }

    /** Equals {@code value}. */
    public W eq(T value) {
        return add(Filter.ScalarOp.EQUALS, value(java.util.Objects.requireNonNull(value, "value (use isNull())")), false);
    }

    /** Differs from {@code value} (a NULL field does not match, as in Prisma). */
    public W not(T value) {
        return add(Filter.ScalarOp.NOT_EQUALS, value(java.util.Objects.requireNonNull(value, "value (use isNotNull())")), false);
    }

    /** Is one of {@code values} (none: matches nothing). */
    public W in(Collection<? extends T> values) {
        return add(Filter.ScalarOp.IN, values(values), false);
    }

    /** Is none of {@code values}. */
    public W notIn(Collection<? extends T> values) {
        return add(Filter.ScalarOp.NOT_IN, values(values), false);
    }

    /** Is NULL. */
    public W isNull() {
        return add(Filter.ScalarOp.EQUALS, null, false);
    }

    /** Is not NULL. */
    public W isNotNull() {
        return add(Filter.ScalarOp.NOT_EQUALS, null, false);
    }
}
