package dev.refract.engine.sql.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.engine.ir.Aggregate;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.Filter.ScalarOp;
import dev.refract.engine.sql.Sql;
import dev.refract.engine.sql.SqlWriter;
import dev.refract.testing.TestDatabase;
import dev.refract.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Filter.Aggregated} (groupBy's having) renders as the aggregate over the column, on both databases. */
class HavingFilterTest {
    @Test
    void sqlite() throws SQLException {
        ReadFixture fx = new ReadFixture("sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            fx.create(c);
            check(fx, c);
        }
    }

    @Test
    void postgresql() throws SQLException {
        ReadFixture fx = new ReadFixture("postgresql");
        try (TestDatabase db = TestDatabases.postgres(); Connection c = db.connect()) {
            fx.create(c);
            check(fx, c);
        }
    }

    private static void check(ReadFixture fx, Connection c) throws SQLException {
        Filter countOver2 = agg(fx, Aggregate.Function.COUNT, "id", ScalarOp.GT, 2);
        assertThat(text(fx, countOver2)).isEqualTo("COUNT(\"t0\".\"id\") > ?");
        assertThat(authors(fx, c, countOver2)).containsExactly(1);
        assertThat(authors(fx, c, agg(fx, Aggregate.Function.AVG, "views", ScalarOp.GTE, 50))).containsExactly(2);
        assertThat(authors(fx, c, agg(fx, Aggregate.Function.SUM, "views", ScalarOp.LT, 40))).containsExactly(1);
        assertThat(authors(fx, c, agg(fx, Aggregate.Function.MIN, "views", ScalarOp.IN, List.of(5, 6))))
                .containsExactly(2);
        assertThat(authors(fx, c, new Filter.Not(List.of(agg(fx, Aggregate.Function.MAX, "views", ScalarOp.GT, 50)))))
                .containsExactly(1);
    }

    private static Filter agg(ReadFixture fx, Aggregate.Function fn, String field, ScalarOp op, Object value) {
        return new Filter.Aggregated(fn, new Filter.Scalar(fx.f("Post", field), op, value, false));
    }

    private static String text(ReadFixture fx, Filter having) {
        SqlWriter w = new SqlWriter(fx.dialect, null);
        FilterRenderer.render(w, fx.model("Post"), "t0", having);
        return w.build().text();
    }

    private static List<Integer> authors(ReadFixture fx, Connection c, Filter having) throws SQLException {
        SqlWriter w = new SqlWriter(fx.dialect, null);
        w.append("SELECT \"t0\".\"authorId\" FROM \"Post\" AS \"t0\" WHERE \"t0\".\"authorId\" IS NOT NULL")
                .append(" GROUP BY \"t0\".\"authorId\" HAVING ");
        FilterRenderer.render(w, fx.model("Post"), "t0", having);
        w.append(" ORDER BY \"t0\".\"authorId\"");
        Sql sql = w.build();
        return fx.ids(c, sql);
    }
}
