package dev.refract.engine.connect;

import java.lang.reflect.Method;
import java.sql.SQLException;

/**
 * The fields of a PostgreSQL error, read from pgjdbc's {@code ServerErrorMessage} by reflection (the
 * driver is the application's dependency, not ours), else from the exception's text.
 *
 * @param code the SQLSTATE
 * @param severity {@code ERROR}, {@code FATAL}...
 * @param message the primary message
 * @param detail the DETAIL, or null
 * @param hint the HINT, or null
 * @param column the column the error names, or null
 * @param constraint the constraint the error names, or null
 */
record PgServerError(String code, String severity, String message, String detail, String hint, String column,
                     String constraint) {

    static PgServerError of(SQLException e) {
        try {
            Method getter = e.getClass().getMethod("getServerErrorMessage");
            Object m = getter.invoke(e);
            if (m != null) {
                return new PgServerError(e.getSQLState(), (String) call(m, "getSeverity"), (String) call(m, "getMessage"),
                        (String) call(m, "getDetail"), (String) call(m, "getHint"), (String) call(m, "getColumn"),
                        (String) call(m, "getConstraint"));
            }
        } catch (ReflectiveOperationException | RuntimeException ignored) {
            // Not pgjdbc, or a different version: fall back to the text.
        }
        String text = e.getMessage() == null ? "" : e.getMessage();
        String severity = null;
        int colon = text.indexOf(": ");
        if (colon > 0 && text.substring(0, colon).chars().allMatch(Character::isUpperCase)) {
            severity = text.substring(0, colon);
            text = text.substring(colon + 2);
        }
        String detail = null;
        int newline = text.indexOf('\n');
        if (newline >= 0) {
            String more = text.substring(newline + 1).strip();
            text = text.substring(0, newline);
            if (more.startsWith("Detail: ")) {
                detail = more.substring("Detail: ".length()).lines().findFirst().orElse(null);
            }
        }
        return new PgServerError(e.getSQLState(), severity, text, detail, null, null, null);
    }

    private static Object call(Object target, String method) throws ReflectiveOperationException {
        return target.getClass().getMethod(method).invoke(target);
    }

    /** As Prisma prints a PostgreSQL error: {@code SEVERITY: message}, then DETAIL and HINT lines. */
    String render() {
        StringBuilder out = new StringBuilder();
        if (severity != null) {
            out.append(severity).append(": ");
        }
        out.append(message);
        if (detail != null) {
            out.append("\nDETAIL: ").append(detail);
        }
        if (hint != null) {
            out.append("\nHINT: ").append(hint);
        }
        return out.toString();
    }

    /** The {@code n}th whitespace-separated word's first double-quoted part, as Prisma extracts names. */
    String quotedWord(int n) {
        String[] words = message.trim().split("\\s+");
        if (n >= words.length) {
            return null;
        }
        String[] parts = words[n].split("\"", -1);
        return parts.length > 1 ? parts[1] : null;
    }
}
