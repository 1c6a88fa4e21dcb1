package dev.refract.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteDataSource;

/**
 * Fresh, throw-away databases for tests, one per call, so test classes (and other helpers' builds
 * running at the same time) never share state.
 *
 * <p>{@link #postgres()} creates a uniquely named database on the PostgreSQL server at
 * 127.0.0.1:5432 (user {@code postgres}, no password). When nothing answers there it starts one
 * embedded PostgreSQL (zonky) for the whole JVM instead, so the tests still run on a bare machine;
 * with environment {@code CI=true} a missing server is a test failure, because CI must test against
 * the real one. System property {@code refract.test.postgres=embedded} forces the embedded server
 * (to check that the fallback works), {@code =local} forbids it; {@code refract.test.postgres.port}
 * moves the local server off 5432.
 *
 * <p>Every database is dropped by {@link TestDatabase#close()} or, at the latest, when the JVM
 * ends. {@link #sqlite()} gives a fresh temporary SQLite file, deleted likewise.
 *
 * <pre>{@code
 * try (TestDatabase db = TestDatabases.postgres()) {
 *     try (Connection c = db.dataSource().getConnection()) { ... }
 * }
 * }</pre>
 */
public final class TestDatabases {
    /** System property choosing the server: {@code auto} (default), {@code embedded}, {@code local}. */
    public static final String MODE_PROPERTY = "refract.test.postgres";
    /** System property for the local server's port (default 5432), for machines that run it elsewhere. */
    public static final String PORT_PROPERTY = "refract.test.postgres.port";

    private static final String LOCAL_HOST = "127.0.0.1";
    private static final int LOCAL_PORT = Integer.getInteger(PORT_PROPERTY, 5432);
    private static final String ADMIN_USER = "postgres";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final List<TestDatabase> OPEN = new ArrayList<>();
    private static Server server;
    private static EmbeddedPostgres embedded;

    static {
        // One hook for everything: hooks run concurrently, and the databases must go before the
        // embedded server does.
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::shutdown, "refract-test-databases"));
    }

    private TestDatabases() {
    }

    /** The PostgreSQL server in use: host, port and the admin user (no password). */
    public record Server(String host, int port, String user, boolean embedded) {
        /** A JDBC URL for {@code database} on this server. */
        public String jdbcUrl(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }

        /** A connection as the admin user to {@code database}. */
        public Connection connect(String database) throws SQLException {
            Properties props = new Properties();
            props.setProperty("user", user);
            props.setProperty("connectTimeout", "3");
            return DriverManager.getConnection(jdbcUrl(database), props);
        }
    }

    /** A fresh database of {@code provider}: {@code postgresql} or {@code sqlite}. */
    public static TestDatabase of(String provider) {
        switch (provider) {
            case "postgresql":
                return postgres();
            case "sqlite":
                return sqlite();
            default:
                throw new IllegalArgumentException("no test databases for provider " + provider);
        }
    }

    /** A fresh PostgreSQL database, dropped on {@link TestDatabase#close()} or at JVM end. */
    public static TestDatabase postgres() {
        Server s = server();
        String name = "refract_t_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet() + "_"
                + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = s.connect("postgres"); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE \"" + name + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + " on " + s, e);
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(s.jdbcUrl(name));
        ds.setUser(s.user());
        return register(new TestDatabase("postgresql", name, s.jdbcUrl(name),
                "postgresql://" + s.user() + "@" + s.host() + ":" + s.port() + "/" + name, ds, s, null));
    }

    /** A fresh SQLite database in a temporary file, deleted on close or at JVM end. */
    public static TestDatabase sqlite() {
        try {
            Path file = Files.createTempFile("refract-test-", ".db");
            SQLiteDataSource ds = new SQLiteDataSource();
            ds.setUrl("jdbc:sqlite:" + file);
            return register(new TestDatabase("sqlite", file.getFileName().toString(), "jdbc:sqlite:" + file,
                    "file:" + file, ds, null, file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server {@link #postgres()} uses, found (or started) on first call. */
    public static synchronized Server server() {
        if (server == null) {
            server = findServer();
        }
        return server;
    }

    private static Server findServer() {
        String mode = System.getProperty(MODE_PROPERTY, "auto").toLowerCase(Locale.ROOT);
        if (!mode.equals("embedded")) {
            Server local = new Server(LOCAL_HOST, LOCAL_PORT, ADMIN_USER, false);
            try (Connection probe = local.connect("postgres")) {
                probe.isValid(3);
                return local;
            } catch (SQLException e) {
                if (mode.equals("local") || "true".equalsIgnoreCase(System.getenv("CI"))) {
                    throw new AssertionError("No PostgreSQL at " + LOCAL_HOST + ":" + LOCAL_PORT
                            + " (required under CI=true or -D" + MODE_PROPERTY + "=local): " + e.getMessage(), e);
                }
            }
        }
        try {
            embedded = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        }
        return new Server("localhost", embedded.getPort(), ADMIN_USER, true);
    }

    private static TestDatabase register(TestDatabase db) {
        synchronized (OPEN) {
            OPEN.add(db);
        }
        return db;
    }

    static void forget(TestDatabase db) {
        synchronized (OPEN) {
            OPEN.remove(db);
        }
    }

    private static void shutdown() {
        List<TestDatabase> left;
        synchronized (OPEN) {
            left = new ArrayList<>(OPEN);
        }
        for (TestDatabase db : left) {
            db.close();
        }
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException ignored) {
                // The JVM is ending; the temp cluster is the OS's to clean.
            }
        }
    }

    static void drop(Server s, String name) {
        try (Connection c = s.connect("postgres"); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("refract tests: could not drop database " + name + ": " + e.getMessage());
        }
    }

    static void delete(Path file) {
        for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException ignored) {
                // A leftover temp file is harmless.
            }
        }
    }
}
