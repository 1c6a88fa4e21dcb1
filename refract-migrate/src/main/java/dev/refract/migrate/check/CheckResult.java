package dev.refract.migrate.check;

import java.util.List;

/**
 * What the destructive change checker found, as Prisma reports it: warnings (data may be lost;
 * {@code --accept-data-loss} goes on) and unexecutable steps (the step cannot run on the rows that
 * are there), each list in the order of the migration's steps.
 */
public record CheckResult(List<String> warnings, List<String> unexecutable) {
    /** Nothing found. */
    public static final CheckResult NONE = new CheckResult(List.of(), List.of());

    public CheckResult {
        warnings = List.copyOf(warnings);
        unexecutable = List.copyOf(unexecutable);
    }

    /** True when there is neither a warning nor an unexecutable step. */
    public boolean isEmpty() {
        return warnings.isEmpty() && unexecutable.isEmpty();
    }

    public boolean hasWarnings() {
        return !warnings.isEmpty();
    }

    public boolean hasUnexecutable() {
        return !unexecutable.isEmpty();
    }

    /**
     * The comment {@code migrate dev} puts on top of a {@code migration.sql} that has warnings:
     * {@code /*}, {@code   Warnings:}, a blank line, each warning then each unexecutable step as
     * {@code   - text}, a blank line and the closing line, each line ending in a newline; empty
     * when there is nothing to say.
     */
    public String header() {
        if (isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("/*\n  Warnings:\n\n");
        for (String w : warnings) {
            out.append("  - ").append(w).append('\n');
        }
        for (String u : unexecutable) {
            out.append("  - ").append(u).append('\n');
        }
        return out.append("\n*/\n").toString();
    }

    /** {@code script} with {@link #header()} in front, as Prisma writes a new migration's file. */
    public String withHeader(String script) {
        return header() + script;
    }
}
