package dev.refract.migrate.apply;

import dev.refract.engine.connect.DatasourceUrl;
import dev.refract.engine.error.RefractException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Creates the development database when it does not exist yet, as {@code migrate dev} and
 * {@code migrate reset} do before anything else: on PostgreSQL through the server's
 * {@code postgres} database, on SQLite by creating the file (and its folder).
 */
public final class DatabaseCreation {
    private DatabaseCreation() {
    }

    /**
     * Makes sure the database behind {@code url} exists.
     *
     * @return Prisma's line when it was created ({@code PostgreSQL database app created at
     *         localhost:5432}, {@code SQLite database dev.db created at file:./dev.db}), else null
     * @throws RefractException P3000 when it cannot be created, or the connection error when the
     *         server cannot be reached
     */
    public static String ensureExists(String url, Path baseDir) {
        DatasourceUrl parsed = DatasourceUrl.parse(url, baseDir);
        if (parsed.provider().equals("sqlite")) {
            Path file = Path.of(parsed.database());
            if (Files.exists(file)) {
                return null;
            }
            try {
                if (file.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(file.toAbsolutePath().getParent());
                }
                Files.createFile(file);
            } catch (IOException e) {
                throw new RefractException("P3000", "Failed to create database: " + e.getMessage(), Map.of(), e);
            }
            return "SQLite database " + file.getFileName() + " created at " + url.strip();
        }
        try (MigrateDatabase db = MigrateDatabase.open(url, baseDir)) {
            return null;
        } catch (RefractException e) {
            if (!"P1003".equals(e.code())) {
                throw e;
            }
        }
        try (MigrateDatabase admin = MigrateDatabase.open(ShadowDatabase.withDatabase(url, "postgres"), baseDir);
             Statement st = admin.connection().createStatement()) {
            st.execute("CREATE DATABASE \"" + parsed.database().replace("\"", "\"\"") + "\"");
        } catch (SQLException e) {
            throw new RefractException("P3000", "Failed to create database: " + e.getMessage(), Map.of(), e);
        }
        return "PostgreSQL database " + parsed.database() + " created at " + parsed.host() + ":" + parsed.port();
    }
}
