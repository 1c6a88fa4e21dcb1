package dev.refract.engine.ir;

/**
 * A write request: one request is one transaction, whatever nested writes it holds.
 *
 * <p>Results follow the reads' conventions ({@link Values}): the record-returning writes (create,
 * update, upsert, delete) return one record as {@link #selection()} says; the {@code AndReturn}
 * variants a list of them; createMany, updateMany and deleteMany a map {@code {"count": Integer}}.
 */
public sealed interface WriteQuery extends Query
        permits CreateQuery, CreateManyQuery, UpdateQuery, UpdateManyQuery, UpsertQuery, DeleteQuery, DeleteManyQuery {

    /** What each returned record holds; null for the writes that return a count. */
    Selection selection();
}
