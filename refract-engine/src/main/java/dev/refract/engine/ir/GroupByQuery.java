package dev.refract.engine.ir;

import dev.refract.model.Model;
import dev.refract.model.ScalarField;
import java.util.List;

/**
 * groupBy: one result record per distinct combination of {@code by}.
 *
 * @param model the model
 * @param by the grouping fields
 * @param where the filter before grouping
 * @param having the filter on groups; its scalar conditions may name aggregates through
 *     {@link Filter.Aggregated}
 * @param orderBy scalars of {@code by} and {@link OrderBy.ByAggregate}
 * @param skip groups to skip, or null
 * @param take groups to take, or null
 * @param selection the output keys, in order: each a grouped field or an aggregate
 */
public record GroupByQuery(Model model, List<ScalarField> by, Filter where, Filter having, List<OrderBy> orderBy,
                           Long skip, Long take, List<Object> selection) implements Query {
    public GroupByQuery {
        by = List.copyOf(by);
        orderBy = List.copyOf(orderBy);
        selection = List.copyOf(selection);
        where = where == null ? Filter.TRUE : where;
        having = having == null ? Filter.TRUE : having;
        for (Object o : selection) {
            if (!(o instanceof ScalarField) && !(o instanceof Aggregate)) {
                throw new IllegalArgumentException("a groupBy selects fields of by and aggregates, not " + o);
            }
        }
    }

    @Override
    public Action action() {
        return Action.GROUP_BY;
    }

}
