package dev.refract.schema.diagnostics;

import java.util.Objects;

/**
 * One problem found in a schema: an error or a warning, its message, and where it is.
 *
 * @param severity error or warning
 * @param message the message exactly as Prisma prints it, without the severity prefix
 * @param span where in which file
 */
public record Diagnostic(Severity severity, String message, Span span) {

    /** Whether a diagnostic stops the schema from being used. */
    public enum Severity { ERROR, WARNING }

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(span, "span");
    }

    public static Diagnostic error(String message, Span span) {
        return new Diagnostic(Severity.ERROR, message, span);
    }

    public static Diagnostic warning(String message, Span span) {
        return new Diagnostic(Severity.WARNING, message, span);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
