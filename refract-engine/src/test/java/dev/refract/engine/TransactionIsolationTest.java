package dev.refract.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.refract.engine.error.RefractException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Isolation levels: set per transaction where the database has them, refused before starting where it has not. */
class TransactionIsolationTest {

    @ParameterizedTest
    @EnumSource(value = IsolationLevel.class, names = {"READ_UNCOMMITTED", "READ_COMMITTED", "REPEATABLE_READ", "SERIALIZABLE"})
    void postgresRunsTheTransactionAtTheLevelAsked(IsolationLevel level) {
        try (TxDatabase t = TxDatabase.of("postgresql")) {
            Object shown = t.engine.transaction(tx -> TxSql.query(tx, "SHOW transaction_isolation").get(0)[0],
                    TransactionOptions.DEFAULT.withIsolationLevel(level));
            assertEquals(level.sql().toLowerCase(), shown);
            assertEquals(List.of("BEGIN", "SET TRANSACTION ISOLATION LEVEL " + level.sql(), "COMMIT"), t.statements());
            // The level was the transaction's only: the next one (same pooled connection) has the default.
            Object after = t.engine.transaction(tx -> TxSql.query(tx, "SHOW transaction_isolation").get(0)[0]);
            assertEquals("read committed", after);
        }
    }

    @Test
    void postgresHasNoSnapshotLevel() {
        try (TxDatabase t = TxDatabase.of("postgresql")) {
            RefractException e = assertThrows(RefractException.class, () -> t.engine.transaction(tx -> 1,
                    TransactionOptions.DEFAULT.withIsolationLevel(IsolationLevel.SNAPSHOT)));
            assertEquals("P2028", e.code());
            assertEquals("Transaction API error: Invalid isolation level: Snapshot. postgresql supports ReadUncommitted,"
                    + " ReadCommitted, RepeatableRead and Serializable.", e.getMessage());
            assertEquals("Snapshot", e.meta().get("isolationLevel"));
            assertEquals(List.of(), t.statements(), "refused before taking a connection");
        }
    }

    @Test
    void sqliteIsSerializableOnly() {
        try (TxDatabase t = TxDatabase.of("sqlite")) {
            int one = t.engine.transaction(tx -> 1, TransactionOptions.DEFAULT.withIsolationLevel(IsolationLevel.SERIALIZABLE));
            assertEquals(1, one);
            assertEquals(List.of("BEGIN", "COMMIT"), t.statements());
            for (IsolationLevel level : List.of(IsolationLevel.READ_UNCOMMITTED, IsolationLevel.READ_COMMITTED,
                    IsolationLevel.REPEATABLE_READ, IsolationLevel.SNAPSHOT)) {
                RefractException e = assertThrows(RefractException.class, () -> t.engine.transaction(tx -> 1,
                        TransactionOptions.DEFAULT.withIsolationLevel(level)));
                assertEquals("P2028", e.code());
                assertTrue(e.getMessage().startsWith("Transaction API error: Invalid isolation level: "
                        + level.prismaName() + ". sqlite supports Serializable only."), e.getMessage());
            }
        }
    }
}
