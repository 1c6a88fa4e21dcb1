package dev.refract.engine.exec.tx;

import dev.refract.engine.connect.SqlErrors;
import dev.refract.engine.error.RefractException;
import dev.refract.engine.exec.StatementRunner;
import dev.refract.engine.ir.Query;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Runs work that needs several statements to succeed or fail together (a nested create, an upsert,
 * a sequential transaction) in a local transaction on one connection.
 *
 * <p>On a connection in auto-commit mode it begins a transaction ({@code setAutoCommit(false)},
 * reported as {@code BEGIN}), runs the work, commits ({@code COMMIT}), or rolls back
 * ({@code ROLLBACK}) on any failure, and puts auto-commit back either way, so the connection goes
 * back to its owner as it came. On a connection already inside a transaction (an interactive
 * transaction, or the application's own) it only runs the work: whoever opened that transaction
 * commits or rolls it back.
 *
 * <pre>{@code
 * Object created = LocalTransaction.run(runner, connection, query, () -> insertParentAndChildren());
 * }</pre>
 */
public final class LocalTransaction {
    private LocalTransaction() {
    }

    /** The work: statements run through the runner on the same connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run();
    }

    /**
     * Runs {@code work} atomically on {@code connection}.
     *
     * @param request the request the transaction serves (for the BEGIN/COMMIT/ROLLBACK events), or null
     * @return what the work returned
     * @throws RefractException the work's failure (after the rollback), or the commit's (P2034 for
     *     a serialization failure or deadlock)
     */
    public static <T> T run(StatementRunner runner, Connection connection, Query request, Work<T> work) {
        if (!autoCommit(runner, connection)) {
            return work.run(); // the caller's transaction decides
        }
        runner.control(connection, "BEGIN", c -> c.setAutoCommit(false), request);
        try {
            T result = work.run();
            runner.control(connection, "COMMIT", Connection::commit, request);
            return result;
        } catch (RuntimeException | Error e) {
            rollbackQuietly(runner, connection, request, e);
            throw e;
        } finally {
            restoreAutoCommit(connection);
        }
    }

    /** Rolls back after {@code failure}; a failing rollback is added to it instead of hiding it. */
    static void rollbackQuietly(StatementRunner runner, Connection connection, Query request, Throwable failure) {
        try {
            runner.control(connection, "ROLLBACK", Connection::rollback, request);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    static boolean autoCommit(StatementRunner runner, Connection connection) {
        try {
            return connection.getAutoCommit();
        } catch (SQLException e) {
            throw SqlErrors.translate(e, runner.info(), null, List.of());
        }
    }

    /**
     * Back to auto-commit after the commit or rollback. Failing here means the connection is broken;
     * the pool notices when it is closed, so nothing more is thrown than the original outcome.
     */
    static void restoreAutoCommit(Connection connection) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // The connection is unusable; closing it hands it back to the pool, which discards it.
        }
    }
}
