package dev.refract.engine.exec.write;

import dev.refract.engine.exec.StatementRunner;
import dev.refract.engine.exec.find.FindExecutor;
import dev.refract.engine.ir.CreateManyQuery;
import dev.refract.engine.ir.CreateQuery;
import dev.refract.engine.ir.DeleteManyQuery;
import dev.refract.engine.ir.DeleteQuery;
import dev.refract.engine.ir.UpdateManyQuery;
import dev.refract.engine.ir.UpdateQuery;
import dev.refract.engine.ir.UpsertQuery;
import dev.refract.engine.ir.WriteQuery;
import dev.refract.engine.sql.Dialect;
import dev.refract.engine.sql.write.WriteRenderer;
import dev.refract.model.SchemaModel;
import java.sql.Connection;

/**
 * Runs the write actions: create, createMany(AndReturn), update, updateMany(AndReturn), upsert,
 * delete, deleteMany. Results follow {@link WriteQuery}: one record, a list of records, or
 * {@code {"count": n}}.
 *
 * <p>A write whose whole work is one statement runs as that statement alone (atomic by itself, and
 * as cheap as hand-written JDBC); a write of several statements runs in one transaction, its own
 * when the connection is in auto-commit, else the caller's. Bad input never leaves half-written
 * data: the database refuses it (P2002, P2003, P2011, P2000 through {@code SqlErrors}) and the
 * transaction rolls back.
 */
public final class WriteExecutor {
    private final Creates creates;
    private final Updates updates;
    private final Upserts upserts;
    private final Deletes deletes;

    /**
     * @param finds the engine's find executor, which reads written records back when the selection
     *     has relations or counts
     */
    public WriteExecutor(SchemaModel schema, Dialect dialect, String defaultSchema, StatementRunner runner,
                         FindExecutor finds) {
        WriteContext x = new WriteContext(schema, defaultSchema, runner, new WriteRenderer(dialect, defaultSchema), new Reader(finds));
        this.creates = new Creates(x);
        this.updates = new Updates(x);
        this.deletes = new Deletes(x);
        this.upserts = new Upserts(x, creates, updates);
        x.nested(new NestedWrites(x, creates, deletes));
    }

    /** Runs {@code query} on {@code connection}. */
    public Object execute(Connection connection, WriteQuery query) {
        if (query instanceof CreateQuery q) {
            return creates.create(connection, q);
        }
        if (query instanceof CreateManyQuery q) {
            return creates.createMany(connection, q);
        }
        if (query instanceof UpdateQuery q) {
            return updates.update(connection, q);
        }
        if (query instanceof UpdateManyQuery q) {
            return updates.updateMany(connection, q);
        }
        if (query instanceof UpsertQuery q) {
            return upserts.upsert(connection, q);
        }
        if (query instanceof DeleteQuery q) {
            return deletes.delete(connection, q);
        }
        if (query instanceof DeleteManyQuery q) {
            return deletes.deleteMany(connection, q);
        }
        throw new IllegalArgumentException("unknown write " + query);
    }
}
