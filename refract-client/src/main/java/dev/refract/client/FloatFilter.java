package dev.refract.client;

import dev.refract.engine.ir.Filter;
import dev.refract.model.ScalarField;
import java.util.function.Consumer;

/**
 * Conditions on a Float field.
 *
 * @param <W> the where builder it belongs to
 */
public final class FloatFilter<W> extends ComparableFilter<Double, W> {
    public FloatFilter(ScalarField field, W owner, Consumer<Filter> sink) {
        super(field, owner, sink);
    }
}
