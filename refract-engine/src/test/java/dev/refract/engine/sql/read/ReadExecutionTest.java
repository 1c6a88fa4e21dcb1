package dev.refract.engine.sql.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.engine.sql.Sql;
import dev.refract.engine.sql.UnsupportedFeatureException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs every read shape on real databases over the seeded fixture and checks the ids returned, in
 * order: SQLite (in memory) always, PostgreSQL at 127.0.0.1:5432 when it answers (own database).
 */
class ReadExecutionTest {
    static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/";

    @Test
    void sqlite() throws SQLException {
        ReadFixture fx = new ReadFixture("sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            fx.create(c);
            runAll(fx, c, null);
        }
    }

    @Test
    void postgresql() throws SQLException {
        ReadFixture fx = new ReadFixture("postgresql");
        try (Connection c = freshPostgres("refract_readsql_exec")) {
            fx.create(c);
            runAll(fx, c, "public");
        }
    }

    /** A new empty database of that name (dropped first), or the test is skipped without a server. */
    static Connection freshPostgres(String name) throws SQLException {
        Connection admin;
        try {
            admin = DriverManager.getConnection(PG_URL + "test", "postgres", "");
        } catch (SQLException e) {
            Assumptions.abort("PostgreSQL at 127.0.0.1:5432 is not available: " + e.getMessage());
            return null;
        }
        try (admin; Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            st.execute("CREATE DATABASE " + name);
        }
        return DriverManager.getConnection(PG_URL + name, "postgres", "");
    }

    private static void runAll(ReadFixture fx, Connection c, String schema) throws SQLException {
        SelectRenderer renderer = new SelectRenderer(fx.dialect, schema);
        List<String> failures = new ArrayList<>();
        int ran = 0;
        for (ReadCases.Case k : ReadCases.all(fx)) {
            if (k.expected() == null) {
                assertThatThrownBy(() -> renderer.render(k.spec())).as(k.name())
                        .isInstanceOf(UnsupportedFeatureException.class);
                continue;
            }
            Sql sql = renderer.render(k.spec());
            try {
                List<Integer> got = fx.ids(c, sql);
                if (!got.equals(k.expected())) {
                    failures.add(k.name() + ": expected " + k.expected() + " got " + got + "\n  " + sql.text());
                }
            } catch (SQLException e) {
                failures.add(k.name() + ": " + e.getMessage() + "\n  " + sql.text());
            }
            ran++;
        }
        assertThat(failures).as("%d shapes run on %s", ran, fx.provider).isEmpty();
    }
}
