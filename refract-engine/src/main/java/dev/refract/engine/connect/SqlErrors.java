package dev.refract.engine.connect;

import dev.refract.engine.error.ConnectionException;
import dev.refract.engine.error.DatabaseException;
import dev.refract.engine.error.RefractException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a JDBC failure into Prisma's error: the same code, message and {@code meta} that Prisma's
 * query engine reports for the same database error. Connection failures (P1000 authentication,
 * P1001 unreachable, P1003 missing database, P1010 access denied, P1017 closed connection, P2024
 * pool timeout, P2037 too many connections) become {@link ConnectionException}; statement
 * failures (P2000, P2002, P2003, P2011, P2020, P2021, P2022, P2034, else P2010 with the database's
 * code and message) become {@link DatabaseException} carrying the SQL and its bindings. PostgreSQL,
 * SQLite (xerial) and MySQL/MariaDB (MariaDB Connector/J) are read.
 */
public final class SqlErrors {
    /** How Prisma prints a name it could not find in the database's message. */
    static final String NOT_AVAILABLE = "(not available)";

    private SqlErrors() {
    }

    /** A failure to get or open a connection (no statement involved). */
    public static RefractException connect(SQLException e, ConnectionInfo info) {
        return translate(e, info, null, List.of());
    }

    /**
     * A failure while running {@code sql} with {@code bindings} (either may be null when the failure
     * is not tied to a statement).
     */
    public static RefractException translate(SQLException e, ConnectionInfo info, String sql, List<?> bindings) {
        List<Object> values = bindings == null ? List.of() : new ArrayList<>(bindings);
        if (isPoolTimeout(e)) {
            if (e.getCause() instanceof SQLException cause) {
                return translate(cause, info, sql, values); // the pool could not connect at all
            }
            return poolTimeout(info, e);
        }
        if ("sqlite".equals(info.provider())) {
            return SqliteErrors.translate(e, info, sql, values);
        }
        if ("mysql".equals(info.provider())) {
            return MysqlErrors.translate(e, info, sql, values);
        }
        return PostgresErrors.translate(e, info, sql, values);
    }

    /**
     * A failure of a raw statement (queryRaw, executeRaw) as Prisma 7 reports those: every database
     * error is P2010 with the database's own code and message, constraint violations included
     * (PostgreSQL: the SQLSTATE and primary message; SQLite: the extended result code's name and
     * its description). A failure to connect or a lost connection stays the connection error it is.
     */
    public static RefractException raw(SQLException e, ConnectionInfo info, String sql, List<?> bindings) {
        RefractException known = translate(e, info, sql, bindings);
        if (known instanceof ConnectionException) {
            return known;
        }
        List<Object> values = bindings == null ? List.of() : new ArrayList<>(bindings);
        String[] codeAndMessage;
        if ("sqlite".equals(info.provider())) {
            codeAndMessage = SqliteErrors.raw(e);
        } else if ("mysql".equals(info.provider())) {
            codeAndMessage = MysqlErrors.raw(e);
        } else {
            codeAndMessage = PostgresErrors.raw(e);
        }
        String state = known instanceof DatabaseException db ? db.sqlState() : e.getSQLState();
        return other(codeAndMessage[0], codeAndMessage[1], sql, values, state, e);
    }

    /** {@link #translate(SQLException, ConnectionInfo, String, List)} for a rendered statement. */
    public static RefractException translate(SQLException e, ConnectionInfo info, dev.refract.engine.sql.Sql sql) {
        return translate(e, info, sql.text(), sql.values());
    }

    /** HikariCP's "Connection is not available, request timed out after …". */
    static boolean isPoolTimeout(SQLException e) {
        return e instanceof SQLTransientConnectionException && e.getMessage() != null
                && e.getMessage().contains("request timed out");
    }

    static ConnectionException poolTimeout(ConnectionInfo info, Throwable cause) {
        long timeout = info.poolTimeout() == null ? 0 : info.poolTimeout().toSeconds();
        return new ConnectionException("P2024", "Timed out fetching a new connection from the connection pool. More info:"
                + " http://pris.ly/d/connection-pool (Current connection pool timeout: " + timeout
                + ", connection limit: " + info.connectionLimit() + ")",
                Map.of("connection_limit", info.connectionLimit(), "timeout", timeout), cause);
    }

    static ConnectionException notReachable(ConnectionInfo info, Throwable cause) {
        String location = orNa(info.host()) + ":" + info.port();
        return new ConnectionException("P1001", "Can't reach database server at `" + location
                + "`\n\nPlease make sure your database server is running at `" + location + "`.",
                Map.of("database_location", location), cause);
    }

    static ConnectionException authenticationFailed(String user, Throwable cause) {
        return new ConnectionException("P1000", "Authentication failed against database server, the provided database"
                + " credentials for `" + orNa(user) + "` are not valid.\n\nPlease make sure to provide valid database"
                + " credentials for the database server at the configured address.",
                Map.of("database_user", orNa(user)), cause);
    }

    static ConnectionException databaseDoesNotExist(String name, Throwable cause) {
        return new ConnectionException("P1003", "Database `" + orNa(name) + "` does not exist",
                Map.of("database_name", orNa(name)), cause);
    }

    static ConnectionException accessDenied(String name, Throwable cause) {
        return new ConnectionException("P1010", "User was denied access on the database `" + orNa(name) + "`",
                Map.of("database_name", orNa(name)), cause);
    }

    static ConnectionException connectionClosed(Throwable cause) {
        return new ConnectionException("P1017", "Server has closed the connection.", Map.of(), cause);
    }

    static ConnectionException tooManyConnections(String message, Throwable cause) {
        return new ConnectionException("P2037", "Too many database connections opened: " + message, Map.of(), cause);
    }

    /** P2002. {@code fields} null: the constraint could not be read from the message. */
    static DatabaseException unique(List<String> fields, String sql, List<Object> values, String state, Throwable c) {
        Map<String, Object> meta = new LinkedHashMap<>();
        if (fields != null) {
            meta.put("target", List.copyOf(fields));
        }
        return new DatabaseException("P2002", "Unique constraint failed on the " + constraint(fields), meta, sql, values,
                state, c);
    }

    /** P2002 naming the index (MySQL reports the key, not the columns). */
    static DatabaseException uniqueIndex(String index, String sql, List<Object> values, String state, Throwable c) {
        Map<String, Object> meta = new LinkedHashMap<>();
        if (index != null) {
            meta.put("target", index);
        }
        return new DatabaseException("P2002", "Unique constraint failed on the "
                + (index == null ? NOT_AVAILABLE : "constraint: `" + index + "`"), meta, sql, values, state, c);
    }

    /**
     * P2002 as Prisma 7 reports it through its driver adapters: naming the constraint where the
     * database does (PostgreSQL: {@code constraint: `users_email_key`}), else the fields.
     */
    static DatabaseException uniqueConstraint(String constraint, List<String> fields, String sql, List<Object> values,
                                              String state, Throwable c) {
        if (constraint == null) {
            return unique(fields, sql, values, state, c);
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        if (fields != null) {
            meta.put("target", List.copyOf(fields));
        }
        return new DatabaseException("P2002", "Unique constraint failed on the constraint: `" + constraint + "`", meta,
                sql, values, state, c);
    }

    /**
     * P2003 as Prisma 7 reports it: {@code Foreign key constraint violated on the constraint:
     * `posts_author_id_fkey`} (PostgreSQL), {@code ... on the foreign key} when the database names
     * none (SQLite).
     */
    static DatabaseException foreignKeyViolated(String constraint, String sql, List<Object> values, String state,
                                                Throwable c) {
        String target = constraint == null ? "foreign key" : "constraint: `" + constraint + "`";
        return new DatabaseException("P2003", "Foreign key constraint violated on the " + target,
                Map.of("field_name", constraint == null ? "foreign key" : constraint), sql, values, state, c);
    }

    /** P2020 as Prisma 7 reports it: {@code Value out of range for the type: integer out of range}. */
    static DatabaseException outOfRangeCause(String cause, String sql, List<Object> values, String state,
                                             Throwable c) {
        return new DatabaseException("P2020", "Value out of range for the type: " + cause, Map.of("details", cause),
                sql, values, state, c);
    }

    /** P2003 naming the constraint (PostgreSQL), the field, or {@code foreign key} (SQLite). */
    static DatabaseException foreignKey(String fieldName, String sql, List<Object> values, String state, Throwable c) {
        return new DatabaseException("P2003", "Foreign key constraint failed on the field: `" + fieldName + "`",
                Map.of("field_name", fieldName), sql, values, state, c);
    }

    static DatabaseException nullConstraint(List<String> fields, String sql, List<Object> values, String state,
                                            Throwable c) {
        return new DatabaseException("P2011", "Null constraint violation on the " + constraint(fields),
                Map.of("constraint", List.copyOf(fields)), sql, values, state, c);
    }

    /**
     * P2011 as Prisma 7 reports it on PostgreSQL: {@code Null constraint violation on the (not
     * available)}; {@code column} (PostgreSQL's report, may be null) goes into the meta only.
     */
    static DatabaseException nullConstraintUnnamed(String column, String sql, List<Object> values, String state,
                                                   Throwable c) {
        Map<String, Object> meta = new java.util.LinkedHashMap<>();
        meta.put("constraint", NOT_AVAILABLE);
        if (column != null) {
            meta.put("column", column);
        }
        return new DatabaseException("P2011", "Null constraint violation on the " + NOT_AVAILABLE, meta, sql, values,
                state, c);
    }

    static DatabaseException tableMissing(String table, String sql, List<Object> values, String state, Throwable c) {
        return new DatabaseException("P2021", "The table `" + orNa(table) + "` does not exist in the current database.",
                Map.of("table", orNa(table)), sql, values, state, c);
    }

    static DatabaseException columnMissing(String column, String sql, List<Object> values, String state, Throwable c) {
        return new DatabaseException("P2022", "The column `" + orNa(column) + "` does not exist in the current database.",
                Map.of("column", orNa(column)), sql, values, state, c);
    }

    static DatabaseException writeConflict(String sql, List<Object> values, String state, Throwable c) {
        return new DatabaseException("P2034", "Transaction failed due to a write conflict or a deadlock. Please retry"
                + " your transaction", Map.of(), sql, values, state, c);
    }

    static DatabaseException tooLong(String column, String sql, List<Object> values, String state, Throwable c) {
        return new DatabaseException("P2000", "The provided value for the column is too long for the column's type."
                + " Column: " + orNa(column), Map.of("column_name", orNa(column)), sql, values, state, c);
    }

    static DatabaseException outOfRange(String details, String sql, List<Object> values, String state, Throwable c) {
        return new DatabaseException("P2020", "Value out of range for the type. " + details,
                Map.of("details", details), sql, values, state, c);
    }

    static DatabaseException other(String code, String message, String sql, List<Object> values, String state,
                                   Throwable c) {
        String shownCode = code == null ? "N/A" : code;
        String shownMessage = message == null ? "N/A" : message;
        return new DatabaseException("P2010", "Raw query failed. Code: `" + shownCode + "`. Message: `" + shownMessage
                + "`", Map.of("code", shownCode, "message", shownMessage), sql, values, state, c);
    }

    /** Prisma 7's rendering of a constraint: {@code fields: (`a`, `b`)}, or not available. */
    private static String constraint(List<String> fields) {
        if (fields == null) {
            return NOT_AVAILABLE;
        }
        StringBuilder out = new StringBuilder("fields: (");
        for (int i = 0; i < fields.size(); i++) {
            out.append(i == 0 ? "" : ", ").append('`').append(fields.get(i)).append('`');
        }
        return out.append(')').toString();
    }

    static List<String> splitFields(String text) {
        return Arrays.asList(text.split(", ", -1));
    }

    static String orNa(String name) {
        return name == null ? NOT_AVAILABLE : name;
    }
}
