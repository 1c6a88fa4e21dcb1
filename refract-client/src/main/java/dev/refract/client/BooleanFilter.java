package dev.refract.client;

import dev.refract.engine.ir.Filter;
import dev.refract.model.ScalarField;
import java.util.function.Consumer;

/**
 * Conditions on a Boolean field.
 *
 * @param <W> the where builder it belongs to
 */
public final class BooleanFilter<W> extends ScalarFilter<Boolean, W> {
    public BooleanFilter(ScalarField field, W owner, Consumer<Filter> sink) {
        super(field, owner, sink);
    }
}
