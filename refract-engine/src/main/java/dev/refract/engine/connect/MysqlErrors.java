package dev.refract.engine.connect;

import dev.refract.engine.error.RefractException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** MySQL/MariaDB error numbers and messages, read the way Prisma reads them. */
final class MysqlErrors {
    private MysqlErrors() {
    }

    static RefractException translate(SQLException e, ConnectionInfo info, String sql, List<Object> values) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        int code = e.getErrorCode();
        String message = serverMessage(e);
        String[] words = message.trim().split("\\s+");
        String codeText = Integer.toString(code);
        switch (code) {
            case 1062:
                return SqlErrors.uniqueIndex(lastSegment(quoted(words[words.length - 1], '\'')), sql, values, codeText,
                        e);
            case 1451, 1452: {
                String field = words.length > 17 ? quoted(words[17], '`') : null;
                return SqlErrors.foreignKey(field == null ? SqlErrors.NOT_AVAILABLE : field, sql, values, codeText, e);
            }
            case 1048, 1364: {
                String column = words.length > 1 ? quoted(words[1], '\'') : null;
                return SqlErrors.nullConstraint(column == null ? List.of() : List.of(column), sql, values, codeText, e);
            }
            case 1264:
                return SqlErrors.outOfRange(message, sql, values, codeText, e);
            case 1049:
                return SqlErrors.databaseDoesNotExist(quoted(words[words.length - 1], '\''), e);
            case 1044:
                return SqlErrors.accessDenied(quoted(words[words.length - 1], '\''), e);
            case 1045:
                return SqlErrors.authenticationFailed(words.length > 4 ? quoted(words[4].split("@", -1)[0], '\'') : null,
                        e);
            case 1146:
                return SqlErrors.tableMissing(lastSegment(words.length > 1 ? quoted(words[1], '\'') : null), sql, values,
                        codeText, e);
            case 1054:
                return SqlErrors.columnMissing(words.length > 2 ? quoted(words[2], '\'') : null, sql, values, codeText, e);
            case 1406:
                return SqlErrors.tooLong(quotePieces(words, 6), sql, values, codeText, e);
            case 1213:
                return SqlErrors.writeConflict(sql, values, codeText, e);
            default:
                break;
        }
        if (state.startsWith("08")) {
            return sql == null ? SqlErrors.notReachable(info, e) : SqlErrors.connectionClosed(e);
        }
        return SqlErrors.other(code == 0 ? null : codeText, message, sql, values, codeText, e);
    }

    /** The code (the error number) and message (the server's) of an error, for raw statements' P2010. */
    static String[] raw(SQLException e) {
        return new String[] {Integer.toString(e.getErrorCode()), serverMessage(e)};
    }

    /** The server's message without MariaDB Connector/J's {@code (conn=N) } prefix. */
    static String serverMessage(SQLException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.startsWith("(conn=")) {
            int close = m.indexOf(") ");
            if (close > 0) {
                m = m.substring(close + 2);
            }
        }
        return m;
    }

    /** The part between the first two {@code quote}s, or null. */
    private static String quoted(String word, char quote) {
        String[] parts = word.split(java.util.regex.Pattern.quote(String.valueOf(quote)), -1);
        return parts.length > 1 ? parts[1] : null;
    }

    private static String lastSegment(String name) {
        return name == null ? null : name.substring(name.lastIndexOf('.') + 1);
    }

    /** The {@code n}th piece when every word is also split at single quotes (Prisma's 1406 reading). */
    private static String quotePieces(String[] words, int n) {
        List<String> pieces = new ArrayList<>();
        for (String w : words) {
            pieces.addAll(List.of(w.split("'", -1)));
        }
        return n < pieces.size() ? pieces.get(n) : null;
    }
}
