package dev.refract.migrate.introspect;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

/**
 * A throw-away database for describer and introspection tests: a fresh PostgreSQL database on
 * 127.0.0.1:5432 (user postgres), or a fresh SQLite file. A copy of the apply tests' TestDb: the
 * minimal part of refract-engine's TestDatabases, which this module cannot reach.
 */
record Db(String provider, String name, String url, Path file) implements AutoCloseable {
    static Db of(String provider) {
        return provider.equals("sqlite") ? sqlite() : postgres();
    }

    static Db postgres() {
        String name = "refract_d_" + ProcessHandle.current().pid() + "_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = admin(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE \"" + name + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create " + name, e);
        }
        return new Db("postgresql", name, "postgresql://postgres@127.0.0.1:5432/" + name, null);
    }

    static Db sqlite() {
        try {
            Path dir = Files.createTempDirectory("refract-describe-");
            Path file = dir.resolve("test.db");
            return new Db("sqlite", file.toString(), "file:" + file, file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Connection admin() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", p);
    }

    /** A plain JDBC connection, for checking what the database holds. */
    Connection connect() throws SQLException {
        if (file != null) {
            return DriverManager.getConnection("jdbc:sqlite:" + file);
        }
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + name, p);
    }

    @Override
    public void close() throws Exception {
        if (file != null) {
            try (var files = Files.walk(file.getParent())) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
            return;
        }
        try (Connection c = admin(); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
        }
    }
}
