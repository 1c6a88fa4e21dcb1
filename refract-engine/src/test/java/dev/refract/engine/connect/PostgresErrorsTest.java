package dev.refract.engine.connect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.engine.error.ConnectionException;
import dev.refract.engine.error.DatabaseException;
import dev.refract.engine.error.RefractException;
import dev.refract.testing.TestDatabase;
import dev.refract.testing.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real PostgreSQL errors mapped to Prisma's codes, messages and meta. */
class PostgresErrorsTest {
    private static TestDatabase db;
    private static ConnectionPool pool;
    private static ConnectionInfo info;

    @BeforeAll
    static void setUp() throws Exception {
        db = TestDatabases.postgres();
        pool = ConnectionPool.open(db.prismaUrl() + "?connection_limit=4", null);
        info = pool.info();
        try (Connection c = pool.connection(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE \"User\" (id int PRIMARY KEY, email text UNIQUE, \"firstName\" text, \"lastName\" text,"
                    + " code varchar(3), nick text NOT NULL DEFAULT 'x', UNIQUE (\"firstName\", \"lastName\"))");
            st.execute("CREATE TABLE \"Post\" (id int PRIMARY KEY, \"authorId\" int REFERENCES \"User\"(id))");
            st.execute("CREATE TABLE counter (k int, v int)");
            st.execute("INSERT INTO \"User\" (id, email, \"firstName\", \"lastName\") VALUES (1, 'a@x', 'Ada', 'L')");
            st.execute("INSERT INTO counter VALUES (1, 0), (2, 0)");
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
    void uniqueViolations() throws Exception {
        RefractException e = fails("INSERT INTO \"User\" (id, email) VALUES (?, ?)", 2, "a@x");
        assertThat(e.code()).isEqualTo("P2002");
        // Prisma 7 (driver adapters) names PostgreSQL's constraint, as the differential write suite recorded.
        assertThat(e).hasMessage("Unique constraint failed on the constraint: `User_email_key`");
        assertThat(e.meta()).isEqualTo(Map.of("target", List.of("email")));
        assertThat(((DatabaseException) e).sqlState()).isEqualTo("23505");

        RefractException both = fails("INSERT INTO \"User\" (id, \"firstName\", \"lastName\") VALUES (?, ?, ?)", 3, "Ada", "L");
        assertThat(both).hasMessage("Unique constraint failed on the constraint: `User_firstName_lastName_key`");
        assertThat(both.meta()).isEqualTo(Map.of("target", List.of("firstName", "lastName")));

        assertThat(fails("INSERT INTO \"User\" (id) VALUES (?)", 1).meta()).isEqualTo(Map.of("target", List.of("id")));
    }

    @Test
    void foreignKeyNullAndLength() throws Exception {
        RefractException fk = fails("INSERT INTO \"Post\" (id, \"authorId\") VALUES (?, ?)", 1, 99);
        assertThat(fk.code()).isEqualTo("P2003");
        assertThat(fk).hasMessage("Foreign key constraint violated on the constraint: `Post_authorId_fkey`");
        assertThat(fk.meta()).isEqualTo(Map.of("field_name", "Post_authorId_fkey"));

        RefractException nul = fails("INSERT INTO \"User\" (id, nick) VALUES (?, NULL)", 5);
        assertThat(nul.code()).isEqualTo("P2011");
        // Prisma 7's wording on PostgreSQL (differential write case 141); the column stays in the meta.
        assertThat(nul).hasMessage("Null constraint violation on the (not available)");
        assertThat(nul.meta()).isEqualTo(Map.of("constraint", "(not available)", "column", "nick"));

        RefractException tooLong = fails("INSERT INTO \"User\" (id, code) VALUES (?, ?)", 6, "abcd");
        assertThat(tooLong.code()).isEqualTo("P2000");
        assertThat(tooLong).hasMessage("The provided value for the column is too long for the column's type."
                + " Column: (not available)");
    }

    @Test
    void integerOverflowIsP2020() throws Exception {
        RefractException e = fails("SELECT CAST(? AS integer) + 1", Integer.MAX_VALUE);
        assertThat(e.code()).isEqualTo("P2020");
        assertThat(e).hasMessage("Value out of range for the type: integer out of range");
    }

    @Test
    void missingTablesAndColumns() throws Exception {
        RefractException table = fails("SELECT * FROM \"Nope\"");
        assertThat(table.code()).isEqualTo("P2021");
        assertThat(table).hasMessage("The table `Nope` does not exist in the current database.");
        assertThat(table.meta()).isEqualTo(Map.of("table", "Nope"));
        assertThat(fails("SELECT * FROM \"public\".\"Gone\"").meta()).isEqualTo(Map.of("table", "public.Gone"));

        RefractException column = fails("SELECT \"nope\" FROM \"User\"");
        assertThat(column.code()).isEqualTo("P2022");
        assertThat(column).hasMessage("The column `nope` does not exist in the current database.");
        assertThat(column.meta()).isEqualTo(Map.of("column", "nope"));
        assertThat(fails("SELECT u.nope FROM \"User\" u").meta()).isEqualTo(Map.of("column", "u.nope"));
    }

    @Test
    void otherErrorsAreP2010WithTheDatabasesMessage() throws Exception {
        RefractException e = fails("SELECT 1 / ?", 0);
        assertThat(e.code()).isEqualTo("P2010");
        assertThat(e).hasMessage("Raw query failed. Code: `22012`. Message: `ERROR: division by zero`");
        assertThat(e.meta()).isEqualTo(Map.of("code", "22012", "message", "ERROR: division by zero"));
    }

    @Test
    void serializationFailureIsP2034() throws Exception {
        try (Connection a = pool.connection(); Connection b = pool.connection()) {
            for (Connection c : List.of(a, b)) {
                c.setAutoCommit(false);
                c.createStatement().execute("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE");
            }
            a.createStatement().executeQuery("SELECT sum(v) FROM counter WHERE k = 1").close();
            b.createStatement().executeQuery("SELECT sum(v) FROM counter WHERE k = 2").close();
            a.createStatement().execute("INSERT INTO counter VALUES (2, 1)");
            b.createStatement().execute("INSERT INTO counter VALUES (1, 1)");
            a.commit();
            RefractException e = ErrorCase.run(b, info, "COMMIT");
            assertThat(e.code()).isEqualTo("P2034");
            assertThat(e).hasMessage("Transaction failed due to a write conflict or a deadlock. Please retry your"
                    + " transaction");
            assertThat(((DatabaseException) e).sqlState()).isEqualTo("40001");
            b.rollback();
        }
    }

    @Test
    void deadlockIsP2034() throws Exception {
        try (Connection a = pool.connection(); Connection b = pool.connection()) {
            for (Connection c : List.of(a, b)) {
                c.setAutoCommit(false);
                c.createStatement().execute("SET deadlock_timeout = '100ms'");
            }
            a.createStatement().execute("UPDATE counter SET v = v + 1 WHERE k = 1");
            b.createStatement().execute("UPDATE counter SET v = v + 1 WHERE k = 2");
            CompletableFuture<RefractException> first = CompletableFuture.supplyAsync(() -> attempt(a,
                    "UPDATE counter SET v = v + 1 WHERE k = 2"));
            RefractException second = attempt(b, "UPDATE counter SET v = v + 1 WHERE k = 1");
            if (second != null) {
                b.rollback(); // frees a
            }
            RefractException firstError = first.get();
            RefractException e = second != null ? second : firstError;
            assertThat(e).isNotNull();
            assertThat(e.code()).isEqualTo("P2034");
            assertThat(((DatabaseException) e).sqlState()).isEqualTo("40P01");
            a.rollback();
            b.rollback();
        }
    }

    private static RefractException attempt(Connection c, String sql) {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
            return null;
        } catch (SQLException e) {
            return SqlErrors.translate(e, info, sql, List.of());
        }
    }

    @Test
    void terminatedConnectionIsP1017() throws Exception {
        try (Connection victim = pool.connection(); Connection admin = db.connect()) {
            int pid;
            try (var rs = victim.createStatement().executeQuery("SELECT pg_backend_pid()")) {
                rs.next();
                pid = rs.getInt(1);
            }
            admin.createStatement().execute("SELECT pg_terminate_backend(" + pid + ")");
            RefractException e = ErrorCase.run(victim, info, "SELECT 1");
            assertThat(e).isInstanceOf(ConnectionException.class).hasMessage("Server has closed the connection.");
            assertThat(e.code()).isEqualTo("P1017");
        }
    }
}
