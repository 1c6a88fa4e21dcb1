package dev.refract.engine.exec.tx;

import dev.refract.engine.connect.ConnectionPool;
import dev.refract.engine.error.RefractException;
import dev.refract.engine.exec.StatementRunner;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open transaction on one connection, and the only owner of that connection until it gives
 * it back: the state machine behind {@code QueryEngine.transaction}.
 *
 * <p>Three parties may act on it at once: the body's thread(s) running queries ({@link #run}),
 * the engine committing or rolling back after the body, and the timeout. One monitor orders
 * them. The rules that keep it atomic:
 * <ul>
 *   <li>Only one party uses the connection at a time ({@code busy}); the others wait.</li>
 *   <li>The state leaves {@code OPEN} exactly once, under the monitor; whoever moves it also
 *       claims the connection's release ({@code released}), so the rollback (or commit) and the
 *       return to the pool happen exactly once, and the return only after they finished.</li>
 *   <li>When the timeout comes while a statement runs, it only cancels the statement; the
 *       statement's own thread rolls back once the statement has returned. Rolling back under a
 *       running statement, or sending a statement after the rollback (where it would run in
 *       auto-commit: a partial commit, Prisma's #29762), cannot happen: a statement starts only
 *       in state {@code OPEN}, and no new statement is made on the connection once expired.</li>
 *   <li>Every use checks the clock too, so a late timer never lets work through after the
 *       timeout, and a commit started in time finishes (it is atomic in the database).</li>
 * </ul>
 */
public final class InteractiveTransaction {
    private static final Logger LOG = LoggerFactory.getLogger(InteractiveTransaction.class);
    /** How often a statement that outlived its transaction is cancelled again (it may not have started at first). */
    private static final long RECANCEL_MS = 200;

    private enum State { OPEN, COMMITTING, COMMITTED, ROLLED_BACK, EXPIRED }

    /** Work on the transaction's connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection);
    }

    private final Connection connection;
    private final Connection lent;
    private final StatementRunner runner;
    private final ConnectionPool pool;
    private final long timeoutMs;
    private final long startNanos = System.nanoTime();
    private final List<Statement> running = new ArrayList<>();
    private State state = State.OPEN;
    private boolean busy;
    private boolean released;
    private ScheduledFuture<?> timer;

    private InteractiveTransaction(Connection connection, StatementRunner runner, ConnectionPool pool, Duration timeout) {
        this.connection = connection;
        this.runner = runner;
        this.pool = pool;
        this.timeoutMs = timeout.toMillis();
        this.lent = TrackedConnection.wrap(connection, this::register);
    }

    /** Takes over {@code connection}, already in its transaction, and starts the timeout's clock. */
    static InteractiveTransaction start(Connection connection, StatementRunner runner, ConnectionPool pool,
                                        Duration timeout) {
        InteractiveTransaction tx = new InteractiveTransaction(connection, runner, pool, timeout);
        synchronized (tx) {
            tx.timer = TxThreads.TIMER.schedule(tx::expire, tx.timeoutMs, TimeUnit.MILLISECONDS);
        }
        return tx;
    }

    /**
     * Runs {@code work} on the connection inside the transaction.
     *
     * @param operation what the work is, for Prisma's messages: {@code query}, {@code batch query}
     * @throws RefractException P2028 when the transaction is closed, or expired before or during
     *     the work (then the work's own result or failure is dropped: it was rolled back)
     */
    public <T> T run(String operation, Work<T> work) {
        enter(operation, null);
        T result = null;
        Throwable failure = null;
        try {
            result = work.run(lent);
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        boolean expired;
        boolean cleanup;
        synchronized (this) {
            busy = false;
            running.clear();
            notifyAll();
            expired = state == State.EXPIRED;
            cleanup = expired && claimRelease();
        }
        if (cleanup) {
            end(connection, true);
        }
        if (expired) {
            RefractException e = TransactionErrors.expired(operation, timeoutMs, elapsedMs());
            if (failure != null) {
                e.addSuppressed(failure);
            }
            throw e;
        }
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error err) {
            throw err;
        }
        return result;
    }

    /** Commits and gives the connection back; a failed commit rolls back and is thrown (P2034 for a conflict). */
    public void commit() {
        enter("commit", State.COMMITTING);
        RefractException failure = null;
        try {
            runner.control(connection, "COMMIT", Connection::commit, null);
        } catch (RefractException e) {
            failure = e;
        }
        synchronized (this) {
            busy = false;
            state = failure == null ? State.COMMITTED : State.ROLLED_BACK;
            claimRelease();
            notifyAll();
        }
        // After a failed commit PostgreSQL has ended the transaction, but SQLite (busy) has not.
        end(connection, failure != null);
        if (failure != null) {
            throw failure;
        }
    }

    /** Rolls back after the body failed and gives the connection back; nothing when already closed (expired). */
    public void rollback() {
        synchronized (this) {
            awaitIdle();
            if (state != State.OPEN) {
                return;
            }
            state = State.ROLLED_BACK;
            stopTimer();
            if (!claimRelease()) {
                return;
            }
        }
        end(connection, true);
    }

    /** Whether the transaction ended by its timeout. */
    public synchronized boolean expired() {
        return state == State.EXPIRED;
    }

    /** The timeout: roll back now if idle, else cancel the running statement and let its thread roll back. */
    private void expire() {
        boolean cleanup = false;
        synchronized (this) {
            if (state != State.OPEN) {
                return;
            }
            state = State.EXPIRED;
            timer = null;
            if (busy) {
                cancelRunning();
            } else {
                cleanup = claimRelease();
            }
        }
        if (cleanup) {
            // Not on the timer's thread: a slow rollback must not delay other transactions' timeouts.
            TxThreads.WORKERS.execute(() -> end(connection, true));
        }
    }

    private synchronized void cancelAgain() {
        if (state == State.EXPIRED && busy) {
            cancelRunning();
        }
    }

    /**
     * Cancels the statements of the use in progress, and again a little later in case one had not
     * started yet (a cancel before it runs does nothing). Under the monitor, so that no cancel
     * arrives once the use is over: SQLite's cancel interrupts whatever runs on the connection,
     * which would then be our own ROLLBACK.
     */
    private void cancelRunning() {
        for (Statement st : running) {
            try {
                st.cancel();
            } catch (SQLException | RuntimeException e) {
                LOG.debug("cancelling a statement of an expired transaction failed", e);
            }
        }
        TxThreads.TIMER.schedule(this::cancelAgain, RECANCEL_MS, TimeUnit.MILLISECONDS);
    }

    /**
     * Takes the connection for one use: waits until no one else uses it, expires the transaction
     * if its time is up, and refuses when it is not open.
     *
     * @param next the state to move to (COMMITTING), or null to stay open
     */
    private void enter(String operation, State next) {
        boolean cleanup = false;
        RefractException refused = null;
        synchronized (this) {
            awaitIdle();
            if (state == State.OPEN && elapsedMs() >= timeoutMs) {
                state = State.EXPIRED;
                stopTimer();
                cleanup = claimRelease();
            }
            if (state != State.OPEN) {
                refused = closedError(operation);
            } else {
                busy = true;
                if (next != null) {
                    state = next;
                    stopTimer();
                }
            }
        }
        if (cleanup) {
            end(connection, true);
        }
        if (refused != null) {
            throw refused;
        }
    }

    /** Called by the lent connection for every statement made on it. */
    private synchronized void register(Statement statement) throws SQLException {
        if (state != State.OPEN && state != State.COMMITTING) {
            throw new SQLException("the interactive transaction expired; no more statements run on its connection");
        }
        running.add(statement);
    }

    private RefractException closedError(String operation) {
        switch (state) {
            case EXPIRED:
                return TransactionErrors.expired(operation, timeoutMs, elapsedMs());
            case COMMITTED:
            case COMMITTING:
                return TransactionErrors.committed(operation);
            default:
                return TransactionErrors.rolledBack(operation);
        }
    }

    private boolean claimRelease() {
        if (released) {
            return false;
        }
        released = true;
        return true;
    }

    private void stopTimer() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    /** Waits for the connection's current user; not interruptible, since the wait is short and ends the transaction's use. */
    private void awaitIdle() {
        boolean interrupted = false;
        while (busy) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private long elapsedMs() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    /**
     * Ends the transaction on {@code c} (rolls back when asked), puts auto-commit back, and returns
     * the connection to the pool; a connection that could not be cleaned is discarded instead, so
     * that no one ever borrows a connection still inside a transaction.
     */
    void end(Connection c, boolean rollback) {
        end(runner, pool, c, rollback);
    }

    static void end(StatementRunner runner, ConnectionPool pool, Connection c, boolean rollback) {
        boolean clean = true;
        if (rollback) {
            try {
                runner.control(c, "ROLLBACK", Connection::rollback, null);
            } catch (RuntimeException e) {
                // SQLite ends a transaction itself when a write in it is interrupted (by the
                // timeout's cancel), so there is nothing to roll back: expected, not worth a warning.
                if (String.valueOf(e.getMessage()).contains("no transaction is active")) {
                    LOG.debug("the transaction was already rolled back; its connection is discarded", e);
                } else {
                    LOG.warn("rolling back a transaction failed; its connection is discarded", e);
                }
                clean = false;
            }
        }
        if (clean) {
            try {
                c.setAutoCommit(true);
            } catch (SQLException e) {
                clean = false;
            }
        }
        if (clean) {
            try {
                c.close();
            } catch (SQLException e) {
                LOG.debug("returning a connection failed", e);
            }
        } else {
            pool.discard(c);
        }
    }
}
