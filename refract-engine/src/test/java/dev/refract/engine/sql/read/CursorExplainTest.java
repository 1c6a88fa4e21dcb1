package dev.refract.engine.sql.read;

import static dev.refract.model.SortOrder.ASC;
import static dev.refract.model.SortOrder.DESC;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.OrderBy;
import dev.refract.engine.ir.ReadArgs;
import dev.refract.engine.sql.Sql;
import dev.refract.model.ScalarField;
import dev.refract.model.SortOrder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.refract.testing.TestDatabase;
import dev.refract.testing.TestDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Cursor pagination at depth on 1,000,000 PostgreSQL rows: page 1,000 (take 20) must be an index
 * range scan in both directions, never a sort or a scan of the 20,000 rows before it. Slow (the
 * table is built each run), so it runs only with {@code -Drefract.explain.test=true}; the plans go
 * to {@code target/explain-cursor.txt}.
 */
class CursorExplainTest {
    private static final int ROWS = 1_000_000;
    private static final int PAGE = 20;
    private static final int PAGES = 1_000;

    @Test
    void cursorPageOneThousandUsesTheIndexBothWays() throws SQLException, IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("refract.explain.test"),
                "set -Drefract.explain.test=true to run the 1M-row EXPLAIN test");
        ReadFixture fx = new ReadFixture("postgresql");
        StringBuilder report = new StringBuilder();
        try (TestDatabase db = TestDatabases.postgres(); Connection c = db.connect()) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE \"Post\" (\"id\" INTEGER PRIMARY KEY, \"title\" TEXT NOT NULL,"
                        + " \"views\" INTEGER NOT NULL, \"authorId\" INTEGER, \"tags\" TEXT[])");
                // views repeat (100,000 distinct values) so the id tiebreak matters.
                st.execute("INSERT INTO \"Post\" (\"id\", \"title\", \"views\") SELECT i, 'post ' || i,"
                        + " ((i::bigint * 7919) % 100000)::int FROM generate_series(1, " + ROWS + ") AS i");
                st.execute("CREATE INDEX \"Post_views_id_idx\" ON \"Post\"(\"views\", \"id\")");
                st.execute("VACUUM ANALYZE \"Post\"");
            }
            // views asc; views desc (Prisma appends id asc: mixed); views desc, id desc (all descending).
            for (int variant = 0; variant < 3; variant++) {
                SortOrder direction = variant == 0 ? ASC : DESC;
                boolean idDesc = variant == 2;
                ScalarField views = fx.f("Post", "views");
                ScalarField id = fx.f("Post", "id");
                List<OrderBy> order = idDesc
                        ? List.of(new OrderBy.ByScalar(views, DESC), new OrderBy.ByScalar(id, DESC))
                        : List.of(new OrderBy.ByScalar(views, direction));
                // The cursor row is the last of page 999: Prisma's "cursor + skip 1" next-page idiom.
                int cursorId = rowAt(c, direction, idDesc, (long) (PAGES - 1) * PAGE - 1);
                SelectRenderer renderer = new SelectRenderer(fx.dialect, "public");
                Sql sql = renderer.render(new LevelSpec(fx.model("Post"), List.of(id, views),
                        new ReadArgs(Filter.TRUE, order, Filter.eq(id, cursorId), 1L, (long) PAGE, List.of(), null),
                        null));
                String plan = explain(c, fx, sql);
                report.append("-- ").append(idDesc ? "views DESC, id DESC" : "views " + direction).append(", cursor id ").append(cursorId).append('\n')
                        .append(sql.text()).append('\n').append(sql.values()).append('\n').append(plan).append('\n');
                // The tiebreak is the id ascending (Prisma's), so DESC is "views DESC, id ASC": an index
                // scan backward plus an incremental sort within equal views is fine, a full sort is not.
                assertThat(plan).as(direction + " plan").contains("Index").containsPattern("Index Cond: \\((ROW\\()?\\(?views")
                        .doesNotContain("Seq Scan").doesNotContainPattern("(?m)^\\s*(->\\s*)?Sort \\(");
                if (direction == DESC) {
                    assertThat(plan).contains("Scan Backward");
                }
                java.util.regex.Matcher removed = java.util.regex.Pattern.compile("Rows Removed by Filter: (\\d+)")
                        .matcher(plan);
                while (removed.find()) {
                    assertThat(Integer.parseInt(removed.group(1))).as("rows filtered out").isLessThan(100);
                }
                assertThat(fx.ids(c, sql)).as("page %d %s equals the OFFSET page", PAGES, direction)
                        .isEqualTo(offsetPage(c, direction, idDesc, (long) (PAGES - 1) * PAGE));
            }
        }
        Path out = Path.of("target", "explain-cursor.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    private static String order(SortOrder d, boolean idDesc) {
        return (d == ASC ? "\"views\" ASC" : "\"views\" DESC") + (idDesc ? ", \"id\" DESC" : ", \"id\" ASC");
    }

    private static int rowAt(Connection c, SortOrder d, boolean idDesc, long offset) throws SQLException {
        return offsetPage(c, d, idDesc, offset).get(0);
    }

    /** The reference: the same page by OFFSET, with the renderer's order (views, then id ascending). */
    private static List<Integer> offsetPage(Connection c, SortOrder d, boolean idDesc, long offset) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rows = st.executeQuery("SELECT \"id\" FROM \"Post\" ORDER BY " + order(d, idDesc) + " LIMIT " + PAGE
                     + " OFFSET " + offset)) {
            List<Integer> out = new java.util.ArrayList<>();
            while (rows.next()) {
                out.add(rows.getInt(1));
            }
            return out;
        }
    }

    private static String explain(Connection c, ReadFixture fx, Sql sql) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + sql.text())) {
            fx.bind(st, sql);
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = st.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }
}
