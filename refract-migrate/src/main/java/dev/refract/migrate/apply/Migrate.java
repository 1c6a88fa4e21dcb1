package dev.refract.migrate.apply;

import dev.refract.engine.error.RefractException;
import dev.refract.migrate.history.HistoryTable;
import dev.refract.migrate.history.MigrationDirectory;
import dev.refract.migrate.history.MigrationRecord;
import dev.refract.migrate.history.MigrationsFolder;
import dev.refract.engine.connect.PostgresUrl;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Prisma Migrate's commands on a live database: {@link #deploy}, {@link #resolveApplied},
 * {@link #resolveRolledBack} and {@link #diagnose} (what {@code migrate status} reports). Each
 * holds the {@link MigrationLock} from start to end, and releases it on every path.
 *
 * <pre>{@code
 * try (MigrateDatabase db = MigrateDatabase.open(url, schemaDir)) {
 *     List<String> applied = new Migrate(db, MigrationsFolder.besideSchema(schemaDir)).deploy(name -> {});
 * }
 * }</pre>
 */
public final class Migrate {
    private final MigrateDatabase db;
    private final MigrationsFolder folder;
    private final Duration lockTimeout;

    public Migrate(MigrateDatabase db, MigrationsFolder folder) {
        this(db, folder, MigrationLock.DEFAULT_TIMEOUT);
    }

    public Migrate(MigrateDatabase db, MigrationsFolder folder, Duration lockTimeout) {
        this.db = db;
        this.folder = folder;
        this.lockTimeout = lockTimeout;
    }

    /**
     * {@code migrate deploy}: applies the migrations not yet applied, in order. Each is recorded
     * started, then finished; on PostgreSQL and SQLite it runs in one transaction where
     * {@link SqlScript} allows, so a failure leaves the database as it was.
     *
     * @param applying told each migration's name just before it runs
     * @return the names applied
     * @throws RefractException P3005 first deploy to a non-empty schema, P3009 a failed migration is
     *         recorded, P3018 a migration failed now (recorded failed, with its error as logs),
     *         P3019 the folder is for another provider, P1002 the lock timed out
     */
    public List<String> deploy(Consumer<String> applying) {
        folder.checkProvider(db.provider());
        List<MigrationDirectory> local = folder.list();
        try (MigrationLock lock = MigrationLock.acquire(db, lockTimeout)) {
            HistoryTable history = new HistoryTable(db.connection(), db.provider());
            List<MigrationRecord> records = initialize(history);
            List<MigrationRecord> failed = records.stream().filter(MigrationRecord::failed).toList();
            if (!failed.isEmpty()) {
                throw MigrateErrors.foundFailed(failed);
            }
            List<String> applied = new ArrayList<>();
            for (MigrationDirectory m : local) {
                boolean done = records.stream().anyMatch(r -> r.rolledBackAt() == null && r.migrationName().equals(m.name()));
                if (!done) {
                    applying.accept(m.name());
                    apply(db, history, m);
                    applied.add(m.name());
                }
            }
            return applied;
        } catch (SQLException e) {
            throw db.error(e);
        }
    }

    private List<MigrationRecord> initialize(HistoryTable history) throws SQLException {
        ensureUrlSchema(db);
        List<String> tables = history.tableNames();
        if (!tables.contains(HistoryTable.NAME)) {
            if (!tables.isEmpty()) {
                throw MigrateErrors.schemaNotEmpty();
            }
            history.create();
        }
        return history.list();
    }

    /** Creates the URL's {@code ?schema=} on PostgreSQL when it is missing, as Prisma does. */
    static void ensureUrlSchema(MigrateDatabase db) throws SQLException {
        if (db.url() instanceof PostgresUrl pg) {
            // As Prisma does: the URL's ?schema= is created when missing, so the history table has a
            // home. Only when missing: CREATE SCHEMA IF NOT EXISTS checks the CREATE privilege on the
            // database first, which a production user often lacks.
            try (Statement st = db.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT current_schema()")) {
                rs.next();
                if (rs.getString(1) == null) {
                    st.execute("CREATE SCHEMA \"" + pg.schema().replace("\"", "\"\"") + "\"");
                }
            }
        }
    }

    /** Runs migration {@code m} on {@code db} and records it in {@code history}; P3018 when it fails. */
    static void apply(MigrateDatabase db, HistoryTable history, MigrationDirectory m) throws SQLException {
        String script = m.script();
        String id = history.recordStarted(m.name(), dev.refract.migrate.history.Checksums.of(script));
        try {
            db.run(script, () -> {
                history.recordSuccessfulStep(id);
                history.recordFinished(id);
            });
        } catch (MigrateDatabase.ScriptFailure failure) {
            String[] codeAndMessage = db.describe(failure.sqlCause());
            String logs = MigrateErrors.applyFailedMessage(m.name(), codeAndMessage[0], codeAndMessage[1]);
            history.recordFailedStep(id, logs);
            throw MigrateErrors.applyFailed(m.name(), codeAndMessage[0], codeAndMessage[1], failure.getCause());
        }
    }

    /**
     * {@code migrate reset}: empties the database ({@link DatabaseReset}: its schemas on PostgreSQL,
     * every table on SQLite, the history included), then applies every migration of the folder.
     *
     * @param namespaces the datasource's PostgreSQL schemas; empty for the URL's schema
     * @param applying told each migration's name just before it runs
     * @return the names applied
     * @throws RefractException P3018 a migration failed, P3019 the folder is for another provider,
     *         P1002 the lock timed out
     */
    public List<String> reset(List<String> namespaces, Consumer<String> applying) {
        folder.checkProvider(db.provider());
        List<MigrationDirectory> local = folder.list();
        try (MigrationLock lock = MigrationLock.acquire(db, lockTimeout)) {
            DatabaseReset.reset(db, namespaces);
            HistoryTable history = new HistoryTable(db.connection(), db.provider());
            initialize(history);
            List<String> applied = new ArrayList<>();
            for (MigrationDirectory m : local) {
                applying.accept(m.name());
                apply(db, history, m);
                applied.add(m.name());
            }
            return applied;
        } catch (SQLException e) {
            throw db.error(e);
        }
    }

    /**
     * {@code migrate resolve --applied NAME}: records the migration as applied without running it
     * (baselining, or a failed migration fixed by hand). Failed attempts are marked rolled back.
     *
     * @throws RefractException P3017 no such migration locally, P3008 already applied
     */
    public void resolveApplied(String name) {
        folder.checkProvider(db.provider());
        try (MigrationLock lock = MigrationLock.acquire(db, lockTimeout)) {
            MigrationDirectory m = folder.find(name).orElseThrow(() -> MigrateErrors.notFound(name));
            String script;
            try {
                script = m.script();
            } catch (RefractException e) {
                throw MigrateErrors.notFound(name);
            }
            HistoryTable history = new HistoryTable(db.connection(), db.provider());
            if (!history.exists()) {
                history.create();
            }
            List<MigrationRecord> relevant = history.list().stream().filter(r -> r.migrationName().equals(name)).toList();
            if (relevant.stream().anyMatch(r -> r.finishedAt() != null)) {
                throw MigrateErrors.alreadyApplied(name);
            }
            for (MigrationRecord r : relevant) {
                if (r.failed()) {
                    history.markRolledBack(r.id());
                }
            }
            history.markApplied(name, dev.refract.migrate.history.Checksums.of(script));
        } catch (SQLException e) {
            throw db.error(e);
        }
    }

    /**
     * {@code migrate resolve --rolled-back NAME}: closes a failed attempt, so deploy runs the
     * migration again.
     *
     * @throws RefractException P3011 the migration was never attempted, P3012 it did not fail
     */
    public void resolveRolledBack(String name) {
        try (MigrationLock lock = MigrationLock.acquire(db, lockTimeout)) {
            HistoryTable history = new HistoryTable(db.connection(), db.provider());
            List<MigrationRecord> relevant = history.list().stream().filter(r -> r.migrationName().equals(name)).toList();
            if (relevant.isEmpty()) {
                throw MigrateErrors.neverApplied(name);
            }
            if (relevant.stream().allMatch(r -> r.finishedAt() != null)) {
                throw MigrateErrors.notFailed(name);
            }
            for (MigrationRecord r : relevant) {
                if (r.failed()) {
                    history.markRolledBack(r.id());
                }
            }
        } catch (SQLException e) {
            throw db.error(e);
        }
    }

    /** What {@code migrate status} reports: the history compared with the folder. Writes nothing. */
    public HistoryDiagnosis diagnose() {
        try {
            HistoryTable history = new HistoryTable(db.connection(), db.provider());
            boolean exists = history.exists();
            return HistoryDiagnosis.of(folder.list(), exists, exists ? history.list() : List.of());
        } catch (SQLException e) {
            throw db.error(e);
        }
    }
}
