package dev.refract.engine.exec.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.refract.engine.TxDatabase;
import dev.refract.engine.error.RefractException;
import dev.refract.engine.exec.StatementRunner;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link LocalTransaction} on real PostgreSQL and SQLite: all or nothing, and the connection left as it came. */
class LocalTransactionTest {

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "sqlite"})
    void commitsTheWorkAndRestoresAutoCommit(String provider) throws SQLException {
        try (TxDatabase t = TxDatabase.of(provider); Connection c = t.db.connect()) {
            StatementRunner runner = t.engine.runner();
            String out = LocalTransaction.run(runner, c, null, () -> {
                insert(c, 1);
                insert(c, 2);
                return "done";
            });
            assertEquals("done", out);
            assertEquals(2, t.number("SELECT count(*) FROM \"Item\""));
            assertTrue(c.getAutoCommit());
            assertEquals(List.of("BEGIN", "COMMIT"), t.statements());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "sqlite"})
    void rollsBackOnFailureAndRethrows(String provider) throws SQLException {
        try (TxDatabase t = TxDatabase.of(provider); Connection c = t.db.connect()) {
            RefractException boom = new RefractException("P2002", "second insert failed");
            RefractException thrown = assertThrows(RefractException.class,
                    () -> LocalTransaction.run(t.engine.runner(), c, null, () -> {
                        insert(c, 1);
                        throw boom;
                    }));
            assertSame(boom, thrown);
            assertEquals(0, t.number("SELECT count(*) FROM \"Item\""));
            assertTrue(c.getAutoCommit());
            assertEquals(List.of("BEGIN", "ROLLBACK"), t.statements());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "sqlite"})
    void insideAnOpenTransactionOnlyRunsTheWork(String provider) throws SQLException {
        try (TxDatabase t = TxDatabase.of(provider); Connection c = t.db.connect()) {
            c.setAutoCommit(false);
            LocalTransaction.run(t.engine.runner(), c, null, () -> {
                insert(c, 1);
                return null;
            });
            assertEquals(List.of(), t.statements());
            c.rollback(); // the outer transaction decides: nothing of the work stays
            assertEquals(0, t.number("SELECT count(*) FROM \"Item\""));
        }
    }

    private static void insert(Connection c, int id) {
        try (Statement st = c.createStatement()) {
            st.execute("INSERT INTO \"Item\" (\"id\", \"name\") VALUES (" + id + ", 'x')");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
