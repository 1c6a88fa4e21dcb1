package dev.refract.engine.ir;

/** Prisma's {@code relationLoadStrategy}: one statement per relation level, or the whole tree in one. */
public enum RelationLoadStrategy {
    /** One batched statement per relation level (never one per parent). */
    QUERY,
    /** The whole tree in one statement, with JSON aggregation. */
    JOIN
}
