package dev.refract.engine.exec.tx;

import java.sql.Connection;

/**
 * Passes a connection, once its transaction has begun, from the worker that waited for it to the
 * caller that waits at most maxWait. When the caller gave up first, the worker is told so and
 * must end the transaction and return the connection itself (otherwise a late connection would
 * go back to the pool inside a transaction, or never).
 */
final class Handoff {
    private Connection connection;
    private RuntimeException failure;
    private boolean done;
    private boolean abandoned;

    /** From the worker: true when the caller takes the connection, false when it gave up. */
    synchronized boolean offer(Connection c) {
        if (abandoned) {
            return false;
        }
        connection = c;
        done = true;
        notifyAll();
        return true;
    }

    /** From the worker: getting or beginning failed. */
    synchronized void fail(RuntimeException e) {
        failure = e;
        done = true;
        notifyAll();
    }

    /**
     * From the caller: the connection, or null when {@code millis} passed first (the handoff is
     * then abandoned, as it is when the caller is interrupted). The worker's failure is rethrown.
     */
    synchronized Connection await(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (!done) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                abandoned = true;
                return null;
            }
            try {
                wait(left / 1_000_000L, (int) (left % 1_000_000L));
            } catch (InterruptedException e) {
                if (!done) {
                    abandoned = true;
                    throw e;
                }
                Thread.currentThread().interrupt(); // it came anyway: take it, keep the interrupt for later
            }
        }
        if (failure != null) {
            throw failure;
        }
        return connection;
    }
}
