package dev.refract.client;

import dev.refract.engine.ir.OrderBy;
import dev.refract.model.ScalarField;
import dev.refract.model.SortOrder;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The direction of one orderBy key; returns the orderBy builder so keys chain in priority order.
 *
 * @param <O> the orderBy builder
 */
public final class OrderField<O> {
    private final Function<SortOrder, OrderBy> key;
    private final O owner;
    private final Consumer<OrderBy> sink;

    /** A key on a scalar field of the model. */
    public OrderField(ScalarField field, O owner, Consumer<OrderBy> sink) {
        this(d -> new OrderBy.ByScalar(field, d), owner, sink);
    }

    /** Any key: {@code key} makes it for a direction. */
    public OrderField(Function<SortOrder, OrderBy> key, O owner, Consumer<OrderBy> sink) {
        this.key = key;
        this.owner = owner;
        this.sink = sink;
    }

    /** Ascending. */
    public O asc() {
        sink.accept(key.apply(SortOrder.ASC));
        return owner;
    }

    /** Descending. */
    public O desc() {
        sink.accept(key.apply(SortOrder.DESC));
        return owner;
    }

    /** Ascending, NULLs first. */
    public O ascNullsFirst() {
        return nulls(SortOrder.ASC, OrderBy.Nulls.FIRST);
    }

    /** Descending, NULLs last. */
    public O descNullsLast() {
        return nulls(SortOrder.DESC, OrderBy.Nulls.LAST);
    }

    private O nulls(SortOrder d, OrderBy.Nulls n) {
        OrderBy k = key.apply(d);
        if (!(k instanceof OrderBy.ByScalar s)) {
            throw new IllegalStateException("nulls first/last applies to scalar fields only");
        }
        sink.accept(new OrderBy.ByScalar(s.path(), s.field(), d, n));
        return owner;
    }
}
