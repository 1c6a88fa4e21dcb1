package dev.refract.engine.connect;

import dev.refract.engine.error.RefractException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** SQLite's result codes and messages (as the xerial driver reports them), read the way Prisma reads them. */
final class SqliteErrors {
    private static final int BUSY = 5;
    private static final int CANTOPEN = 14;

    private SqliteErrors() {
    }

    static RefractException translate(SQLException e, ConnectionInfo info, String sql, List<Object> values) {
        int extended = extendedCode(e);
        String state = Integer.toString(extended);
        String description = description(e);
        switch (extended) {
            case 2067, 1555:
                return SqlErrors.unique(fields(description), sql, values, state, e);
            case 1299: {
                List<String> fields = fields(description);
                return SqlErrors.nullConstraint(fields == null ? List.of() : fields, sql, values, state, e);
            }
            case 787, 1811:
                return SqlErrors.foreignKeyViolated(null, sql, values, state, e);
            default:
                break;
        }
        if ((extended & 0xff) == BUSY) {
            return SqlErrors.writeConflict(sql, values, state, e);
        }
        String text = e.getMessage() == null ? "" : e.getMessage();
        boolean missingFolder = text.startsWith("path to '") && text.endsWith("does not exist");
        if ((extended & 0xff) == CANTOPEN || missingFolder || text.startsWith("opening db: ")) {
            return SqlErrors.databaseDoesNotExist(info.database(), e);
        }
        if (description != null) {
            if (description.startsWith("no such table")) {
                return SqlErrors.tableMissing(after(description, ": "), sql, values, state, e);
            }
            if (description.contains(" has no column named ")) {
                return SqlErrors.columnMissing(after(description, " has no column named "), sql, values, state, e);
            }
            if (description.startsWith("no such column: ")) {
                return SqlErrors.columnMissing(after(description, "no such column: "), sql, values, state, e);
            }
        }
        return SqlErrors.other(state, description, sql, values, state, e);
    }

    /**
     * The code and message of a SQLite error in a raw statement's P2010, as Prisma 7 reports them:
     * the extended result code's name ({@code SQLITE_CONSTRAINT_UNIQUE}) and SQLite's description.
     */
    static String[] raw(SQLException e) {
        return new String[] {codeName(e), description(e)};
    }

    /** xerial's {@code getResultCode()} is an enum named as SQLite's C constants; the number otherwise. */
    private static String codeName(SQLException e) {
        try {
            Object rc = e.getClass().getMethod("getResultCode").invoke(e);
            if (rc instanceof Enum<?> constant && constant.name().startsWith("SQLITE_")) {
                return constant.name();
            }
        } catch (ReflectiveOperationException | RuntimeException ignored) {
            // not xerial's exception
        }
        return Integer.toString(extendedCode(e));
    }

    /** {@code UNIQUE constraint failed: User.a, User.b} gives {@code [a, b]}. */
    private static List<String> fields(String description) {
        if (description == null || description.indexOf(": ") < 0) {
            return null;
        }
        String list = description.split(": ", -1)[1];
        List<String> out = new ArrayList<>();
        for (String qualified : SqlErrors.splitFields(list)) {
            out.add(qualified.substring(qualified.lastIndexOf('.') + 1));
        }
        return out;
    }

    private static String after(String text, String marker) {
        return text.substring(text.lastIndexOf(marker) + marker.length());
    }

    /** xerial's extended result code ({@code getResultCode().code}); the primary code otherwise. */
    private static int extendedCode(SQLException e) {
        try {
            Object rc = e.getClass().getMethod("getResultCode").invoke(e);
            return rc.getClass().getField("code").getInt(rc);
        } catch (ReflectiveOperationException | RuntimeException ignored) {
            return e.getErrorCode();
        }
    }

    /** SQLite's own message: xerial writes {@code [CODE] explanation (message)}. */
    static String description(SQLException e) {
        String m = e.getMessage();
        if (m == null) {
            return null;
        }
        if (m.startsWith("[")) {
            int open = m.indexOf(" (", m.indexOf(']'));
            if (open >= 0 && m.endsWith(")")) {
                return m.substring(open + 2, m.length() - 1);
            }
        }
        return m;
    }
}
