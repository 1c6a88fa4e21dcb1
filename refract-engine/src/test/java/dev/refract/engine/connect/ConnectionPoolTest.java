package dev.refract.engine.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.refract.engine.error.ConnectionException;
import dev.refract.engine.error.RefractException;
import dev.refract.testing.TestDatabase;
import dev.refract.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pools from Prisma URLs against real PostgreSQL and SQLite, and the connection errors they report. */
class ConnectionPoolTest {
    private static TestDatabase db;

    @BeforeAll
    static void createDatabase() {
        db = TestDatabases.postgres();
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @Test
    void unreachableServerIsP1001() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort(); // closed again: nothing listens there
        }
        int closed = port;
        assertThatThrownBy(() -> ConnectionPool.open("postgresql://postgres@127.0.0.1:" + closed + "/x", null))
                .isInstanceOf(ConnectionException.class)
                .hasMessage("Can't reach database server at `127.0.0.1:" + closed + "`\n\nPlease make sure your database"
                        + " server is running at `127.0.0.1:" + closed + "`.")
                .satisfies(e -> {
                    assertThat(((RefractException) e).code()).isEqualTo("P1001");
                    assertThat(((RefractException) e).meta()).isEqualTo(Map.of("database_location", "127.0.0.1:" + closed));
                });
    }

    @Test
    void unknownHostIsP1001() {
        assertThatThrownBy(() -> ConnectionPool.open("postgresql://postgres@refract-no-such-host.invalid:5432/x", null))
                .hasMessageStartingWith("Can't reach database server at `refract-no-such-host.invalid:5432`")
                .extracting(e -> ((RefractException) e).code()).isEqualTo("P1001");
    }

    @Test
    void missingDatabaseIsP1003() {
        TestDatabases.Server s = db.server();
        String name = db.name() + "_missing";
        assertThatThrownBy(() -> ConnectionPool.open("postgresql://postgres@" + s.host() + ":" + s.port() + "/" + name,
                null))
                .isInstanceOf(ConnectionException.class)
                .hasMessage("Database `" + name + "` does not exist")
                .satisfies(e -> assertThat(((RefractException) e).meta()).isEqualTo(Map.of("database_name", name)));
    }

    @Test
    void exhaustedPoolIsP2024AfterPoolTimeout() throws Exception {
        try (ConnectionPool pool = ConnectionPool.open(db.prismaUrl() + "?connection_limit=1&pool_timeout=1", null);
             Connection held = pool.connection()) {
            assertThat(held.isValid(1)).isTrue();
            long start = System.nanoTime();
            assertThatThrownBy(pool::connection)
                    .isInstanceOf(ConnectionException.class)
                    .hasMessage("Timed out fetching a new connection from the connection pool. More info:"
                            + " http://pris.ly/d/connection-pool (Current connection pool timeout: 1, connection limit: 1)")
                    .satisfies(e -> {
                        assertThat(((RefractException) e).code()).isEqualTo("P2024");
                        assertThat(((RefractException) e).meta()).isEqualTo(Map.of("connection_limit", 1, "timeout", 1L));
                    });
            long waitedMs = (System.nanoTime() - start) / 1_000_000;
            assertThat(waitedMs).isBetween(900L, 5000L);
        }
    }

    @Test
    void schemaApplicationNameAndPgBouncerReachTheSession() throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA \"Tenant One\"");
        }
        for (String extra : new String[] {"", "&pgbouncer=true"}) {
            try (ConnectionPool pool = ConnectionPool.open(db.prismaUrl() + "?schema=Tenant%20One&application_name=refract"
                    + "+test" + extra, null);
                 Connection c = pool.connection(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT current_schema(), current_setting('application_name')")) {
                rs.next();
                assertThat(rs.getString(1)).as(extra).isEqualTo("Tenant One");
                assertThat(rs.getString(2)).isEqualTo("refract test");
                assertThat(pool.provider()).isEqualTo("postgresql");
                assertThat(pool.info().connectionLimit()).isEqualTo(DatasourceUrl.defaultConnectionLimit());
            }
        }
    }

    @Test
    void sqliteFileRelativeToSchemaFolderWithForeignKeysOn(@TempDir Path tmp) throws Exception {
        Path schemaDir = Files.createDirectories(tmp.resolve("prisma"));
        try (ConnectionPool pool = ConnectionPool.open("file:./dev.db?connection_limit=2", schemaDir);
             Connection c = pool.connection(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (id INTEGER)");
            try (ResultSet rs = st.executeQuery("PRAGMA foreign_keys")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
            try (ResultSet rs = st.executeQuery("PRAGMA busy_timeout")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(5000);
            }
        }
        assertThat(schemaDir.resolve("dev.db")).exists();
    }

    @Test
    void sqliteFileInAMissingFolderIsP1003(@TempDir Path tmp) {
        Path file = tmp.resolve("missing/dev.db");
        assertThatThrownBy(() -> ConnectionPool.open("file:" + file, null))
                .isInstanceOf(ConnectionException.class)
                .hasMessage("Database `" + file + "` does not exist")
                .extracting(e -> ((RefractException) e).code()).isEqualTo("P1003");
    }

    @Test
    void applicationDataSourceIsUsedAndLeftOpen() throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(db.jdbcUrl());
        config.setUsername("postgres");
        config.setMaximumPoolSize(1);
        config.setConnectionTimeout(250);
        try (HikariDataSource ds = new HikariDataSource(config)) {
            try (ConnectionPool pool = ConnectionPool.of(ds, "postgresql"); Connection held = pool.connection()) {
                assertThatThrownBy(pool::connection)
                        .hasMessageEndingWith("(Current connection pool timeout: 0, connection limit: 1)")
                        .extracting(e -> ((RefractException) e).code()).isEqualTo("P2024");
            }
            assertThat(ds.isClosed()).isFalse();
        }
    }
}
