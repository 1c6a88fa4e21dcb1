package dev.refract.engine;

/**
 * The work of an interactive {@link QueryEngine#transaction transaction}: it runs its queries
 * through the {@link Transaction} it is given, and what it returns is the transaction's result.
 * Throwing rolls the transaction back; the exception reaches the caller unchanged.
 *
 * @param <T> the result
 */
@FunctionalInterface
public interface TransactionBody<T> {
    T run(Transaction tx);
}
