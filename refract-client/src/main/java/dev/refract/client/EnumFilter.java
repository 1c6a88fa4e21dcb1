package dev.refract.client;

import dev.refract.engine.ir.Filter;
import dev.refract.model.ScalarField;
import java.util.function.Consumer;

/**
 * Conditions on an enum field; values go to the engine by their Prisma name.
 *
 * @param <E> the generated Java enum
 * @param <W> the where builder it belongs to
 */
public final class EnumFilter<E extends Enum<E>, W> extends ScalarFilter<E, W> {
    public EnumFilter(ScalarField field, W owner, Consumer<Filter> sink) {
        super(field, owner, sink);
    }

    @Override
    protected Object value(E value) {
        return value == null ? null : SchemaEnum.nameOf(value);
    }
}
