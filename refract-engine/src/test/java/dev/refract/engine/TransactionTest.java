package dev.refract.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.refract.engine.error.RefractException;
import dev.refract.engine.raw.Sql;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Interactive and sequential transactions on real PostgreSQL and SQLite: all or nothing, visible
 * only after the commit, reported as BEGIN/COMMIT/ROLLBACK events, closed for good afterwards,
 * and never nested.
 */
class TransactionTest {
    private static final String COUNT = "SELECT count(*) FROM \"Item\"";

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "sqlite"})
    void commitsWhenTheBodyReturnsAndNotBefore(String provider) {
        try (TxDatabase t = TxDatabase.of(provider)) {
            Object result = t.engine.transaction(tx -> {
                tx.execute(Writes.createItem(t, 1, "a"));
                tx.execute(Writes.createItem(t, 2, "b"));
                assertEquals(0, t.number(COUNT), "others do not see the work before the commit");
                return tx.execute(t.findAll("Item")); // the transaction sees its own work
            });
            assertEquals(List.of(Map.of("id", 1, "name", "a"), Map.of("id", 2, "name", "b")), result);
            assertEquals(2, t.number(COUNT));
            List<String> sql = t.statements();
            assertEquals("BEGIN", sql.get(0));
            assertEquals("COMMIT", sql.get(sql.size() - 1));
            assertEquals(5, sql.size(), sql.toString()); // BEGIN, two INSERTs, one SELECT, COMMIT
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "sqlite"})
    void rollsBackWhenTheBodyThrowsAndRethrowsItsException(String provider) {
        try (TxDatabase t = TxDatabase.of(provider)) {
            IllegalStateException boom = new IllegalStateException("boom");
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> t.engine.transaction(tx -> {
                tx.execute(Writes.createItem(t, 1, "a"));
                tx.execute(t.findAll("Item"));
                throw boom;
            }));
            assertSame(boom, thrown);
            assertEquals(0, t.number(COUNT));
            List<String> sql = t.statements();
            assertEquals(4, sql.size(), sql.toString()); // BEGIN, INSERT, SELECT, ROLLBACK
            assertEquals("BEGIN", sql.get(0));
            assertTrue(sql.get(1).startsWith("INSERT INTO"), sql.get(1));
            assertEquals("ROLLBACK", sql.get(3));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "sqlite"})
    void rawSqlRunsInsideTheTransaction(String provider) {
        try (TxDatabase t = TxDatabase.of(provider)) {
            assertThrows(IllegalStateException.class, () -> t.engine.transaction(tx -> {
                assertEquals(1, tx.executeRaw(Sql.of("INSERT INTO \"Item\" (\"id\", \"name\") VALUES ({}, {})", 1, "a")));
                assertEquals(1, tx.queryRaw(Sql.of("SELECT * FROM \"Item\"")).size());
                throw new IllegalStateException("undo");
            }));
            assertEquals(0, t.number(COUNT));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "sqlite"})
    void aClosedTransactionRefusesEveryUse(String provider) {
        try (TxDatabase t = TxDatabase.of(provider)) {
            AtomicReference<Transaction> kept = new AtomicReference<>();
            t.engine.transaction(tx -> {
                kept.set(tx);
                return null;
            });
            RefractException committed = assertThrows(RefractException.class, () -> kept.get().execute(t.findAll("Item")));
            assertEquals("P2028", committed.code());
            assertEquals("Transaction API error: Transaction already closed: A query cannot be executed on a committed"
                    + " transaction.", committed.getMessage());

            assertThrows(IllegalStateException.class, () -> t.engine.transaction(tx -> {
                kept.set(tx);
                throw new IllegalStateException();
            }));
            RefractException rolledBack = assertThrows(RefractException.class, () -> kept.get().execute(t.findAll("Item")));
            assertEquals("Transaction API error: Transaction already closed: A query cannot be executed on a transaction"
                    + " that was rolled back.", rolledBack.getMessage());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "sqlite"})
    void sequentialWritesCommitTogetherOrNotAtAll(String provider) {
        try (TxDatabase t = TxDatabase.of(provider)) {
            List<Object> created = t.engine.transaction(List.of(Writes.createItem(t, 1, "a"), Writes.createItem(t, 2, "b")));
            assertEquals(List.of(Map.of("id", 1), Map.of("id", 2)), created);
            RefractException duplicate = assertThrows(RefractException.class, () -> t.engine.transaction(
                    List.of(Writes.createItem(t, 3, "c"), Writes.createItem(t, 1, "again"), Writes.createItem(t, 4, "d"))));
            assertEquals("P2002", duplicate.code());
            assertEquals(2, t.number(COUNT), "the batch's first create was rolled back with it");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "sqlite"})
    void sequentialRunsTheQueriesInOrderInOneTransaction(String provider) {
        try (TxDatabase t = TxDatabase.of(provider)) {
            t.sql("INSERT INTO \"Item\" (\"id\", \"name\") VALUES (1, 'a'), (2, 'b')");
            List<Object> results = t.engine.transaction(List.of(t.findOrThrow("Item", 2), t.findAll("Item")));
            assertEquals(List.of(Map.of("id", 2, "name", "b"),
                    List.of(Map.of("id", 1, "name", "a"), Map.of("id", 2, "name", "b"))), results);
            List<String> sql = t.statements();
            assertEquals(List.of("BEGIN", sql.get(1), sql.get(2), "COMMIT"), sql);

            t.events.clear();
            RefractException missing = assertThrows(RefractException.class,
                    () -> t.engine.transaction(List.of(t.findAll("Item"), t.findOrThrow("Item", 3), t.findAll("Item"))));
            assertEquals("P2025", missing.code());
            assertEquals(List.of("BEGIN", sql.get(2), sql.get(1), "ROLLBACK"), t.statements(),
                    "stops at the failing query and rolls back");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "sqlite"})
    void refusesATransactionInsideATransaction(String provider) {
        try (TxDatabase t = TxDatabase.of(provider)) {
            RefractException nested = assertThrows(RefractException.class, () -> t.engine.transaction(tx -> {
                tx.execute(Writes.createItem(t, 1, "a"));
                return t.engine.transaction(inner -> inner.execute(t.findAll("Item")));
            }));
            assertEquals("P2028", nested.code());
            assertTrue(nested.getMessage().startsWith(
                    "Transaction API error: Attempted to start a transaction inside of a transaction."), nested.getMessage());
            assertEquals(0, t.number(COUNT), "the outer transaction rolled back");

            RefractException sequential = assertThrows(RefractException.class,
                    () -> t.engine.transaction(tx -> t.engine.transaction(List.of(t.findAll("Item")))));
            assertEquals("P2028", sequential.code());

            // Outside a body again, transactions start as usual on this thread.
            assertEquals(List.of(List.of()), t.engine.transaction(List.of(t.findAll("Item"))));
        }
    }
}
