package dev.refract.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * One throw-away database from {@link TestDatabases}. Closing it drops the database (PostgreSQL)
 * or deletes the file (SQLite); closing twice is harmless.
 */
public final class TestDatabase implements AutoCloseable {
    private final String provider;
    private final String name;
    private final String jdbcUrl;
    private final String prismaUrl;
    private final DataSource dataSource;
    private final TestDatabases.Server server;
    private final Path file;
    private boolean closed;

    TestDatabase(String provider, String name, String jdbcUrl, String prismaUrl, DataSource dataSource,
                 TestDatabases.Server server, Path file) {
        this.provider = provider;
        this.name = name;
        this.jdbcUrl = jdbcUrl;
        this.prismaUrl = prismaUrl;
        this.dataSource = dataSource;
        this.server = server;
        this.file = file;
    }

    /** {@code postgresql} or {@code sqlite}. */
    public String provider() {
        return provider;
    }

    /** The database's name (PostgreSQL) or the file's name (SQLite). */
    public String name() {
        return name;
    }

    /** The JDBC URL, without user or password (the data source carries them). */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** The same database as a Prisma datasource URL ({@code postgresql://postgres@host:port/name}, {@code file:/tmp/...}). */
    public String prismaUrl() {
        return prismaUrl;
    }

    /** An unpooled data source for the database. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** A new connection; the caller closes it. */
    public Connection connect() throws SQLException {
        return dataSource.getConnection();
    }

    /** The PostgreSQL server (for admin work such as creating roles); null for SQLite. */
    public TestDatabases.Server server() {
        return server;
    }

    /** The SQLite file; null for PostgreSQL. */
    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        TestDatabases.forget(this);
        if (server != null) {
            TestDatabases.drop(server, name);
        } else {
            TestDatabases.delete(file);
        }
    }

    @Override
    public String toString() {
        return provider + " " + jdbcUrl;
    }
}
