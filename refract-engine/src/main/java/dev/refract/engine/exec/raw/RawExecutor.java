package dev.refract.engine.exec.raw;

import dev.refract.engine.error.DatabaseException;
import dev.refract.engine.error.RefractException;
import dev.refract.engine.exec.StatementRunner;
import dev.refract.engine.ir.Action;
import dev.refract.engine.ir.RawQuery;
import dev.refract.engine.sql.Dialect;
import dev.refract.engine.sql.Param;
import dev.refract.engine.sql.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs {@link RawQuery}s: queryRaw returns its rows ({@link RawColumns}), executeRaw the number of
 * rows it affected, as an Integer. The text goes to the database as written, its parameters always
 * bound ({@link RawBinding}); on PostgreSQL Prisma's {@code $n} placeholders become JDBC's
 * ({@link PostgresPlaceholders}). Every statement goes through the {@link StatementRunner}, so it is
 * reported like any other, and its failures come as Prisma reports raw SQL's (P2010 with the
 * database's code and message; on SQLite P1016 for a wrong number of parameters).
 */
public final class RawExecutor {
    private final Dialect dialect;
    private final StatementRunner runner;

    public RawExecutor(Dialect dialect, StatementRunner runner) {
        this.dialect = dialect;
        this.runner = runner;
    }

    /** A list of rows ({@code LinkedHashMap}s) for queryRaw, an Integer for executeRaw. */
    public Object execute(Connection connection, RawQuery query) {
        Sql sql = statement(query);
        if (query.action() == Action.QUERY_RAW) {
            return runner.prepared(connection, sql, query, st -> {
                bind(st, sql, query);
                if (!st.execute()) {
                    return List.<Map<String, Object>>of(); // an UPDATE without RETURNING: no rows, as in Prisma
                }
                try (ResultSet rs = st.getResultSet()) {
                    return RawColumns.read(rs, dialect.provider());
                }
            }, List::size);
        }
        return runner.prepared(connection, sql, query, st -> {
            bind(st, sql, query);
            if (st.execute()) {
                if (dialect.provider().equals("sqlite")) {
                    // SQLite's driver in Prisma's engine refuses rows from an execute.
                    throw new RefractException("P2010", "Raw query failed. Code: `N/A`. Message: `Execute returned"
                            + " results, which is not allowed in SQLite.`", Map.of("code", "N/A", "message",
                            "Execute returned results, which is not allowed in SQLite."), null);
                }
                int rows = 0;
                try (ResultSet rs = st.getResultSet()) {
                    while (rs.next()) {
                        rows++;
                    }
                }
                return rows; // PostgreSQL counts the rows a SELECT returned
            }
            return Math.max(st.getUpdateCount(), 0);
        }, count -> count);
    }

    /** The JDBC statement: the text with JDBC's placeholders, one value per placeholder. */
    private Sql statement(RawQuery query) {
        List<Object> values = query.parameters();
        if (!dialect.provider().equals("postgresql")) {
            return new Sql(query.sql(), params(values));
        }
        PostgresPlaceholders.Translated t = PostgresPlaceholders.translate(query.sql());
        if (t.commands() > 1) {
            // pgjdbc would split the text and run every command; PostgreSQL, as Prisma's engine
            // prepares the text, refuses. Refusing keeps "; DROP TABLE ..." in unsafe text inert.
            throw failure(query, "42601", "cannot insert multiple commands into a prepared statement");
        }
        if (t.highest() != values.size()) {
            // What PostgreSQL answers Prisma 7's driver (an unnamed statement), before anything runs.
            throw failure(query, "08P01", "bind message supplies " + values.size() + " parameters, but prepared"
                    + " statement \"\" requires " + t.highest());
        }
        List<Object> ordered = new ArrayList<>(t.order().size());
        for (int index : t.order()) {
            ordered.add(values.get(index));
        }
        return new Sql(t.text(), params(ordered));
    }

    private void bind(PreparedStatement st, Sql sql, RawQuery query) throws SQLException {
        List<Param> params = sql.params();
        if (!dialect.provider().equals("postgresql")) {
            // SQLite counts its placeholders when it compiles the statement (no round trip).
            int expected = st.getParameterMetaData().getParameterCount();
            if (expected != params.size()) {
                throw wrongCount(expected, params.size());
            }
        }
        for (int i = 0; i < params.size(); i++) {
            RawBinding.bind(st, i + 1, params.get(i).value(), dialect);
        }
    }

    private static List<Param> params(List<Object> values) {
        List<Param> out = new ArrayList<>(values.size());
        for (Object v : values) {
            out.add(new Param(v, null));
        }
        return out;
    }

    /** A P2010 for a statement PostgreSQL would refuse, refused before sending it. */
    private static DatabaseException failure(RawQuery query, String code, String message) {
        return new DatabaseException("P2010", "Raw query failed. Code: `" + code + "`. Message: `" + message + "`",
                Map.of("code", code, "message", message), query.sql(), query.parameters(), code, null);
    }

    /** Prisma's P1016 (SQLite). */
    static RefractException wrongCount(int expected, int actual) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("expected", expected);
        meta.put("actual", actual);
        return new RefractException("P1016", "Your raw query had an incorrect number of parameters. Expected: `"
                + expected + "`, actual: `" + actual + "`.", meta, null);
    }
}
