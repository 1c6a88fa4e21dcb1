package dev.refract.engine.ir;

import dev.refract.model.Model;
import java.util.List;

/**
 * aggregate (and count, which Prisma sends as aggregate with {@code _count}): aggregates over
 * the records that {@code args} picks, skip/take/cursor included.
 *
 * @param model the model
 * @param args where, orderBy, cursor, skip, take (distinct is not allowed here)
 * @param aggregates the requested aggregates, in output order
 */
public record AggregateQuery(Model model, ReadArgs args, List<Aggregate> aggregates) implements Query {
    public AggregateQuery {
        aggregates = List.copyOf(aggregates);
    }

    @Override
    public Action action() {
        return Action.AGGREGATE;
    }
}
