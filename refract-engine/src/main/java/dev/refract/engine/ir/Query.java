package dev.refract.engine.ir;

import dev.refract.model.Model;

/**
 * One request to the engine, already checked against the schema: the query IR's root.
 * The typed client builds it directly; {@code dev.refract.engine.protocol} builds it from
 * Prisma's JSON protocol. Every part is immutable and refers to the {@code SchemaModel}'s own
 * model and field objects, so later stages never look names up again.
 */
public sealed interface Query permits FindQuery, AggregateQuery, GroupByQuery, WriteQuery, RawQuery {
    /** The model the query runs on; null for raw SQL. */
    Model model();

    /** What it does. */
    Action action();
}
