/**
 * Raw SQL for applications: {@link dev.refract.engine.raw.Sql}, a statement whose values are
 * always bound and whose names are always quoted, {@link dev.refract.engine.raw.RawQueries}, the
 * {@code queryRaw} / {@code executeRaw} methods of the engine and of transactions, and
 * {@link dev.refract.engine.raw.RowMapper}, which maps rows to records and classes.
 */
package dev.refract.engine.raw;
