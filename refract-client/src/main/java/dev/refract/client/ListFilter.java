package dev.refract.client;

import dev.refract.engine.ir.Filter;
import dev.refract.model.ScalarField;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * Conditions on a scalar list field (PostgreSQL): {@code has}, {@code hasEvery}, {@code hasSome},
 * {@code isEmpty} and equality of the whole list, as Prisma's list filters.
 *
 * @param <T> the element's Java type
 * @param <W> the where builder it belongs to
 */
public final class ListFilter<T, W> {
    private final ScalarField field;
    private final W owner;
    private final Consumer<Filter> sink;

    public ListFilter(ScalarField field, W owner, Consumer<Filter> sink) {
        this.field = field;
        this.owner = owner;
        this.sink = sink;
    }

    private W add(Filter.ScalarOp op, Object value) {
        sink.accept(new Filter.Scalar(field, op, value, false));
        return owner;
    }

    private static Object element(Object value) {
        return value instanceof Enum<?> e ? SchemaEnum.nameOf(e) : value;
    }

    private static List<Object> elements(Collection<?> values) {
        List<Object> out = new ArrayList<>(values.size());
        for (Object v : values) {
            out.add(element(v));
        }
        return out;
    }

    /** The list contains {@code value}. */
    public W has(T value) {
        return add(Filter.ScalarOp.HAS, element(java.util.Objects.requireNonNull(value, "value")));
    }

    /** The list contains every one of {@code values}. */
    public W hasEvery(Collection<? extends T> values) {
        return add(Filter.ScalarOp.HAS_EVERY, elements(values));
    }

    /** The list contains at least one of {@code values}. */
    public W hasSome(Collection<? extends T> values) {
        return add(Filter.ScalarOp.HAS_SOME, elements(values));
    }

    /** The list is empty. */
    public W isEmpty() {
        return add(Filter.ScalarOp.IS_EMPTY, true);
    }

    /** The list is not empty. */
    public W isNotEmpty() {
        return add(Filter.ScalarOp.IS_EMPTY, false);
    }

    /** The list equals {@code values}, in order. */
    public W eq(List<? extends T> values) {
        return add(Filter.ScalarOp.LIST_EQUALS, elements(values));
    }
}
