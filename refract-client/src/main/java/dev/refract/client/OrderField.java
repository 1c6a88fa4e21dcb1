package dev.refract.client;

import dev.refract.engine.ir.OrderBy;
import dev.refract.model.ScalarField;
import dev.refract.model.SortOrder;
import java.util.function.Consumer;

/**
 * The direction of one orderBy key; returns the orderBy builder so keys chain in priority order.
 *
 * @param <O> the orderBy builder
 */
public final class OrderField<O> {
    private final ScalarField field;
    private final O owner;
    private final Consumer<OrderBy> sink;

    public OrderField(ScalarField field, O owner, Consumer<OrderBy> sink) {
        this.field = field;
        this.owner = owner;
        this.sink = sink;
    }

    /** Ascending. */
    public O asc() {
        sink.accept(new OrderBy.ByScalar(field, SortOrder.ASC));
        return owner;
    }

    /** Descending. */
    public O desc() {
        sink.accept(new OrderBy.ByScalar(field, SortOrder.DESC));
        return owner;
    }
}
