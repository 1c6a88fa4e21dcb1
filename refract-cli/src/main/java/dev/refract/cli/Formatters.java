package dev.refract.cli;

/** Where {@code refract format} gets its formatter from. */
final class Formatters {
    private Formatters() {
    }

    /** The schema formatter, or {@code null} while refract-schema has none yet. */
    static SchemaFormatter available() {
        return null;
    }
}
