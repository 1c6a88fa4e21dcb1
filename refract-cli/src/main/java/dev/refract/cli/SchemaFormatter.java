package dev.refract.cli;

import dev.refract.schema.diagnostics.SourceFile;
import java.util.List;

/**
 * Formats a whole schema at once (a multi-file schema is formatted together, because formatting
 * may complete relations whose other side lives in another file).
 */
@FunctionalInterface
public interface SchemaFormatter {
    /** Returns the formatted text of every file, in the order given. */
    List<String> format(List<SourceFile> files);
}
