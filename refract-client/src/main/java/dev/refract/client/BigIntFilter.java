package dev.refract.client;

import dev.refract.engine.ir.Filter;
import dev.refract.model.ScalarField;
import java.util.function.Consumer;

/**
 * Conditions on a BigInt field.
 *
 * @param <W> the where builder it belongs to
 */
public final class BigIntFilter<W> extends ComparableFilter<Long, W> {
    public BigIntFilter(ScalarField field, W owner, Consumer<Filter> sink) {
        super(field, owner, sink);
    }
}
