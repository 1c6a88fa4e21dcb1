package dev.refract.engine;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Whether and how a {@link QueryEngine#transaction transaction} is run again when the database
 * refused it for a write conflict, a serialization failure or a deadlock (P2034): the whole body
 * runs again in a new transaction, after a pause that doubles with every failure (from
 * {@code initialBackoff} up to {@code maxBackoff}) and is jittered so that the transactions that
 * collided do not collide again. Other failures are never retried.
 *
 * <p>Because the body runs again, it should only change the database (and whatever it would be
 * safe to repeat).
 *
 * @param maxAttempts how many times the body may run in all (1: no retry)
 * @param initialBackoff the pause after the first failure (before jitter)
 * @param maxBackoff the longest pause (before jitter)
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
    /** Run once; a P2034 goes to the caller. The default. */
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("need 0 <= initialBackoff <= maxBackoff");
        }
    }

    /** Up to {@code maxAttempts} runs, pausing from 10 ms, doubling, up to 1 s. */
    public static RetryPolicy attempts(int maxAttempts) {
        return new RetryPolicy(maxAttempts, Duration.ofMillis(10), Duration.ofSeconds(1));
    }

    /**
     * The pause after failed attempt {@code attempt} (1 for the first): the doubled backoff d,
     * capped, then a random point of [d/2, d] ("equal jitter": never no pause at all, and never
     * the same pause for everyone).
     */
    public Duration backoff(int attempt) {
        long initial = initialBackoff.toNanos();
        long cap = maxBackoff.toNanos();
        long d = initial;
        for (int i = 1; i < attempt && d < cap; i++) {
            d = Math.min(cap, d * 2);
        }
        d = Math.min(d, cap);
        if (d <= 1) {
            return Duration.ofNanos(d);
        }
        return Duration.ofNanos(d / 2 + ThreadLocalRandom.current().nextLong(d / 2 + 1));
    }
}
