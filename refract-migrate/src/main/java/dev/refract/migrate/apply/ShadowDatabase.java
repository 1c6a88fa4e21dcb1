package dev.refract.migrate.apply;

import dev.refract.engine.connect.PostgresUrl;
import dev.refract.engine.error.RefractException;
import dev.refract.migrate.ddl.SqlSchema;
import dev.refract.migrate.describe.SchemaDescriber;
import dev.refract.migrate.history.MigrationDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A throw-away database where migrations are replayed to learn the schema they produce, as Prisma
 * Migrate's shadow database: {@code migrate dev} compares it with the development database (drift)
 * and with the Prisma schema (the next migration).
 *
 * <p>Three kinds, all released by {@link #close()} on every path: on PostgreSQL a database
 * {@code prisma_migrate_shadow_db_<uuid>} created on the server of the development database and
 * dropped afterwards (Prisma's name, so a leftover one is recognisable); the datasource's
 * {@code shadowDatabaseUrl}, emptied before use and left in place; on SQLite a temporary file.
 */
public final class ShadowDatabase implements AutoCloseable {
    private static final Pattern PG_URL = Pattern.compile("^(postgres(?:ql)?://[^/?#]*)(/[^?#]*)?(.*)$",
            Pattern.DOTALL);

    private final MigrateDatabase db;
    private final List<String> namespaces;
    private final Runnable cleanup;

    private ShadowDatabase(MigrateDatabase db, List<String> namespaces, Runnable cleanup) {
        this.db = db;
        this.namespaces = namespaces;
        this.cleanup = cleanup;
    }

    /**
     * The shadow database for {@code main}: {@code shadowUrl} when given, else a temporary one.
     *
     * @param namespaces the datasource's PostgreSQL schemas (empty: the URL's schema)
     * @throws RefractException P3014 when the temporary database cannot be created
     */
    public static ShadowDatabase forDevelopment(MigrateDatabase main, String shadowUrl, Path baseDir,
                                                List<String> namespaces) {
        if (shadowUrl != null) {
            if (shadowUrl.strip().equals(main.urlText().strip())) {
                throw new RefractException("P1012", "shadowDatabaseUrl is the same as url for datasource. Please specify"
                        + " a different database as shadow database to avoid data loss.");
            }
            return external(shadowUrl, baseDir, namespaces);
        }
        return main.provider().equals("sqlite") ? temporarySqlite() : onServerOf(main, namespaces);
    }

    /** A given database (a {@code shadowDatabaseUrl}), emptied first and left in place afterwards. */
    public static ShadowDatabase external(String url, Path baseDir, List<String> namespaces) {
        MigrateDatabase db = MigrateDatabase.open(url, baseDir);
        try {
            DatabaseReset.reset(db, namespaces);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return new ShadowDatabase(db, namespaces, db::close);
    }

    /** A new SQLite database in a temporary file, deleted on close. */
    public static ShadowDatabase temporarySqlite() {
        Path file;
        try {
            file = Files.createTempFile("prisma_migrate_shadow_db_", ".db");
        } catch (IOException e) {
            throw new RefractException("P3014", shadowFailure("", e.getMessage()), Map.of(), e);
        }
        MigrateDatabase db = MigrateDatabase.open("file:" + file.toAbsolutePath(), file.getParent());
        return new ShadowDatabase(db, List.of(), () -> {
            db.close();
            for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
                try {
                    Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
                } catch (IOException ignored) {
                    // A temp file left behind is the OS's to clean.
                }
            }
        });
    }

    /**
     * A new database {@code prisma_migrate_shadow_db_<uuid>} on {@code main}'s PostgreSQL server,
     * reached with the same credentials and parameters, dropped on close.
     *
     * @throws RefractException P3014 with the server's reason when it cannot be created
     */
    public static ShadowDatabase onServerOf(MigrateDatabase main, List<String> namespaces) {
        String name = "prisma_migrate_shadow_db_" + UUID.randomUUID();
        try (Statement st = main.connection().createStatement()) {
            st.execute("CREATE DATABASE \"" + name + "\"");
        } catch (SQLException e) {
            String[] codeAndMessage = main.describe(e);
            throw new RefractException("P3014", shadowFailure("", codeAndMessage[1]), Map.of(), e);
        }
        Runnable drop = () -> dropQuietly(main, name);
        MigrateDatabase shadow;
        try {
            shadow = MigrateDatabase.open(withDatabase(main.urlText(), name), null);
            if (namespaces.isEmpty()) {
                // Migrations do not create the URL's own schema (Prisma's engine makes sure it exists).
                String schema = ((PostgresUrl) shadow.url()).schema();
                try (Statement st = shadow.connection().createStatement()) {
                    st.execute("CREATE SCHEMA IF NOT EXISTS \"" + schema.replace("\"", "\"\"") + "\"");
                }
            }
        } catch (RuntimeException | SQLException e) {
            drop.run();
            if (e instanceof RefractException r) {
                throw new RefractException("P3014", shadowFailure(r.code() == null ? "" : "Error code: " + r.code() + "\n",
                        r.getMessage()), Map.of(), e);
            }
            throw new RefractException("P3014", shadowFailure("", e.getMessage()), Map.of(), e);
        }
        MigrateDatabase opened = shadow;
        return new ShadowDatabase(shadow, namespaces, () -> {
            opened.close();
            drop.run();
        });
    }

    /** {@code url} with its database (the path) replaced by {@code database}, parameters kept. */
    static String withDatabase(String url, String database) {
        Matcher m = PG_URL.matcher(url.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a PostgreSQL URL");
        }
        return m.group(1) + "/" + database + m.group(3);
    }

    private static void dropQuietly(MigrateDatabase main, String name) {
        try (Statement st = main.connection().createStatement()) {
            st.execute("DROP DATABASE IF EXISTS \"" + name + "\"");
        } catch (SQLException e) {
            // A session still attached (PostgreSQL 13+ can end it); else the name says what it was.
            try (Statement st = main.connection().createStatement()) {
                st.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
            } catch (SQLException ignored) {
                // Nothing more to do: Prisma's own leftovers carry the same recognisable name.
            }
        }
    }

    private static String shadowFailure(String errorCode, String error) {
        return "Prisma Migrate could not create the shadow database. Please make sure the database user has permission"
                + " to create databases. Read more about the shadow database (and workarounds) at"
                + " https://pris.ly/d/migrate-shadow\n\nOriginal error: " + errorCode + "\n" + error;
    }

    /** The shadow database's connection. */
    public MigrateDatabase db() {
        return db;
    }

    /**
     * Applies {@code migrations} in order, outside any history (the shadow database keeps none).
     *
     * @throws RefractException P3006 naming the migration that failed and the database's error
     */
    public void apply(List<MigrationDirectory> migrations) {
        for (MigrationDirectory m : migrations) {
            String script = m.script();
            try {
                db.run(script, null);
            } catch (MigrateDatabase.ScriptFailure failure) {
                throw doesNotApplyCleanly(m.name(), failure.sqlCause());
            } catch (SQLException e) {
                throw db.error(e);
            }
        }
    }

    private RefractException doesNotApplyCleanly(String name, SQLException e) {
        String[] codeAndMessage = db.describe(e);
        String code = codeAndMessage[0];
        String inner;
        if ("42P01".equals(code) || codeAndMessage[1].startsWith("no such table")) {
            // Prisma reports a missing table with its own code.
            String table = codeAndMessage[1].replaceAll("^[^\"]*\"([^\"]*)\".*$|^no such table: (?:main\\.)?(\\S+).*$",
                    "$1$2");
            inner = "Error code: P1014\nError:\nThe underlying table for model `" + table + "` does not exist.";
        } else {
            inner = "Error:\n" + codeAndMessage[1];
        }
        return new RefractException("P3006", "Migration `" + name + "` failed to apply cleanly to the shadow database. \n"
                + inner, Map.of("migration_name", name), e);
    }

    /** Empties the shadow database again (its schemas, or every table on SQLite). */
    public void reset() {
        DatabaseReset.reset(db, namespaces);
    }

    /** The schema the shadow database holds now. */
    public SqlSchema describe() {
        return SchemaDescriber.describe(db.connection(), db.provider(), namespaces);
    }

    /** Disconnects, and drops or deletes a temporary shadow database. */
    @Override
    public void close() {
        cleanup.run();
    }
}
