package dev.refract.cli;

import dev.refract.schema.diagnostics.SourceFile;
import java.nio.file.Path;
import java.util.List;

/**
 * A schema found on disk: one file, or every {@code *.prisma} file of a folder.
 *
 * @param location the file or folder that was given or found
 * @param displayLocation {@code location} as printed ("Prisma schema loaded from ...")
 * @param folder whether the schema is a folder (a multi-file schema)
 * @param paths the files, in the order they are validated: sorted by printed name
 * @param files the same files, named as diagnostics print them, with their text
 */
public record SchemaLocation(Path location, String displayLocation, boolean folder, List<Path> paths,
                             List<SourceFile> files) {
    public SchemaLocation {
        paths = List.copyOf(paths);
        files = List.copyOf(files);
    }
}
