package dev.refract.engine.exec.tx;

import dev.refract.engine.IsolationLevel;
import dev.refract.engine.RetryPolicy;
import dev.refract.engine.TransactionOptions;
import dev.refract.engine.connect.ConnectionPool;
import dev.refract.engine.error.RefractException;
import dev.refract.engine.exec.StatementRunner;
import java.sql.Connection;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Starts and finishes an engine's interactive transactions: gets a connection and begins within
 * maxWait, hands the open {@link InteractiveTransaction} to the body, commits after it or rolls
 * back when it throws, runs it again on a write conflict when the retry policy says so, and
 * refuses a transaction inside a body (same engine, same thread).
 */
public final class Transactions {
    private static final Map<String, Set<IsolationLevel>> LEVELS = Map.of(
            "postgresql", EnumSet.of(IsolationLevel.READ_UNCOMMITTED, IsolationLevel.READ_COMMITTED,
                    IsolationLevel.REPEATABLE_READ, IsolationLevel.SERIALIZABLE),
            "sqlite", EnumSet.of(IsolationLevel.SERIALIZABLE));
    private static final Map<String, String> LEVEL_NAMES = Map.of(
            "postgresql", "ReadUncommitted, ReadCommitted, RepeatableRead and Serializable",
            "sqlite", "Serializable only");

    private final ConnectionPool pool;
    private final StatementRunner runner;
    private final String provider;
    /** The transaction whose body this thread is running, to refuse nesting. */
    private final ThreadLocal<InteractiveTransaction> current = new ThreadLocal<>();

    public Transactions(ConnectionPool pool, StatementRunner runner) {
        this.pool = pool;
        this.runner = runner;
        this.provider = runner.dialect().provider();
    }

    /**
     * Runs {@code body} in a transaction, committing what it did when it returns.
     *
     * @throws RefractException P2028 when no transaction could start within maxWait, when it
     *     expired, for an isolation level the database lacks, or inside another body; P2034 when
     *     the database refused it for a conflict (after the retries); or whatever the body threw
     */
    public <T> T run(TransactionOptions options, Function<InteractiveTransaction, T> body) {
        if (current.get() != null) {
            throw TransactionErrors.nested();
        }
        checkIsolationLevel(options.isolationLevel());
        RetryPolicy retry = options.retry();
        for (int attempt = 1; ; attempt++) {
            try {
                return once(options, body);
            } catch (RuntimeException e) {
                if (attempt >= retry.maxAttempts() || !isWriteConflict(e)) {
                    throw e;
                }
                pause(retry.backoff(attempt), e);
            }
        }
    }

    private <T> T once(TransactionOptions options, Function<InteractiveTransaction, T> body) {
        InteractiveTransaction tx = open(options);
        T result;
        current.set(tx);
        try {
            result = body.apply(tx);
        } catch (RuntimeException | Error e) {
            tx.rollback();
            throw e;
        } finally {
            current.remove();
        }
        tx.commit();
        return result;
    }

    /** A connection in a begun transaction, within maxWait; the waiting happens on a worker that gives up cleanly. */
    private InteractiveTransaction open(TransactionOptions options) {
        Handoff handoff = new Handoff();
        IsolationLevel level = options.isolationLevel();
        TxThreads.WORKERS.execute(() -> {
            Connection c;
            try {
                c = pool.connection();
            } catch (RuntimeException e) {
                handoff.fail(e);
                return;
            }
            try {
                runner.control(c, "BEGIN", conn -> conn.setAutoCommit(false), null);
                if (level != null && !provider.equals("sqlite")) { // SQLite is always serializable
                    runner.executeControl(c, "SET TRANSACTION ISOLATION LEVEL " + level.sql(), null);
                }
            } catch (RuntimeException e) {
                InteractiveTransaction.end(runner, pool, c, true);
                handoff.fail(e);
                return;
            }
            if (!handoff.offer(c)) {
                InteractiveTransaction.end(runner, pool, c, true); // the caller gave up meanwhile
            }
        });
        long maxWait = options.maxWait().toMillis();
        Connection c;
        try {
            c = handoff.await(maxWait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw TransactionErrors.startTimeout(e);
        }
        if (c == null) {
            throw TransactionErrors.startTimeout(null);
        }
        return InteractiveTransaction.start(c, runner, pool, options.timeout());
    }

    private void checkIsolationLevel(IsolationLevel level) {
        if (level != null && !LEVELS.getOrDefault(provider, Set.of()).contains(level)) {
            throw TransactionErrors.invalidIsolationLevel(level, provider,
                    LEVEL_NAMES.getOrDefault(provider, "no isolation levels"));
        }
    }

    /** P2034 anywhere in the chain: a body may wrap the engine's exception in its own. */
    static boolean isWriteConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RefractException r && "P2034".equals(r.code())) {
                return true;
            }
        }
        return false;
    }

    private static void pause(Duration d, RuntimeException failure) {
        try {
            Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure; // stop retrying: report what failed
        }
    }
}
