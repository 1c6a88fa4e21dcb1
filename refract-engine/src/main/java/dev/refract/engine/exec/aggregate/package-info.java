/**
 * Execution of {@code aggregate} (and {@code count}) and {@code groupBy} on PostgreSQL and SQLite.
 *
 * <p>{@link dev.refract.engine.exec.aggregate.AggregateExecutor} aggregates over the records that
 * the query's read arguments pick: with a page (cursor, skip, take), the picking SELECT comes
 * from {@link dev.refract.engine.sql.read.SelectRenderer} and is wrapped as a derived table, so
 * the page is taken before aggregating, as in Prisma.
 * {@link dev.refract.engine.exec.aggregate.GroupByExecutor} renders one grouped SELECT with
 * HAVING, ORDER BY and LIMIT/OFFSET. Both return records typed per
 * {@link dev.refract.engine.ir.Values}, with Prisma's aggregate result types (see
 * {@link dev.refract.engine.exec.aggregate.AggregateColumns}).
 */
package dev.refract.engine.exec.aggregate;
