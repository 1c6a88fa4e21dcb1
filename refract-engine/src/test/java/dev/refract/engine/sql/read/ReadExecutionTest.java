package dev.refract.engine.sql.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.engine.sql.Sql;
import dev.refract.engine.sql.UnsupportedFeatureException;
import dev.refract.testing.TestDatabase;
import dev.refract.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs every read shape on real databases over the seeded fixture and checks the ids returned, in
 * order: SQLite (in memory) always, PostgreSQL in a fresh database from {@link TestDatabases}.
 */
class ReadExecutionTest {
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
        try (TestDatabase db = TestDatabases.postgres(); Connection c = db.connect()) {
            fx.create(c);
            runAll(fx, c, "public");
        }
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
