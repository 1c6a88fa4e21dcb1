package dev.refract.migrate.history;

import dev.refract.engine.error.RefractException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One migration of the migrations folder: a directory named {@code <timestamp>_<name>} holding
 * {@code migration.sql}. The directory's name is the migration's name in {@code _prisma_migrations}.
 *
 * @param name the directory name, e.g. {@code 20240101120000_init}
 * @param path the directory
 */
public record MigrationDirectory(String name, Path path) {
    /** The script's file name inside the directory. */
    public static final String SCRIPT = "migration.sql";

    /** The script's path. */
    public Path scriptPath() {
        return path.resolve(SCRIPT);
    }

    /**
     * The script, read as UTF-8 with its line endings untouched (they are part of the checksum).
     *
     * @throws RefractException P3015 when the file is missing or unreadable
     */
    public String script() {
        try {
            return Files.readString(scriptPath(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RefractException("P3015", "Could not find the migration file at " + scriptPath()
                    + ". Please delete the directory or restore the migration file.",
                    Map.of("migration_file_path", scriptPath().toString()), e);
        }
    }

    /** The checksum Prisma records for this migration's script. */
    public String checksum() {
        return Checksums.of(script());
    }
}
