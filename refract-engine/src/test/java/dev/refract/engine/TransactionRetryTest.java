package dev.refract.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.refract.engine.error.RefractException;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The retry policy, a commit the database refuses, and one transaction shared by several threads. */
class TransactionRetryTest {
    private static final String COUNT = "SELECT count(*) FROM \"Item\"";

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "sqlite"})
    void writeConflictsRunTheWholeBodyAgainUpToMaxAttempts(String provider) {
        try (TxDatabase t = TxDatabase.of(provider)) {
            AtomicInteger runs = new AtomicInteger();
            TransactionOptions retry = TransactionOptions.DEFAULT.withRetry(
                    new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5)));
            String result = t.engine.transaction(tx -> {
                tx.execute(Writes.createItem(t, runs.incrementAndGet(), "run"));
                if (runs.get() < 3) {
                    throw conflict();
                }
                return "third time";
            }, retry);
            assertEquals("third time", result);
            assertEquals(1, t.number(COUNT), "the failed runs were rolled back");
            assertEquals(1, t.number("SELECT count(*) FROM \"Item\" WHERE \"id\" = 3"));

            runs.set(10);
            RefractException last = assertThrows(RefractException.class, () -> t.engine.transaction(tx -> {
                runs.incrementAndGet();
                throw conflict();
            }, retry));
            assertEquals("P2034", last.code());
            assertEquals(13, runs.get(), "three runs in all, then the conflict goes to the caller");
        }
    }

    @Test
    void otherFailuresAndTheDefaultPolicyAreNotRetried() {
        try (TxDatabase t = TxDatabase.of("sqlite")) {
            AtomicInteger runs = new AtomicInteger();
            IllegalStateException other = new IllegalStateException("not a conflict");
            assertSame(other, assertThrows(IllegalStateException.class, () -> t.engine.transaction(tx -> {
                runs.incrementAndGet();
                throw other;
            }, TransactionOptions.DEFAULT.withRetry(RetryPolicy.attempts(5)))));
            assertEquals(1, runs.get());
            assertThrows(RefractException.class, () -> t.engine.transaction(tx -> {
                runs.incrementAndGet();
                throw conflict();
            }));
            assertEquals(2, runs.get());
        }
    }

    /**
     * Write skew at Serializable: both transactions read both rows and each writes one. The other
     * session commits first, so PostgreSQL refuses ours at COMMIT (40001): P2034, nothing of it
     * stays, the connection goes back clean, and with a retry policy the body simply runs again.
     */
    @Test
    void aCommitRefusedForSerializationIsP2034AndRetried() throws Exception {
        try (TxDatabase t = TxDatabase.of("postgresql")) {
            t.sql("INSERT INTO \"Account\" (\"id\", \"balance\", \"version\") VALUES (1, 100, 0), (2, 100, 0)");
            TransactionOptions serializable = TransactionOptions.DEFAULT.withIsolationLevel(IsolationLevel.SERIALIZABLE);
            AtomicInteger runs = new AtomicInteger();
            TransactionBody<Object> skew = tx -> {
                long a = Writes.balance(t, tx, 1);
                long b = Writes.balance(t, tx, 2);
                Writes.setBalance(t, tx, 2, a + b + 1);
                if (runs.incrementAndGet() == 1) {
                    otherSessionWritesTheOtherRow(t);
                }
                return null;
            };
            RefractException refused = assertThrows(RefractException.class, () -> t.engine.transaction(skew, serializable));
            List<String> sql = t.statements();
            assertEquals(List.of("COMMIT", "ROLLBACK"), sql.subList(sql.size() - 2, sql.size()), "refused at COMMIT");
            assertEquals("P2034", refused.code(), refused.getMessage());
            assertEquals(List.of(0L, 100L), balances(t), "ours rolled back, the other committed");
            assertEquals(0, t.idleInTransaction());

            runs.set(0);
            t.engine.transaction(skew, serializable.withRetry(RetryPolicy.attempts(3)));
            assertEquals(2, runs.get());
            assertEquals(List.of(0L, 101L), balances(t));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "sqlite"})
    void oneTransactionUsedFromSeveralThreadsRunsTheirQueriesOneAfterAnother(String provider) throws Exception {
        try (TxDatabase t = TxDatabase.of(provider)) {
            ExecutorService threads = Executors.newFixedThreadPool(4);
            try {
                t.engine.transaction(tx -> {
                    List<Future<?>> all = new ArrayList<>();
                    for (int w = 0; w < 4; w++) {
                        int base = w * 100;
                        all.add(threads.submit(() -> {
                            for (int i = 0; i < 25; i++) {
                                tx.execute(Writes.createItem(t, base + i, "w"));
                            }
                        }));
                    }
                    for (Future<?> f : all) {
                        try {
                            f.get(60, TimeUnit.SECONDS);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }
                    return null;
                }, TransactionOptions.DEFAULT.withTimeout(Duration.ofSeconds(60)));
            } finally {
                threads.shutdownNow();
            }
            assertEquals(100, t.number(COUNT));
            assertTrue(t.statements().stream().filter("COMMIT"::equals).count() == 1);
        }
    }

    @Test
    void backoffDoublesUpToItsCapWithJitterInTheUpperHalf() {
        RetryPolicy p = new RetryPolicy(10, Duration.ofMillis(10), Duration.ofMillis(100));
        long[] expected = {10, 20, 40, 80, 100, 100};
        for (int attempt = 1; attempt <= expected.length; attempt++) {
            long d = expected[attempt - 1] * 1_000_000L;
            for (int i = 0; i < 200; i++) {
                long pause = p.backoff(attempt).toNanos();
                assertTrue(pause >= d / 2 && pause <= d, "attempt " + attempt + ": " + pause);
            }
        }
        assertEquals(Duration.ZERO, RetryPolicy.NONE.backoff(1));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO));
    }

    private static void otherSessionWritesTheOtherRow(TxDatabase t) {
        try (Connection c = t.db.connect(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.execute("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE");
            st.execute("SELECT sum(\"balance\") FROM \"Account\"");
            st.execute("UPDATE \"Account\" SET \"balance\" = 0 WHERE \"id\" = 1");
            c.commit();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Long> balances(TxDatabase t) {
        return List.of(t.number("SELECT \"balance\" FROM \"Account\" WHERE \"id\" = 1"),
                t.number("SELECT \"balance\" FROM \"Account\" WHERE \"id\" = 2"));
    }

    private static RefractException conflict() {
        return new RefractException("P2034", "Transaction failed due to a write conflict or a deadlock. Please retry"
                + " your transaction");
    }
}
