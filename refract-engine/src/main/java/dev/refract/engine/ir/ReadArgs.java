package dev.refract.engine.ir;

import dev.refract.model.ScalarField;
import java.util.List;

/**
 * The arguments that pick and order records, shared by finds, nested to-many selections,
 * aggregate and count.
 *
 * @param where the filter; {@link Filter#TRUE} for none
 * @param orderBy in priority order; empty for none (the planner adds the primary key where a
 *     stable order is needed, as Prisma does for pagination)
 * @param cursor a unique selector of the row to start from, or null
 * @param skip rows to skip, or null
 * @param take rows to take, or null; negative takes from the end (Prisma's negative take)
 * @param distinct fields whose combination must be distinct; empty for none
 * @param relationLoadStrategy how nested relations are loaded, or null for the engine's default
 */
public record ReadArgs(Filter where, List<OrderBy> orderBy, Filter cursor, Long skip, Long take,
                       List<ScalarField> distinct, RelationLoadStrategy relationLoadStrategy) {

    /** No filter, no order, no paging. */
    public static final ReadArgs NONE = new ReadArgs(Filter.TRUE, List.of(), null, null, null, List.of(), null);

    public ReadArgs {
        where = where == null ? Filter.TRUE : where;
        orderBy = orderBy == null ? List.of() : List.copyOf(orderBy);
        distinct = distinct == null ? List.of() : List.copyOf(distinct);
    }

    /** Just a filter. */
    public static ReadArgs where(Filter where) {
        return new ReadArgs(where, List.of(), null, null, null, List.of(), null);
    }

    public ReadArgs withWhere(Filter newWhere) {
        return new ReadArgs(newWhere, orderBy, cursor, skip, take, distinct, relationLoadStrategy);
    }

    public ReadArgs withTake(Long newTake) {
        return new ReadArgs(where, orderBy, cursor, skip, newTake, distinct, relationLoadStrategy);
    }

    public ReadArgs withOrderBy(List<OrderBy> newOrderBy) {
        return new ReadArgs(where, newOrderBy, cursor, skip, take, distinct, relationLoadStrategy);
    }

    /** True when skip, take or cursor is set. */
    public boolean isPaginated() {
        return cursor != null || skip != null || take != null;
    }
}
