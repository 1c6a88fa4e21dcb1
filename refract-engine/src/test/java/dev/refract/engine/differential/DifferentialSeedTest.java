package dev.refract.engine.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.refract.testing.TestDatabase;
import dev.refract.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The suite's seed loads on real databases over Prisma's own DDL, through {@link DifferentialCases#sqlStatements}:
 * what a test that runs the cases does before it asks the engine.
 */
class DifferentialSeedTest {
    private static final Map<String, Integer> ROWS = Map.of("users", 24, "posts", 40, "comments", 60,
            "_PostToTag", 67, "memberships", 16, "samples", 6);

    @Test
    void seedLoadsOnSqlite() throws Exception {
        try (TestDatabase db = TestDatabases.sqlite()) {
            check(db, "sqlite");
        }
    }

    @Test
    void seedLoadsOnPostgresql() throws Exception {
        try (TestDatabase db = TestDatabases.postgres()) {
            check(db, "postgresql");
            try (Connection c = db.connect(); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT count(*) FROM \"gadgets\"")) {
                rs.next();
                assertEquals(8, rs.getInt(1));
            }
        }
    }

    private static void check(TestDatabase db, String dialect) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String sql : DifferentialCases.sqlStatements(DifferentialCases.prismaDdl(dialect))) {
                st.execute(sql);
            }
            for (String sql : DifferentialCases.sqlStatements(DifferentialCases.seed(dialect))) {
                st.execute(sql);
            }
            for (Map.Entry<String, Integer> e : ROWS.entrySet()) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM \"" + e.getKey() + "\"")) {
                    rs.next();
                    assertEquals(e.getValue(), rs.getInt(1), dialect + " " + e.getKey());
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT \"text\" FROM \"samples\" WHERE \"id\" = 's5'")) {
                rs.next();
                assertEquals("line\nbreak\ttab", rs.getString(1), "a string with a line break survives splitting");
            }
        }
    }
}
