/**
 * Execution of the write actions on PostgreSQL and SQLite.
 *
 * <p>{@link dev.refract.engine.exec.write.WriteExecutor} dispatches to the executors of each
 * action; their statements come from {@link dev.refract.engine.sql.write.WriteRenderer} and run
 * through the engine's {@code StatementRunner} (events, logging, Prisma's error codes). Prisma's
 * defaults ({@code now()}, {@code @updatedAt}, client-side id generators, literal defaults) are
 * filled in before rendering; records with relations are read back through the reads'
 * {@code FindExecutor} inside the write's transaction.
 */
package dev.refract.engine.exec.write;
