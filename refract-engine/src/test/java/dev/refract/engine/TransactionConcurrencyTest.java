package dev.refract.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.refract.engine.error.RefractException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Transactions under concurrency on real PostgreSQL (the "must show"): no lost or partial
 * work, whatever the interleaving. The writes are the engine's ({@link Writes}). Nothing here asserts a timing; the threads only make the
 * interleavings happen.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransactionConcurrencyTest {
    private static final int THREADS = 8;
    private TxDatabase t;
    private ExecutorService threads;

    @BeforeAll
    void open() {
        t = TxDatabase.postgres(THREADS + 2);
        threads = Executors.newFixedThreadPool(THREADS + 1);
    }

    @AfterAll
    void close() {
        threads.shutdownNow();
        t.close();
    }

    @BeforeEach
    void empty() {
        t.sql("DELETE FROM \"Account\"", "DELETE FROM \"Counter\"", "DELETE FROM \"Item\"");
    }

    @Test
    void atomicIncrementsFromEightThreadsGiveTheExactTotal() throws Exception {
        t.sql("INSERT INTO \"Counter\" (\"id\", \"value\") VALUES (1, 0)");
        int perThread = 1000;
        runAll(THREADS, () -> {
            for (int i = 0; i < perThread; i++) {
                t.engine.transaction(tx -> Writes.increment(t, tx, "Counter", "value", 1, 1));
            }
            return null;
        });
        assertEquals(THREADS * perThread, t.number("SELECT \"value\" FROM \"Counter\" WHERE \"id\" = 1"));
    }

    /**
     * Transfers that read both balances and write computed ones (lost updates without
     * isolation), at Serializable with the retry policy: the total never changes, in any snapshot
     * an auditor takes meanwhile, and no balance goes negative.
     */
    @Test
    void serializableTransfersWithRetriesKeepTheTotalBalance() throws Exception {
        int accounts = 10;
        long initial = 1000;
        for (int id = 1; id <= accounts; id++) {
            t.sql("INSERT INTO \"Account\" (\"id\", \"balance\", \"version\") VALUES (" + id + ", " + initial + ", 0)");
        }
        long total = accounts * initial;
        TransactionOptions serializable = TransactionOptions.DEFAULT.withIsolationLevel(IsolationLevel.SERIALIZABLE)
                .withRetry(RetryPolicy.attempts(200)).withTimeout(Duration.ofSeconds(30));
        AtomicInteger attempts = new AtomicInteger();
        AtomicLong violations = new AtomicLong();
        AtomicLong audits = new AtomicLong();
        AtomicBoolean done = new AtomicBoolean();
        Future<?> auditor = threads.submit(() -> {
            while (!done.get()) {
                long sum = t.engine.transaction(tx -> TxSql.number(tx, "SELECT sum(\"balance\") FROM \"Account\""),
                        TransactionOptions.DEFAULT.withIsolationLevel(IsolationLevel.REPEATABLE_READ));
                audits.incrementAndGet();
                if (sum != total) {
                    violations.incrementAndGet();
                }
            }
            return null;
        });
        int perThread = 150;
        try {
            runAll(THREADS, () -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                for (int i = 0; i < perThread; i++) {
                    int from = 1 + random.nextInt(accounts);
                    int to = 1 + (from + random.nextInt(accounts - 1)) % accounts;
                    long amount = 1 + random.nextInt(100);
                    t.engine.transaction(tx -> {
                        attempts.incrementAndGet();
                        long a = Writes.balance(t, tx, from);
                        long b = Writes.balance(t, tx, to);
                        if (a >= amount) {
                            Writes.setBalance(t, tx, from, a - amount);
                            Writes.setBalance(t, tx, to, b + amount);
                        }
                        return null;
                    }, serializable);
                }
                return null;
            });
        } finally {
            done.set(true);
            auditor.get(60, TimeUnit.SECONDS);
        }
        assertEquals(total, t.number("SELECT sum(\"balance\") FROM \"Account\""));
        assertEquals(0, t.number("SELECT count(*) FROM \"Account\" WHERE \"balance\" < 0"));
        assertEquals(0, violations.get(), "audits that saw another total, of " + audits.get());
        assertTrue(attempts.get() >= THREADS * perThread);
        System.out.printf("transfers: %d, attempts: %d (retried %d), audits: %d%n", THREADS * perThread,
                attempts.get(), attempts.get() - THREADS * perThread, audits.get());
    }

    /**
     * Optimistic concurrency: read (value, version), update where {id, version} with version
     * incremented, and on P2025 (someone else got there first) read again. No update is lost.
     */
    @Test
    void optimisticVersionUpdatesLoseNothing() throws Exception {
        t.sql("INSERT INTO \"Account\" (\"id\", \"balance\", \"version\") VALUES (1, 0, 0)");
        int perThread = 100;
        AtomicInteger conflicts = new AtomicInteger();
        runAll(THREADS, () -> {
            for (int i = 0; i < perThread; i++) {
                while (true) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> row = (Map<String, Object>) t.engine.execute(t.findOrThrow("Account", 1));
                    try {
                        Writes.updateVersioned(t, 1, ((Number) row.get("version")).intValue(),
                                ((Number) row.get("balance")).intValue() + 1);
                        break;
                    } catch (RefractException e) {
                        if (!"P2025".equals(e.code())) {
                            throw e;
                        }
                        conflicts.incrementAndGet();
                    }
                }
            }
            return null;
        });
        assertEquals(THREADS * perThread, t.number("SELECT \"balance\" FROM \"Account\" WHERE \"id\" = 1"));
        assertEquals(THREADS * perThread, t.number("SELECT \"version\" FROM \"Account\" WHERE \"id\" = 1"));
        System.out.printf("optimistic updates: %d, conflicts retried: %d%n", THREADS * perThread, conflicts.get());
    }

    /**
     * Many transactions whose timeouts come at every possible point (before, between and during
     * their statements, and around the commit): each one either committed all its rows and
     * reported success, or left none and reported P2028. No partial commit, no connection left
     * in a transaction.
     */
    @Test
    void timeoutsAtAnyPointNeverCommitPartially() throws Exception {
        int perThread = 40;
        int rows = 5;
        AtomicInteger next = new AtomicInteger();
        List<int[]> outcomes = java.util.Collections.synchronizedList(new ArrayList<>()); // {txId, committed?1:0}
        runAll(THREADS, () -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            for (int i = 0; i < perThread; i++) {
                int txId = next.incrementAndGet();
                long timeoutMs = 1 + random.nextInt(25);
                try {
                    t.engine.transaction(tx -> {
                        for (int k = 0; k < rows; k++) {
                            tx.execute(Writes.createItem(t, txId * 10 + k, "tx" + txId));
                            if (random.nextBoolean()) {
                                pause(random.nextInt(4));
                            }
                        }
                        return null;
                    }, TransactionOptions.DEFAULT.withTimeout(Duration.ofMillis(timeoutMs)));
                    outcomes.add(new int[] {txId, 1});
                } catch (RefractException e) {
                    assertEquals("P2028", e.code(), e.getMessage());
                    outcomes.add(new int[] {txId, 0});
                }
            }
            return null;
        });
        int committed = 0;
        for (int[] o : outcomes) {
            long found = t.number("SELECT count(*) FROM \"Item\" WHERE \"name\" = 'tx" + o[0] + "'");
            assertEquals(o[1] == 1 ? rows : 0, found, "transaction " + o[0] + (o[1] == 1 ? " committed" : " expired"));
            committed += o[1];
        }
        assertEquals(THREADS * perThread, outcomes.size());
        assertEquals(0, t.idleInTransaction());
        System.out.printf("timeouts: %d transactions, %d committed, %d expired%n", outcomes.size(), committed,
                outcomes.size() - committed);
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private void runAll(int n, Callable<Void> work) throws Exception {
        List<Future<Void>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            futures.add(threads.submit(work));
        }
        for (Future<Void> f : futures) {
            f.get(5, TimeUnit.MINUTES);
        }
    }
}
