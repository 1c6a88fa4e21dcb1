package dev.refract.engine.connect;

import dev.refract.engine.error.RefractException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PostgreSQL's SQLSTATEs and messages, read the way Prisma reads them. */
final class PostgresErrors {
    private static final Pattern FK_NAME = Pattern.compile("foreign key constraint \"([^\"]+)\"");

    private PostgresErrors() {
    }

    static RefractException translate(SQLException e, ConnectionInfo info, String sql, List<Object> values) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        PgServerError pg = PgServerError.of(e);
        switch (state) {
            case "28P01": {
                String[] words = pg.message().trim().split("\\s+");
                String[] parts = words[words.length - 1].split("\"", -1);
                return SqlErrors.authenticationFailed(parts.length > 1 ? parts[1] : null, e);
            }
            case "28000":
                return SqlErrors.accessDenied(pg.quotedWord(5), e);
            case "3D000":
                return SqlErrors.databaseDoesNotExist(pg.quotedWord(1), e);
            case "53300":
                return SqlErrors.tooManyConnections(pg.render(), e);
            case "57P01", "57P02", "57P03", "08006", "08003":
                // The server went away (or shut down) under an open connection; while connecting, it
                // simply was not there.
                return sql == null && state.startsWith("08") ? SqlErrors.notReachable(info, e)
                        : SqlErrors.connectionClosed(e);
            case "23505":
                return SqlErrors.uniqueConstraint(pg.constraint(), uniqueFields(pg.detail()), sql, values, state, e);
            case "23502":
                // Prisma 7 (adapter-pg) names no field here although PostgreSQL reports the column:
                // its message says "(not available)"; the column stays in the meta for debugging.
                return SqlErrors.nullConstraintUnnamed(pg.column(), sql, values, state, e);
            case "23503":
                return SqlErrors.foreignKeyViolated(pg.constraint() != null ? pg.constraint() : foreignKeyName(pg), sql,
                        values, state, e);
            case "40001", "40P01":
                return SqlErrors.writeConflict(sql, values, state, e);
            case "42P01":
                return SqlErrors.tableMissing(pg.quotedWord(1), sql, values, state, e);
            case "42703":
                return SqlErrors.columnMissing(columnName(pg.message()), sql, values, state, e);
            case "22003":
                return SqlErrors.outOfRangeCause(pg.message(), sql, values, state, e);
            case "22001":
                return SqlErrors.tooLong(null, sql, values, state, e);
            default:
                if (state.startsWith("08")) {
                    return SqlErrors.notReachable(info, e); // 08001 refused, unknown host, connect timeout
                }
                return SqlErrors.other(state.isEmpty() ? null : state, pg.render(), sql, values, e.getSQLState(), e);
        }
    }

    /**
     * The code and message of a PostgreSQL error in a raw statement's P2010, as Prisma 7 reports
     * them (its driver adapter's original code and message): the SQLSTATE and the primary message,
     * without severity or DETAIL.
     */
    static String[] raw(SQLException e) {
        return new String[] {e.getSQLState(), PgServerError.of(e).message()};
    }

    /** {@code Key (a, b)=(1, 2) already exists.} gives {@code [a, b]}; null when there is no detail. */
    static List<String> uniqueFields(String detail) {
        if (detail == null) {
            return null;
        }
        String head = detail.split("\\)=\\(", -1)[0];
        int open = head.indexOf(" (");
        if (open < 0) {
            return null;
        }
        return new ArrayList<>(SqlErrors.splitFields(head.substring(open + 2).replace("\"", "")));
    }

    /** The constraint named in the message, when the driver did not report it apart. */
    private static String foreignKeyName(PgServerError pg) {
        Matcher m = FK_NAME.matcher(pg.message());
        return m.find() ? m.group(1) : null;
    }

    /** {@code column "x" does not exist} and {@code column t.x does not exist} both name the column. */
    private static String columnName(String message) {
        String[] words = message.trim().split("\\s+");
        if (words.length < 2) {
            return null;
        }
        String[] parts = words[1].split("\"", -1);
        if (!parts[0].isEmpty()) {
            return parts[0];
        }
        return parts.length > 1 && !parts[1].isEmpty() ? parts[1] : null;
    }
}
