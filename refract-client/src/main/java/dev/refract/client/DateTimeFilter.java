package dev.refract.client;

import dev.refract.engine.ir.Filter;
import dev.refract.model.ScalarField;
import java.util.function.Consumer;

/**
 * Conditions on a DateTime field.
 *
 * @param <W> the where builder it belongs to
 */
public final class DateTimeFilter<W> extends ComparableFilter<java.time.Instant, W> {
    public DateTimeFilter(ScalarField field, W owner, Consumer<Filter> sink) {
        super(field, owner, sink);
    }
}
