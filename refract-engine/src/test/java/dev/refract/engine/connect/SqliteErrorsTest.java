package dev.refract.engine.connect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.engine.error.DatabaseException;
import dev.refract.engine.error.RefractException;
import dev.refract.testing.TestDatabase;
import dev.refract.testing.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real SQLite (xerial) errors mapped to Prisma's codes, messages and meta. */
class SqliteErrorsTest {
    private static TestDatabase db;
    private static ConnectionPool pool;
    private static ConnectionInfo info;

    @BeforeAll
    static void setUp() throws Exception {
        db = TestDatabases.sqlite();
        pool = ConnectionPool.open(db.prismaUrl() + "?connection_limit=2&socket_timeout=1", null);
        info = pool.info();
        try (Connection c = pool.connection(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE User (id INTEGER PRIMARY KEY, email TEXT UNIQUE, firstName TEXT, lastName TEXT,"
                    + " nick TEXT NOT NULL DEFAULT 'x', UNIQUE (firstName, lastName))");
            st.execute("CREATE TABLE Post (id INTEGER PRIMARY KEY, authorId INTEGER REFERENCES User(id))");
            st.execute("INSERT INTO User (id, email, firstName, lastName) VALUES (1, 'a@x', 'Ada', 'L')");
        }
    }

    @AfterAll
    static void tearDown() {
        pool.close();
        db.close();
    }

    private static RefractException fails(String sql, Object... bindings) throws SQLException {
        try (Connection c = pool.connection()) {
            return ErrorCase.run(c, info, sql, bindings);
        }
    }

    @Test
    void constraints() throws Exception {
        RefractException unique = fails("INSERT INTO User (id, email) VALUES (?, ?)", 2, "a@x");
        assertThat(unique.code()).isEqualTo("P2002");
        assertThat(unique).hasMessage("Unique constraint failed on the fields: (`email`)");
        assertThat(unique.meta()).isEqualTo(Map.of("target", List.of("email")));
        assertThat(((DatabaseException) unique).sqlState()).isEqualTo("2067");

        assertThat(fails("INSERT INTO User (id, firstName, lastName) VALUES (?, ?, ?)", 3, "Ada", "L").meta())
                .isEqualTo(Map.of("target", List.of("firstName", "lastName")));
        RefractException pk = fails("INSERT INTO User (id) VALUES (?)", 1);
        assertThat(pk).hasMessage("Unique constraint failed on the fields: (`id`)");
        assertThat(((DatabaseException) pk).sqlState()).isEqualTo("1555");

        RefractException nul = fails("INSERT INTO User (id, nick) VALUES (?, NULL)", 4);
        assertThat(nul.code()).isEqualTo("P2011");
        assertThat(nul).hasMessage("Null constraint violation on the fields: (`nick`)");

        RefractException fk = fails("INSERT INTO Post (id, authorId) VALUES (?, ?)", 1, 99);
        assertThat(fk.code()).isEqualTo("P2003");
        // Prisma 7's wording (driver adapters), as the differential write suite recorded it.
        assertThat(fk).hasMessage("Foreign key constraint violated on the foreign key");
        assertThat(fk.meta()).isEqualTo(Map.of("field_name", "foreign key"));
    }

    @Test
    void missingTablesAndColumns() throws Exception {
        RefractException table = fails("SELECT * FROM Nope");
        assertThat(table.code()).isEqualTo("P2021");
        assertThat(table).hasMessage("The table `Nope` does not exist in the current database.");
        assertThat(fails("SELECT * FROM main.Gone").meta()).isEqualTo(Map.of("table", "main.Gone"));

        RefractException column = fails("SELECT zz FROM User");
        assertThat(column.code()).isEqualTo("P2022");
        assertThat(column).hasMessage("The column `zz` does not exist in the current database.");
        assertThat(fails("INSERT INTO User (id, yy) VALUES (?, ?)", 9, 1).meta()).isEqualTo(Map.of("column", "yy"));
    }

    @Test
    void otherErrorsAreP2010() throws Exception {
        RefractException e = fails("SELEC 1");
        assertThat(e.code()).isEqualTo("P2010");
        assertThat(e).hasMessage("Raw query failed. Code: `1`. Message: `near \"SELEC\": syntax error`");
        assertThat(e.meta()).isEqualTo(Map.of("code", "1", "message", "near \"SELEC\": syntax error"));
    }

    @Test
    void busyDatabaseIsP2034() throws Exception {
        try (Connection writer = pool.connection(); Connection other = pool.connection()) {
            writer.setAutoCommit(false);
            writer.createStatement().execute("INSERT INTO Post (id) VALUES (100)");
            long start = System.nanoTime();
            RefractException e = ErrorCase.run(other, info, "INSERT INTO Post (id) VALUES (?)", 101);
            long waitedMs = (System.nanoTime() - start) / 1_000_000;
            writer.rollback();
            assertThat(e.code()).isEqualTo("P2034");
            assertThat(e).hasMessage("Transaction failed due to a write conflict or a deadlock. Please retry your"
                    + " transaction");
            assertThat(waitedMs).as("socket_timeout=1 is the busy timeout").isBetween(800L, 5000L);
        }
    }
}
