package dev.refract.engine.raw;

import dev.refract.engine.ir.Action;
import dev.refract.engine.ir.Query;
import dev.refract.engine.ir.RawQuery;
import dev.refract.engine.sql.Dialect;
import java.util.List;
import java.util.Map;

/**
 * Raw SQL, as Prisma Client's {@code $queryRaw} and {@code $executeRaw}: on the engine
 * ({@code QueryEngine}) and, inside a transaction, on the transaction. The safe methods take an
 * {@link Sql}, whose values are always bound and whose names are quoted:
 *
 * <pre>{@code
 * List<Map<String, Object>> rows = engine.queryRaw(Sql.of("SELECT id, email FROM {} WHERE email LIKE {}",
 *         Sql.identifier("User"), "%@example.com"));
 * record Row(int id, String email) {}
 * List<Row> typed = engine.queryRaw(Sql.of("SELECT id, email FROM \"User\" WHERE id = {}", 1), Row.class);
 * int updated = engine.executeRaw(Sql.of("UPDATE \"User\" SET name = {} WHERE id = {}", name, 1));
 * }</pre>
 *
 * <p>Rows are {@code LinkedHashMap}s in column order, values typed by the columns' SQL types as
 * {@link dev.refract.engine.ir.Values} says (the README's "Raw SQL" section has the table). A failure
 * is Prisma's for raw SQL: P2010 {@code Raw query failed. Code: `...`. Message: `...`} with the
 * database's code and message (constraint violations included; on PostgreSQL the SQLSTATE and
 * primary message, on SQLite the result code's name and description, as Prisma 7 reports them); on
 * SQLite P1016 for a wrong number of parameters. Every statement is reported to the query
 * listeners like any other.
 */
public interface RawQueries {
    /** Runs an IR query (implemented by the engine and the transaction). */
    Object execute(Query query);

    /** The dialect that renders {@link Sql} (identifier quoting, placeholders). */
    Dialect dialect();

    /** Runs a query and returns its rows, each a {@code LinkedHashMap} from column name to value. */
    @SuppressWarnings("unchecked")
    default List<Map<String, Object>> queryRaw(Sql sql) {
        return (List<Map<String, Object>>) execute(query(Action.QUERY_RAW, sql));
    }

    /** Runs a query and maps its rows to {@code type}, a record or a class (see {@link RowMapper}). */
    default <T> List<T> queryRaw(Sql sql, Class<T> type) {
        return RowMapper.of(type).map(queryRaw(sql));
    }

    /** Runs a statement (UPDATE, DELETE, DDL...) and returns the number of rows it affected. */
    default int executeRaw(Sql sql) {
        return (Integer) execute(query(Action.EXECUTE_RAW, sql));
    }

    /**
     * <b>Unsafe:</b> sends {@code sql} to the database as it is, so any text built from input
     * (string concatenation, {@code String.format}) can be injected into. Only the {@code values}
     * are bound, at the dialect's placeholders ({@code $1, $2...} on PostgreSQL, {@code ?} on SQLite).
     * Prefer {@link #queryRaw(Sql)}; this is for SQL kept whole elsewhere (a file, a tool's output).
     */
    @SuppressWarnings("unchecked")
    default List<Map<String, Object>> queryRawUnsafe(String sql, Object... values) {
        return (List<Map<String, Object>>) execute(new RawQuery(Action.QUERY_RAW, sql, Parameters.of(values)));
    }

    /**
     * <b>Unsafe:</b> sends {@code sql} to the database as it is (see {@link #queryRawUnsafe}); only
     * the {@code values} are bound. Returns the number of rows affected.
     */
    default int executeRawUnsafe(String sql, Object... values) {
        return (Integer) execute(new RawQuery(Action.EXECUTE_RAW, sql, Parameters.of(values)));
    }

    private RawQuery query(Action action, Sql sql) {
        Sql.Rendered r = sql.render(dialect());
        return new RawQuery(action, r.text(), r.values());
    }
}
