package dev.refract.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.refract.engine.error.RefractException;
import dev.refract.engine.sql.Dialects;
import dev.refract.engine.sql.Param;
import dev.refract.engine.sql.Sql;
import dev.refract.testing.TestDatabase;
import dev.refract.testing.TestDatabases;
import dev.refract.model.ScalarField;
import dev.refract.model.SchemaModel;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.model.SchemaModels;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Kept SQLite statements: reused by text, holding no lock between uses, never shared by two
 * runs at once, bounded, dropped when they fail, and never kept behind an unknown wrapper.
 */
class PreparedStatementsTest {
    static final SchemaModel SCHEMA = SchemaModels.from(PrismaSchema.validate("""
            datasource db {
              provider = "sqlite"
              url      = "file:dev.db"
            }
            model T {
              id Int @id
            }
            """)).orElseThrow();

    TestDatabase db;
    Connection c;
    StatementRunner runner;
    List<ScalarField> id = List.of(SCHEMA.requireModel("T").scalarField("id").orElseThrow());

    @BeforeEach
    void open() throws Exception {
        db = TestDatabases.sqlite();
        c = db.connect();
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE \"T\" (\"id\" INTEGER PRIMARY KEY)");
            st.execute("INSERT INTO \"T\" VALUES (1), (2), (3)");
        }
        runner = new StatementRunner(Dialects.forSchema(SCHEMA), null);
    }

    @AfterEach
    void close() throws Exception {
        c.close();
        db.close();
    }

    List<Object> ids(Connection on, String sql, Object... params) {
        List<Param> ps = new ArrayList<>();
        for (Object p : params) {
            ps.add(new Param(p, null));
        }
        List<Object> out = new ArrayList<>();
        for (Object[] row : runner.query(on, new Sql(sql, ps), id, null)) {
            out.add(row[0]);
        }
        return out;
    }

    int idle(Connection on) {
        return ((PreparedStatements) field(runner)).idle(on);
    }

    static Object field(StatementRunner r) {
        try {
            var f = StatementRunner.class.getDeclaredField("reuse");
            f.setAccessible(true);
            return f.get(r);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void reusesByTextWithNewValues() {
        String sql = "SELECT \"id\" FROM \"T\" WHERE \"id\" >= ? ORDER BY \"id\"";
        assertThat(ids(c, sql, 2)).containsExactly(2, 3);
        assertThat(idle(c)).isEqualTo(1);
        assertThat(ids(c, sql, 1)).containsExactly(1, 2, 3);
        assertThat(ids(c, sql, 3)).containsExactly(3);
        assertThat(idle(c)).isEqualTo(1);
    }

    @Test
    void keptStatementsHoldNoLock() throws Exception {
        assertThat(ids(c, "SELECT \"id\" FROM \"T\" WHERE \"id\" = ?", 1)).containsExactly(1);
        assertThat(idle(c)).isEqualTo(1);
        // Another connection writes without waiting (busy timeout 0): no read lock is left.
        try (Connection other = db.connect(); Statement st = other.createStatement()) {
            st.execute("PRAGMA busy_timeout = 0");
            st.execute("INSERT INTO \"T\" VALUES (4)");
        }
        // The same connection may drop the table: no statement on it is still running.
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE \"T\"");
        }
    }

    @Test
    void boundedPerConnection() {
        for (int i = 0; i < PreparedStatements.PER_CONNECTION + 20; i++) {
            assertThat(ids(c, "SELECT \"id\" FROM \"T\" WHERE \"id\" = ? AND " + i + " = " + i, 2)).containsExactly(2);
        }
        assertThat(idle(c)).isEqualTo(PreparedStatements.PER_CONNECTION);
    }

    @Test
    void aFailedStatementIsNotKept() throws Exception {
        String sql = "SELECT \"id\" FROM \"T\" WHERE \"id\" = ?";
        assertThat(ids(c, sql, 1)).containsExactly(1);
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE \"T\"");
        }
        assertThatThrownBy(() -> ids(c, sql, 1)).isInstanceOf(RefractException.class);
        assertThat(idle(c)).isZero();
    }

    @Test
    void keptOnThePhysicalConnectionBehindHikari() throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(db.jdbcUrl());
        config.setMaximumPoolSize(1);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            String sql = "SELECT \"id\" FROM \"T\" WHERE \"id\" = ?";
            try (Connection borrowed = pool.getConnection()) {
                assertThat(ids(borrowed, sql, 1)).containsExactly(1);
            }
            try (Connection again = pool.getConnection()) {
                // Returning the connection to the pool closed none of it.
                assertThat(idle(again)).isEqualTo(1);
                assertThat(ids(again, sql, 2)).containsExactly(2);
            }
        }
    }

    @Test
    void nothingKeptBehindOtherWrappers() {
        Connection wrapped = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> method.invoke(c, args));
        assertThat(ids(wrapped, "SELECT \"id\" FROM \"T\" WHERE \"id\" = ?", 3)).containsExactly(3);
        assertThat(PreparedStatements.physical(wrapped)).isNull();
        assertThat(idle(c)).isZero();
    }
}
