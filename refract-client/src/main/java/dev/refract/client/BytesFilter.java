package dev.refract.client;

import dev.refract.engine.ir.Filter;
import dev.refract.model.ScalarField;
import java.util.function.Consumer;

/**
 * Conditions on a Bytes field.
 *
 * @param <W> the where builder it belongs to
 */
public final class BytesFilter<W> extends ScalarFilter<byte[], W> {
    public BytesFilter(ScalarField field, W owner, Consumer<Filter> sink) {
        super(field, owner, sink);
    }
}
