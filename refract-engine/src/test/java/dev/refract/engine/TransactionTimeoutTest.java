package dev.refract.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.refract.engine.error.RefractException;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The timeout and maxWait. Timings are asserted only where they are the behaviour (the timeout
 * fires), with generous margins; everything else waits for the outcome itself.
 */
class TransactionTimeoutTest {
    private static final Pattern EXPIRED = Pattern.compile("Transaction API error: A (query|commit) cannot be executed"
            + " on an expired transaction\\. The timeout for this transaction was (\\d+) ms, however (\\d+) ms passed"
            + " since the start of the transaction\\. Consider increasing the interactive transaction timeout or doing"
            + " less work in the transaction\\.");

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "sqlite"})
    void anIdleBodyPastItsTimeoutIsRolledBackAndLaterUseFails(String provider) throws Exception {
        try (TxDatabase t = TxDatabase.of(provider)) {
            RefractException e = assertThrows(RefractException.class, () -> t.engine.transaction(tx -> {
                tx.execute(Writes.createItem(t, 1, "a"));
                awaitRollbackEvent(t); // the timeout rolled back while the body did something else
                return tx.execute(t.findAll("Item"));
            }, TransactionOptions.DEFAULT.withTimeout(Duration.ofMillis(300))));
            assertExpired(e, "query", 300);
            assertEquals(0, t.number("SELECT count(*) FROM \"Item\""));
            assertEquals(1, t.statements().stream().filter("ROLLBACK"::equals).count(), "rolled back exactly once");
            assertConnectionsClean(t);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "sqlite"})
    void aBodyThatReturnsAfterItsTimeoutDoesNotCommit(String provider) throws Exception {
        try (TxDatabase t = TxDatabase.of(provider)) {
            RefractException e = assertThrows(RefractException.class, () -> t.engine.transaction(tx -> {
                tx.execute(Writes.createItem(t, 1, "a"));
                awaitRollbackEvent(t);
                return "done";
            }, TransactionOptions.DEFAULT.withTimeout(Duration.ofMillis(300))));
            assertExpired(e, "commit", 300);
            assertEquals(0, t.number("SELECT count(*) FROM \"Item\""));
            assertConnectionsClean(t);
        }
    }

    /**
     * The case: a statement still running when the timeout comes (here waiting for a lock
     * another session holds) is cancelled, the transaction rolled back, and its connection goes
     * back clean, while the lock is still held.
     */
    @Test
    void aStatementRunningPastTheTimeoutIsCancelledAndItsWorkRolledBack() throws Exception {
        try (TxDatabase t = TxDatabase.of("postgresql"); Connection holder = t.db.connect()) {
            holder.setAutoCommit(false);
            try (Statement st = holder.createStatement()) {
                st.execute("LOCK TABLE \"Item\" IN ACCESS EXCLUSIVE MODE");
            }
            long start = System.nanoTime();
            RefractException e = assertThrows(RefractException.class, () -> t.engine.transaction(tx -> {
                TxSql.update(tx, "INSERT INTO \"Counter\" (\"id\", \"value\") VALUES (1, 1)");
                return tx.execute(t.findAll("Item")); // waits for the lock until cancelled
            }, TransactionOptions.DEFAULT.withTimeout(Duration.ofMillis(500))));
            long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertExpired(e, "query", 500);
            assertTrue(tookMs < 30_000, "cancelled, not waiting for the lock: " + tookMs + " ms");
            assertEquals(1, t.idleInTransaction(), "only the lock holder is left in a transaction");
            holder.rollback();
            assertEquals(0, t.number("SELECT count(*) FROM \"Counter\""), "0 rows of its work");
            assertConnectionsClean(t);
        }
    }

    /** A query that would run for long (raw SQL here) is cancelled by the timeout, on both databases. */
    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "sqlite"})
    void aLongQueryIsCancelledByTheTimeout(String provider) throws Exception {
        try (TxDatabase t = TxDatabase.of(provider)) {
            String slow = provider.equals("sqlite")
                    ? "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 5000000000)"
                            + " SELECT count(*) FROM c"
                    : "SELECT pg_sleep(120)";
            long start = System.nanoTime();
            RefractException e = assertThrows(RefractException.class, () -> t.engine.transaction(tx -> {
                tx.execute(Writes.createItem(t, 1, "a"));
                return tx.queryRawUnsafe(slow);
            }, TransactionOptions.DEFAULT.withTimeout(Duration.ofMillis(500))));
            long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertExpired(e, "query", 500);
            assertTrue(tookMs < 60_000, "cancelled, not run to its end: " + tookMs + " ms");
            assertEquals(0, t.number("SELECT count(*) FROM \"Item\""));
            assertConnectionsClean(t);
        }
    }

    /** SQLite (one writer at a time): timeouts falling anywhere leave each transaction all or nothing. */
    @Test
    void timeoutsAtAnyPointOnSqliteCommitAllOrNothing() {
        try (TxDatabase t = TxDatabase.of("sqlite")) {
            java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
            int committed = 0;
            for (int txId = 1; txId <= 100; txId++) {
                int id = txId;
                boolean ok;
                try {
                    t.engine.transaction(tx -> {
                        for (int k = 0; k < 5; k++) {
                            tx.execute(Writes.createItem(t, id * 10 + k, "tx" + id));
                            if (random.nextBoolean()) {
                                sleep(random.nextInt(3));
                            }
                        }
                        return null;
                    }, TransactionOptions.DEFAULT.withTimeout(Duration.ofMillis(1 + random.nextInt(12))));
                    ok = true;
                } catch (RefractException e) {
                    assertEquals("P2028", e.code(), e.getMessage());
                    ok = false;
                }
                committed += ok ? 1 : 0;
                assertEquals(ok ? 5 : 0, t.number("SELECT count(*) FROM \"Item\" WHERE \"name\" = 'tx" + id + "'"),
                        "transaction " + id + (ok ? " committed" : " expired"));
            }
            assertEquals(committed * 5L, t.number("SELECT count(*) FROM \"Item\""));
            assertConnectionsClean(t);
        }
    }

    @Test
    void noConnectionWithinMaxWaitIsP2028AndTheLateConnectionGoesBackClean() throws Exception {
        try (TxDatabase t = TxDatabase.postgres(1)) {
            ExecutorService other = Executors.newSingleThreadExecutor();
            try {
                CountDownLatch holding = new CountDownLatch(1);
                CountDownLatch release = new CountDownLatch(1);
                Future<Object> first = other.submit(() -> t.engine.transaction(tx -> {
                    tx.execute(Writes.createItem(t, 1, "a"));
                    holding.countDown();
                    await(release);
                    return null;
                }, TransactionOptions.DEFAULT.withTimeout(Duration.ofSeconds(60))));
                await(holding);
                RefractException e = assertThrows(RefractException.class, () -> t.engine.transaction(tx -> 1,
                        TransactionOptions.DEFAULT.withMaxWait(Duration.ofMillis(300))));
                assertEquals("P2028", e.code());
                assertEquals("Transaction API error: Unable to start a transaction in the given time.", e.getMessage());
                release.countDown();
                first.get(60, TimeUnit.SECONDS);
                // The waiter that gave up still gets the one connection later, and must give it back clean.
                for (int i = 0; i < 3; i++) {
                    long items = t.engine.transaction(tx -> TxSql.number(tx, "SELECT count(*) FROM \"Item\""),
                            TransactionOptions.DEFAULT.withMaxWait(Duration.ofSeconds(30)));
                    assertEquals(1, items);
                }
                assertConnectionsClean(t);
            } finally {
                other.shutdownNow();
            }
        }
    }

    static void assertExpired(RefractException e, String operation, long timeoutMs) {
        assertEquals("P2028", e.code(), e.getMessage());
        Matcher m = EXPIRED.matcher(e.getMessage());
        assertTrue(m.matches(), e.getMessage());
        assertEquals(operation, m.group(1));
        assertEquals(timeoutMs, Long.parseLong(m.group(2)));
        assertTrue(Long.parseLong(m.group(3)) >= timeoutMs, e.getMessage());
        assertEquals(operation, e.meta().get("operation"));
        assertEquals(timeoutMs, e.meta().get("timeout"));
    }

    /** No backend left in a transaction, and the pool hands out a working connection. */
    static void assertConnectionsClean(TxDatabase t) {
        if (t.provider().equals("postgresql")) {
            assertEquals(0, t.idleInTransaction());
        }
        assertEquals("ok", t.engine.transaction(tx -> {
            tx.execute(t.findAll("Item"));
            return "ok";
        }, TransactionOptions.DEFAULT.withMaxWait(Duration.ofSeconds(30))));
    }

    private static void awaitRollbackEvent(TxDatabase t) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!t.statements().contains("ROLLBACK")) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the timeout never rolled back: " + t.statements());
            }
            sleep(10);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new AssertionError("latch not released");
            }
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
