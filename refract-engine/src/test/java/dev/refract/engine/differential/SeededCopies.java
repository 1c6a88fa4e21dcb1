package dev.refract.engine.differential;

import dev.refract.testing.TestDatabase;
import dev.refract.testing.TestDatabases;
import dev.refract.model.SchemaModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Fresh copies of the seeded differential database, one per write case: the tables (refract-migrate)
 * and the seed are set up once per dialect, then copied (PostgreSQL: {@code CREATE DATABASE ... TEMPLATE},
 * SQLite: the file), which is much cheaper than creating and seeding a database per case.
 */
final class SeededCopies implements AutoCloseable {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private final TestDatabase template;

    /** A fresh database for one case; closing it drops it. */
    interface Copy extends AutoCloseable {
        /** On SQLite with foreign keys on, as Refract's SQLite URLs open it and as Prisma's SQLite driver has them. */
        DataSource dataSource();

        @Override
        void close();
    }

    SeededCopies(SchemaModel model, String dialect) {
        this.template = dialect.equals("sqlite") ? TestDatabases.sqlite() : TestDatabases.postgres();
        DifferentialTest.setUp(template, model, dialect);
    }

    /** A new copy of the seeded database. */
    Copy copy() {
        return template.file() != null ? sqliteCopy() : postgresCopy();
    }

    private Copy sqliteCopy() {
        try {
            Path file = Files.createTempFile("refract-write-case-", ".db");
            Files.copy(template.file(), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            SQLiteConfig config = new SQLiteConfig();
            config.enforceForeignKeys(true);
            SQLiteDataSource ds = new SQLiteDataSource(config);
            ds.setUrl("jdbc:sqlite:" + file);
            return new Copy() {
                @Override
                public DataSource dataSource() {
                    return ds;
                }

                @Override
                public void close() {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Copy postgresCopy() {
        TestDatabases.Server server = template.server();
        String name = template.name() + "_c" + COUNTER.incrementAndGet();
        admin(server, "CREATE DATABASE \"" + name + "\" TEMPLATE \"" + template.name() + "\"");
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(server.jdbcUrl(name));
        ds.setUser(server.user());
        return new Copy() {
            @Override
            public DataSource dataSource() {
                return ds;
            }

            @Override
            public void close() {
                admin(server, "DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
            }
        };
    }

    private static void admin(TestDatabases.Server server, String sql) {
        try (Connection c = server.connect("postgres"); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + server, e);
        }
    }

    @Override
    public void close() {
        template.close();
    }
}
