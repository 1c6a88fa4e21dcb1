package dev.refract.engine;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link QueryEngine#transaction transaction} runs; Prisma's {@code $transaction} options,
 * with Prisma's defaults, and a retry policy.
 *
 * <pre>{@code
 * TransactionOptions.DEFAULT.withTimeout(Duration.ofSeconds(10))
 *         .withIsolationLevel(IsolationLevel.SERIALIZABLE).withRetry(RetryPolicy.attempts(5))
 * }</pre>
 *
 * @param maxWait how long to wait for a connection and to begin (default 2 s); beyond it, P2028
 * @param timeout how long the transaction may take from begin to commit (default 5 s); then it
 *     is rolled back, a statement still running is cancelled, and using it raises P2028
 * @param isolationLevel the isolation level, or null for the database's default
 * @param retry what to do about write conflicts and deadlocks (P2034); default {@link RetryPolicy#NONE}
 */
public record TransactionOptions(Duration maxWait, Duration timeout, IsolationLevel isolationLevel, RetryPolicy retry) {
    /** Prisma's defaults: 2 s to start, 5 s to finish, the database's isolation level, no retry. */
    public static final TransactionOptions DEFAULT =
            new TransactionOptions(Duration.ofSeconds(2), Duration.ofSeconds(5), null, RetryPolicy.NONE);

    public TransactionOptions {
        positive(maxWait, "maxWait");
        positive(timeout, "timeout");
        Objects.requireNonNull(retry, "retry");
    }

    public TransactionOptions withMaxWait(Duration maxWait) {
        return new TransactionOptions(maxWait, timeout, isolationLevel, retry);
    }

    public TransactionOptions withTimeout(Duration timeout) {
        return new TransactionOptions(maxWait, timeout, isolationLevel, retry);
    }

    public TransactionOptions withIsolationLevel(IsolationLevel isolationLevel) {
        return new TransactionOptions(maxWait, timeout, isolationLevel, retry);
    }

    public TransactionOptions withRetry(RetryPolicy retry) {
        return new TransactionOptions(maxWait, timeout, isolationLevel, retry);
    }

    private static void positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + d);
        }
    }
}
