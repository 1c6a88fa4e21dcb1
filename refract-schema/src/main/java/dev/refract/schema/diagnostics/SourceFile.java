package dev.refract.schema.diagnostics;

import java.util.Objects;

/**
 * One schema file: the name diagnostics print after {@code -->} and its full text.
 *
 * @param name file name as printed, for instance {@code schema.prisma}
 * @param text the file's contents
 */
public record SourceFile(String name, String text) {
    public SourceFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }
}
