package dev.refract.generator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

/**
 * A throw-away database: a fresh PostgreSQL database on 127.0.0.1:5432 (user postgres), or a
 * fresh SQLite file. The minimal part of refract-engine's TestDatabases (its test classes are not
 * published as a jar).
 */
record TestDb(String name, String url, Path file) implements AutoCloseable {
    static TestDb of(String provider) throws Exception {
        if (provider.equals("sqlite")) {
            Path dir = Files.createTempDirectory("refract-gen-");
            Path file = dir.resolve("test.db");
            return new TestDb(file.toString(), "file:" + file, file);
        }
        String name = "refract_g_" + ProcessHandle.current().pid() + "_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = admin("postgres"); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE \"" + name + "\"");
        }
        return new TestDb(name, "postgresql://postgres@127.0.0.1:5432/" + name, null);
    }

    private static Connection admin(String db) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + db, p);
    }

    Connection connect() throws SQLException {
        return file != null ? DriverManager.getConnection("jdbc:sqlite:" + file) : admin(name);
    }

    @Override
    public void close() throws Exception {
        if (file != null) {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.getParent());
            return;
        }
        try (Connection c = admin("postgres"); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
        }
    }
}
