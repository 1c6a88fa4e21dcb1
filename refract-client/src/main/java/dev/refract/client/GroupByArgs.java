package dev.refract.client;

import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.GroupByQuery;
import dev.refract.engine.ir.OrderBy;
import dev.refract.model.Model;
import dev.refract.model.ScalarField;
import dev.refract.model.SortOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A groupBy: the grouping fields, which records, the group order, and which aggregates.
 *
 * @param <W> the model's where builder
 */
public final class GroupByArgs<W extends Where<W>> extends Aggregations<GroupByArgs<W>> {
    private final Supplier<W> wheres;
    private final List<ScalarField> by = new ArrayList<>();
    private final List<OrderBy> orderBy = new ArrayList<>();
    private Filter where = Filter.TRUE;
    private Filter having = Filter.TRUE;
    private Long skip;
    private Long take;

    public GroupByArgs(Supplier<W> wheres) {
        this.wheres = wheres;
    }

    @Override
    protected GroupByArgs<W> self() {
        return this;
    }

    /** Groups by these fields (one result per distinct combination). */
    public GroupByArgs<W> by(Ref<?>... fields) {
        for (Ref<?> r : fields) {
            by.add(r.field());
        }
        return this;
    }

    /** Only records matching {@code body}. */
    public GroupByArgs<W> where(Consumer<W> body) {
        where = Where.build(wheres, body);
        return this;
    }

    /** Orders groups by a grouped field, ascending. */
    public GroupByArgs<W> orderByAsc(Ref<?> field) {
        orderBy.add(new OrderBy.ByScalar(field.field(), SortOrder.ASC));
        return this;
    }

    /** Orders groups by a grouped field, descending. */
    public GroupByArgs<W> orderByDesc(Ref<?> field) {
        orderBy.add(new OrderBy.ByScalar(field.field(), SortOrder.DESC));
        return this;
    }

    /** Only groups matching {@code body}: conditions on grouped fields and aggregates. */
    public GroupByArgs<W> having(Consumer<Having> body) {
        Having h = new Having();
        body.accept(h);
        having = h.build();
        return this;
    }

    /** Orders groups as {@code body} says: by grouped fields and by aggregates, in priority order. */
    public GroupByArgs<W> orderBy(Consumer<GroupOrder> body) {
        GroupOrder o = new GroupOrder();
        body.accept(o);
        orderBy.addAll(o.build());
        return this;
    }

    /** Skips the first {@code n} groups. */
    public GroupByArgs<W> skip(long n) {
        skip = n;
        return this;
    }

    /** Takes {@code n} groups. */
    public GroupByArgs<W> take(long n) {
        take = n;
        return this;
    }

    /** The query. */
    public GroupByQuery query(Model model) {
        if (by.isEmpty()) {
            throw new IllegalArgumentException("a groupBy needs at least one field in by(...)");
        }
        List<Object> selection = new ArrayList<>(by);
        selection.addAll(aggregates(false));
        return new GroupByQuery(model, by, where, having, orderBy, skip, take, selection);
    }
}
