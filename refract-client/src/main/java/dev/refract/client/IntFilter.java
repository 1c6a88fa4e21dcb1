package dev.refract.client;

import dev.refract.engine.ir.Filter;
import dev.refract.model.ScalarField;
import java.util.function.Consumer;

/**
 * Conditions on an Int field.
 *
 * @param <W> the where builder it belongs to
 */
public final class IntFilter<W> extends ComparableFilter<Integer, W> {
    public IntFilter(ScalarField field, W owner, Consumer<Filter> sink) {
        super(field, owner, sink);
    }
}
