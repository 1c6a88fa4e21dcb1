package dev.refract.client;

import dev.refract.engine.ir.Filter;
import dev.refract.model.ScalarField;
import java.util.function.Consumer;

/**
 * Conditions on a Json (equality of the whole value) field.
 *
 * @param <W> the where builder it belongs to
 */
public final class JsonFilter<W> extends ScalarFilter<dev.refract.engine.ir.Values.Json, W> {
    public JsonFilter(ScalarField field, W owner, Consumer<Filter> sink) {
        super(field, owner, sink);
    }
}
