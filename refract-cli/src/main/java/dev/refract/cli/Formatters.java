package dev.refract.cli;

import dev.refract.schema.format.Formatter;

/** Where {@code refract format} gets its formatter from. */
final class Formatters {
    private Formatters() {
    }

    /** The schema formatter of refract-schema, with Prisma's indentation (two spaces). */
    static SchemaFormatter available() {
        return Formatter::format;
    }
}
