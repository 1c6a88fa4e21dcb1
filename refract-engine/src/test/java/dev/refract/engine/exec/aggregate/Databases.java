package dev.refract.engine.exec.aggregate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Throw-away databases for this package's tests: a temporary SQLite file, or a uniquely named
 * database on the PostgreSQL at 127.0.0.1:5432 (user postgres), dropped by {@link #close}.
 */
final class Databases implements AutoCloseable {
    private static final String PG = "jdbc:postgresql://127.0.0.1:5432/";

    private final String pgName;
    private final Path sqliteFile;
    final Connection connection;

    private Databases(String pgName, Path sqliteFile, Connection connection) {
        this.pgName = pgName;
        this.sqliteFile = sqliteFile;
        this.connection = connection;
    }

    static Databases sqlite() throws SQLException, IOException {
        Path file = Files.createTempFile("refract-agg-", ".db");
        return new Databases(null, file, DriverManager.getConnection("jdbc:sqlite:" + file));
    }

    static Databases postgres() throws SQLException {
        String name = "refract_agg_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(PG + "test?user=postgres");
             Statement st = admin.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        }
        return new Databases(name, null, DriverManager.getConnection(PG + name + "?user=postgres"));
    }

    @Override
    public void close() throws SQLException, IOException {
        connection.close();
        if (sqliteFile != null) {
            Files.deleteIfExists(sqliteFile);
        }
        if (pgName != null) {
            try (Connection admin = DriverManager.getConnection(PG + "test?user=postgres");
                 Statement st = admin.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS " + pgName);
            }
        }
    }
}
