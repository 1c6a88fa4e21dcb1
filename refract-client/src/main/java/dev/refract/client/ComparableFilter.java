package dev.refract.client;

import dev.refract.engine.ir.Filter;
import dev.refract.model.ScalarField;
import java.util.function.Consumer;

/**
 * Conditions on an ordered scalar: those of {@link ScalarFilter} plus lt, lte, gt, gte.
 *
 * @param <T> the field's Java type
 * @param <W> the where builder it belongs to
 */
public class ComparableFilter<T, W> extends ScalarFilter<T, W> {
    public ComparableFilter(ScalarField field, W owner, Consumer<Filter> sink) {
        super(field, owner, sink);
    }

    /** Less than {@code value}. */
    public W lt(T value) {
        return add(Filter.ScalarOp.LT, value(value), false);
    }

    /** Less than or equal to {@code value}. */
    public W lte(T value) {
        return add(Filter.ScalarOp.LTE, value(value), false);
    }

    /** Greater than {@code value}. */
    public W gt(T value) {
        return add(Filter.ScalarOp.GT, value(value), false);
    }

    /** Greater than or equal to {@code value}. */
    public W gte(T value) {
        return add(Filter.ScalarOp.GTE, value(value), false);
    }
}
