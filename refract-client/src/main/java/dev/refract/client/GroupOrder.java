package dev.refract.client;

import dev.refract.engine.ir.Aggregate;
import dev.refract.engine.ir.OrderBy;
import dev.refract.model.SortOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The order of a groupBy's groups, keys in priority order: by grouped fields and by aggregates,
 * {@code o.count().desc().avg(Post.Fields.views).asc()}.
 */
public final class GroupOrder {
    private final List<OrderBy> keys = new ArrayList<>();

    /** By a grouped field. */
    public OrderField<GroupOrder> field(Ref<?> field) {
        return new OrderField<>(field.field(), this, keys::add);
    }

    /** By the number of records in the group ({@code _count: {_all}}). */
    public OrderField<GroupOrder> count() {
        return aggregate(Aggregate.Function.COUNT, null);
    }

    /** By the number of non-null values of {@code field}. */
    public OrderField<GroupOrder> count(Ref<?> field) {
        return aggregate(Aggregate.Function.COUNT, field);
    }

    /** By the average of {@code field}. */
    public OrderField<GroupOrder> avg(Ref.Num<?, ?> field) {
        return aggregate(Aggregate.Function.AVG, field);
    }

    /** By the sum of {@code field}. */
    public OrderField<GroupOrder> sum(Ref.Num<?, ?> field) {
        return aggregate(Aggregate.Function.SUM, field);
    }

    /** By the smallest value of {@code field}. */
    public OrderField<GroupOrder> min(Ref<?> field) {
        return aggregate(Aggregate.Function.MIN, field);
    }

    /** By the largest value of {@code field}. */
    public OrderField<GroupOrder> max(Ref<?> field) {
        return aggregate(Aggregate.Function.MAX, field);
    }

    private OrderField<GroupOrder> aggregate(Aggregate.Function function, Ref<?> field) {
        return new OrderField<>((SortOrder d) -> new OrderBy.ByAggregate(function, field == null ? null : field.field(), d),
                this, keys::add);
    }

    /** The keys, in priority order. */
    public List<OrderBy> build() {
        return List.copyOf(keys);
    }
}
