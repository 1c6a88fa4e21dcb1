package dev.refract.engine.exec;

import dev.refract.engine.connect.ConnectionInfo;
import dev.refract.engine.connect.SqlErrors;
import dev.refract.engine.events.QueryEvent;
import dev.refract.engine.events.QueryListener;
import dev.refract.engine.ir.Query;
import dev.refract.engine.ir.RawQuery;
import dev.refract.engine.sql.ColumnReader;
import dev.refract.engine.sql.CopyText;
import dev.refract.engine.sql.Dialect;
import dev.refract.engine.sql.Param;
import dev.refract.engine.sql.Sql;
import dev.refract.engine.sql.Statement;
import dev.refract.model.ScalarField;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs rendered statements on a connection: binds through the dialect, reads rows into arrays,
 * times each statement and tells the listeners and the {@code dev.refract.engine.query} logger.
 * Every statement the engine sends goes through one of these, so counting events counts round trips.
 *
 * <p>Queries and updates reuse prepared statements by their text: pgjdbc keeps a per-connection cache of
 * server-side prepared statements keyed by that text (after {@code prepareThreshold} uses), and on
 * SQLite, whose driver compiles each {@code prepareStatement} anew, {@link PreparedStatements}
 * keeps them open per connection. That is why the renderers produce the same text for the same
 * query shape.
 */
public final class StatementRunner {
    private static final Logger LOG = LoggerFactory.getLogger("dev.refract.engine.query");

    private final Dialect dialect;
    private final ConnectionInfo info;
    private final List<QueryListener> listeners = new CopyOnWriteArrayList<>();
    /** Kept statements, on SQLite only (see {@link PreparedStatements}); null elsewhere. */
    private final PreparedStatements reuse;

    /**
     * @param info what error messages say about the database (from the {@code ConnectionPool})
     */
    public StatementRunner(Dialect dialect, ConnectionInfo info) {
        this.dialect = dialect;
        this.info = info != null ? info : ConnectionInfo.unknown(dialect.provider());
        this.reuse = dialect.provider().equals("sqlite") ? new PreparedStatements() : null;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** What error messages say about the database. */
    public ConnectionInfo info() {
        return info;
    }

    public void addListener(QueryListener listener) {
        listeners.add(listener);
    }

    public void removeListener(QueryListener listener) {
        listeners.remove(listener);
    }

    /**
     * Runs a query and reads every row.
     *
     * @param columns how to read each column, in order: a field is read as that field's type by
     *     the dialect; a null entry is read as text (JSON built by the database)
     * @param request the request this serves, for events
     */
    public List<Object[]> query(Connection connection, Statement sql, List<ScalarField> columns, Query request) {
        return query(connection, sql, columns, 0, request);
    }

    /**
     * As {@link #query(Connection, Sql, List, Query)}, each row with {@code spare} free slots
     * after its columns (where the caller's records keep what it adds to the row).
     */
    public List<Object[]> query(Connection connection, Statement sql, List<ScalarField> columns, int spare,
                                Query request) {
        long start = System.nanoTime();
        List<Object[]> rows = new ArrayList<>();
        try {
            withStatement(connection, sql, st -> {
                run(st, sql, columns, spare, rows);
                return null;
            });
        } catch (SQLException e) {
            publish(sql, start, request, -1);
            throw SqlErrors.translate(e, info, sql.text(), sql.values());
        }
        publish(sql, start, request, rows.size());
        return rows;
    }

    private void run(PreparedStatement st, Statement sql, List<ScalarField> columns, int spare, List<Object[]> rows)
            throws SQLException {
        bind(st, sql);
        try (ResultSet rs = st.executeQuery()) {
            read(rs, columns, spare, rows);
        }
    }

    /**
     * Runs {@code work} on {@code sql}'s statement: one kept for the connection when the dialect
     * reuses statements (given back after, or discarded when the work fails, since its state is then
     * unknown), else one prepared for this call and closed after it.
     */
    private <T> T withStatement(Connection connection, Statement sql, StatementWork<T> work) throws SQLException {
        PreparedStatements.Lease lease = reuse == null ? null : reuse.acquire(connection, sql.text());
        if (lease == null) {
            try (PreparedStatement st = connection.prepareStatement(sql.text())) {
                return work.run(st);
            }
        }
        T result;
        try {
            result = work.run(lease.statement());
        } catch (SQLException | RuntimeException | Error e) {
            reuse.discard(lease);
            throw e;
        }
        reuse.release(lease);
        return result;
    }

    /**
     * Runs a statement that returns no rows (INSERT, UPDATE, DELETE without RETURNING) and gives the
     * number of rows it affected.
     *
     * @param request the request this serves, for events
     */
    public long update(Connection connection, Statement sql, Query request) {
        long start = System.nanoTime();
        long count;
        try {
            // On SQLite the write statements are kept too: a createMany repeats one INSERT text per
            // chunk, and a nested create the same children's INSERT on every call.
            count = withStatement(connection, sql, st -> {
                bind(st, sql);
                return (long) st.executeUpdate();
            });
        } catch (SQLException e) {
            publish(sql, start, request, -1);
            throw SqlErrors.translate(e, info, sql.text(), sql.values());
        }
        publish(sql, start, request, count);
        return count;
    }

    /**
     * Runs a {@code COPY ... FROM STDIN} ({@code statement}'s text) on PostgreSQL: {@code rows}
     * writes the data into a {@link CopyText} buffer, which is sent whenever it holds
     * {@link #COPY_FLUSH_BYTES}, so memory stays flat however many rows there are. One statement,
     * one event; gives the number of rows copied. A failure cancels the copy (nothing is inserted:
     * COPY is one statement) and comes as Prisma's error, like an INSERT's.
     *
     * @return the rows copied, or -1 when the connection cannot COPY ({@link CopyIn#start}) or the
     *     server refused to start it for the table ({@link CopyIn#refused}); nothing was inserted then
     */
    public long copyIn(Connection connection, Statement statement, CopyWriter rows, Query request) {
        long start = System.nanoTime();
        long count;
        CopyIn copy = null;
        try {
            CopyIn open = startCopy(connection, statement, start, request);
            if (open == null) {
                return -1;
            }
            copy = open;
            CopyText text = dialect.copyText();
            rows.write(text, () -> {
                if (text.size() >= COPY_FLUSH_BYTES) {
                    open.write(text.bytes(), text.size());
                    text.clear();
                }
            });
            if (text.size() > 0) {
                open.write(text.bytes(), text.size());
            }
            count = open.end();
        } catch (SQLException e) {
            if (copy != null) {
                copy.cancelQuietly();
            }
            publish(statement, start, request, -1);
            throw SqlErrors.translate(e, info, statement.text(), statement.values());
        } catch (RuntimeException | Error e) {
            if (copy != null) {
                copy.cancelQuietly();
            }
            throw e;
        }
        publish(statement, start, request, count);
        return count;
    }

    /** {@link CopyIn#start}, or null also when the server refused the COPY for its table (reported). */
    private CopyIn startCopy(Connection connection, Statement statement, long start, Query request)
            throws SQLException {
        try {
            return CopyIn.start(connection, statement.text());
        } catch (SQLException e) {
            if (!CopyIn.refused(e)) {
                throw e;
            }
            publish(statement, start, request, -1); // the server saw it, and refused it
            return null;
        }
    }

    /** Bytes of COPY data gathered before they are sent. */
    static final int COPY_FLUSH_BYTES = 1 << 16;

    /** Writes a COPY's rows, calling {@code flush} after each row. */
    @FunctionalInterface
    public interface CopyWriter {
        void write(CopyText text, CopyFlush flush) throws SQLException;
    }

    /** Sends the buffered COPY data when there is enough of it. */
    @FunctionalInterface
    public interface CopyFlush {
        void afterRow() throws SQLException;
    }

    /**
     * Runs several queries in one round trip (one {@code execute} of their texts joined by
     * {@code ;}, which pgjdbc sends as one batch of extended-protocol messages with one Sync, so
     * they also share one snapshot) and reads each one's rows. One event for the whole trip.
     *
     * @param columns per statement, as in {@link #query}
     * @param spare per statement, the free slots after each row's columns
     */
    public List<List<Object[]>> queryAll(Connection connection, List<Sql> statements, List<List<ScalarField>> columns,
                                         int[] spare, Query request) {
        StringBuilder text = new StringBuilder();
        List<Param> params = new ArrayList<>();
        for (Sql s : statements) {
            text.append(text.length() > 0 ? ";\n" : "").append(s.text());
            params.addAll(s.params());
        }
        Sql all = new Sql(text.toString(), params);
        long start = System.nanoTime();
        List<List<Object[]>> out = new ArrayList<>();
        long total = 0;
        try (PreparedStatement st = connection.prepareStatement(all.text())) {
            bind(st, all);
            boolean isResult = st.execute();
            for (int i = 0; i < statements.size(); i++) {
                if (!isResult) {
                    throw new IllegalStateException("statement " + i + " of a round trip returned no rows");
                }
                List<Object[]> rows = new ArrayList<>();
                try (ResultSet rs = st.getResultSet()) {
                    read(rs, columns.get(i), spare[i], rows);
                }
                total += rows.size();
                out.add(rows);
                isResult = st.getMoreResults();
            }
        } catch (SQLException e) {
            publish(all, start, request, -1);
            throw SqlErrors.translate(e, info, all.text(), all.values());
        }
        publish(all, start, request, total);
        return out;
    }

    /** What a caller does with a prepared statement: binds, executes and reads it. */
    @FunctionalInterface
    public interface StatementWork<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    /**
     * Prepares {@code sql} and lets {@code work} bind, execute and read it, reported as one statement
     * with {@code rows} of the result. A failure of a {@link RawQuery}'s statement comes as Prisma
     * reports raw SQL's failures ({@link SqlErrors#raw}), any other as {@link SqlErrors#translate}.
     */
    public <T> T prepared(Connection connection, Sql sql, Query request, StatementWork<T> work,
                          java.util.function.ToLongFunction<T> rows) {
        long start = System.nanoTime();
        T result;
        try (PreparedStatement st = connection.prepareStatement(sql.text())) {
            result = work.run(st);
        } catch (SQLException e) {
            publish(sql, start, request, -1);
            throw request instanceof RawQuery ? SqlErrors.raw(e, info, sql.text(), sql.values())
                    : SqlErrors.translate(e, info, sql.text(), sql.values());
        }
        publish(sql, start, request, rows.applyAsLong(result));
        return result;
    }

    /** One JDBC call on a connection that stands for a statement: {@code connection.commit()} for COMMIT... */
    @FunctionalInterface
    public interface ConnectionStep {
        void run(Connection connection) throws SQLException;
    }

    /**
     * Runs a transaction-control step ({@code BEGIN} as {@code setAutoCommit(false)}, {@code COMMIT},
     * {@code ROLLBACK}) and reports it like a statement, with {@code text} as its SQL, so that
     * listeners see where transactions start and end. Failures come as Prisma's errors (a commit
     * refused for a serialization failure is P2034).
     *
     * @param request the request it serves, or null
     */
    public void control(Connection connection, String text, ConnectionStep step, Query request) {
        Sql sql = new Sql(text, List.of());
        long start = System.nanoTime();
        try {
            step.run(connection);
        } catch (SQLException e) {
            publish(sql, start, request, -1);
            throw SqlErrors.translate(e, info, text, List.of());
        }
        publish(sql, start, request, -1);
    }

    /**
     * Runs a statement without parameters or rows ({@code SET TRANSACTION ISOLATION LEVEL ...}) and
     * reports it.
     */
    public void executeControl(Connection connection, String text, Query request) {
        control(connection, text, c -> {
            try (java.sql.Statement st = c.createStatement()) {
                st.execute(text);
            }
        }, request);
    }

    private void read(ResultSet rs, List<ScalarField> columns, int spare, List<Object[]> rows) throws SQLException {
        int n = columns.size();
        // One reader per column, resolved before the row loop.
        ColumnReader[] readers = new ColumnReader[n];
        for (int i = 0; i < n; i++) {
            ScalarField f = columns.get(i);
            readers[i] = f == null ? ResultSet::getString : dialect.reader(f);
        }
        // Always to the end, even when one row is all a caller wants: SQLite runs its automatic WAL
        // checkpoint only when a statement reports SQLITE_DONE, so a write with RETURNING closed
        // early would commit without ever checkpointing (SqliteWalCheckpointTest).
        while (rs.next()) {
            Object[] row = new Object[n + spare];
            for (int i = 0; i < n; i++) {
                row[i] = readers[i].read(rs, i + 1);
            }
            rows.add(row);
        }
    }

    private void bind(PreparedStatement st, Statement sql) throws SQLException {
        sql.bind(st, dialect);
    }

    private void publish(Statement sql, long start, Query request, long rows) {
        Duration d = Duration.ofNanos(System.nanoTime() - start);
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} ({} µs, {} rows)", sql.text(), sql.values(), d.toNanos() / 1000, rows);
        }
        if (listeners.isEmpty()) {
            return;
        }
        QueryEvent event = new QueryEvent(sql.text(), sql.values(), d, request, rows);
        for (QueryListener l : listeners) {
            try {
                l.onQuery(event);
            } catch (RuntimeException e) {
                LOG.warn("query listener {} failed", l, e);
            }
        }
    }
}
