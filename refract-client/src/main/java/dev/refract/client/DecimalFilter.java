package dev.refract.client;

import dev.refract.engine.ir.Filter;
import dev.refract.model.ScalarField;
import java.util.function.Consumer;

/**
 * Conditions on a Decimal field.
 *
 * @param <W> the where builder it belongs to
 */
public final class DecimalFilter<W> extends ComparableFilter<java.math.BigDecimal, W> {
    public DecimalFilter(ScalarField field, W owner, Consumer<Filter> sink) {
        super(field, owner, sink);
    }
}
