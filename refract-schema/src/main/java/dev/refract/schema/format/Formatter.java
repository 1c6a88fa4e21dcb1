package dev.refract.schema.format;

import dev.refract.schema.diagnostics.SourceFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Formats Prisma schemas exactly as {@code prisma format} does: columns of fields, types,
 * attributes and trailing comments aligned from blank line to blank line, {@code key = value}
 * aligned in configuration blocks, attributes in canonical order, block attributes last,
 * comments kept and re-indented, blank lines collapsed to one.
 *
 * <p>No user text is ever lost: lines the parser could not understand are written verbatim.
 * The output ends with a newline and formatting it again changes nothing.
 */
public final class Formatter {
    /** Indentation Prisma uses. */
    public static final int DEFAULT_INDENT = 2;

    private Formatter() {
    }

    /** Formats one schema file with an indentation of two spaces. */
    public static String format(String text) {
        return format(text, DEFAULT_INDENT);
    }

    /** Formats one schema file with the given indentation width. */
    public static String format(String text, int indentWidth) {
        return format(List.of(new SourceFile("schema.prisma", text)), indentWidth).get(0);
    }

    /** Formats a schema made of several files: the formatted text of each, in the order given. */
    public static List<String> format(List<SourceFile> files) {
        return format(files, DEFAULT_INDENT);
    }

    /** Formats a schema made of several files with the given indentation width. */
    public static List<String> format(List<SourceFile> files, int indentWidth) {
        List<String> result = new ArrayList<>(files.size());
        for (SourceFile f : files) {
            result.add(SchemaPrinter.print(f.text(), indentWidth));
        }
        return result;
    }
}
