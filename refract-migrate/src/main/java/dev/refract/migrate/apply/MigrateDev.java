package dev.refract.migrate.apply;

import dev.refract.engine.error.RefractException;
import dev.refract.migrate.check.CheckResult;
import dev.refract.migrate.check.DestructiveChecks;
import dev.refract.migrate.ddl.MigrationDiff;
import dev.refract.migrate.ddl.SqlSchema;
import dev.refract.migrate.history.HistoryTable;
import dev.refract.migrate.history.MigrationDirectory;
import dev.refract.migrate.history.MigrationRecord;
import dev.refract.migrate.history.MigrationsFolder;
import dev.refract.model.SchemaModel;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code migrate dev}, as Prisma 6 runs it: under the migration lock, {@link DevDiagnostic} checks
 * the history and drift on a {@link ShadowDatabase}; a database that needs a reset stops here
 * ({@link ResetRequired}, Prisma never resets in {@code migrate dev}). Otherwise the pending
 * migrations are applied, the next migration is the difference from the schema the folder
 * produces to the schema the Prisma schema asks for, written to
 * {@code <yyyyMMddHHmmss>_<name>/migration.sql} (and {@code migration_lock.toml} when missing),
 * applied and recorded, unless {@code createOnly}. Destructive changes are checked first
 * ({@link DestructiveChecks}, counted on the development database): unexecutable steps stop it,
 * warnings need {@link Confirm}, and the file starts with Prisma's {@code /* Warnings *}{@code /} comment.
 *
 * <pre>{@code
 * try (MigrateDatabase db = MigrateDatabase.open(url, schemaDir)) {
 *     MigrateDev.Result r = new MigrateDev(db, folder, model, List.of(), () -> ShadowDatabase.forDevelopment(db, null, schemaDir, List.of()))
 *             .run("init", false, MigrateDev.Confirm.NON_INTERACTIVE);
 * }
 * }</pre>
 */
public final class MigrateDev {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private final MigrateDatabase db;
    private final MigrationsFolder folder;
    private final SchemaModel target;
    private final List<String> namespaces;
    private final Supplier<ShadowDatabase> shadows;
    private Duration lockTimeout = MigrationLock.DEFAULT_TIMEOUT;
    private Clock clock = Clock.systemUTC();

    /**
     * @param target the Prisma schema's model (what the database should become)
     * @param namespaces the datasource's PostgreSQL schemas; empty for the URL's schema
     * @param shadows opens the shadow database when it is needed (closed here on every path)
     */
    public MigrateDev(MigrateDatabase db, MigrationsFolder folder, SchemaModel target, List<String> namespaces,
                      Supplier<ShadowDatabase> shadows) {
        this.db = db;
        this.folder = folder;
        this.target = target;
        this.namespaces = namespaces;
        this.shadows = shadows;
    }

    /** How long to wait for the migration lock. */
    public MigrateDev lockTimeout(Duration timeout) {
        this.lockTimeout = timeout;
        return this;
    }

    /** The clock that names new migrations (tests step it). */
    public MigrateDev clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    /** The database needs a reset (drift, edited, failed or missing migrations); Prisma stops with exit code 130. */
    public static final class ResetRequired extends RuntimeException {
        private final String reason;

        ResetRequired(String reason) {
            super(reason);
            this.reason = reason;
        }

        /** Why, in Prisma's words (one reason, or several as a list). */
        public String reason() {
            return reason;
        }
    }

    /** Asks whether to go on despite warnings; {@link #NON_INTERACTIVE} refuses as Prisma does without a terminal. */
    @FunctionalInterface
    public interface Confirm {
        /** Prisma's error for warnings without a terminal to ask on. */
        Confirm NON_INTERACTIVE = (warnings, createOnly) -> {
            throw new RefractException(null, "Prisma Migrate has detected that the environment is non-interactive,"
                    + " which is not supported.\n\n`prisma migrate dev` is an interactive command designed to create new"
                    + " migrations and evolve the database in development.\nTo apply existing migrations in deployments,"
                    + " use prisma migrate deploy.\nSee https://www.prisma.io/docs/reference/api-reference/command-"
                    + "reference#migrate-deploy");
        };

        /** True to go on; false cancels (nothing is written). */
        boolean dataLoss(List<String> warnings, boolean createOnly);
    }

    /**
     * What happened.
     *
     * @param appliedPending migrations of the folder that were applied first
     * @param created the new migration's directory name, or null when the schema needed none
     * @param createdApplied whether the new migration was applied (false with {@code createOnly})
     * @param warnings the destructive-change warnings that were accepted
     * @param unexecutable steps that cannot run on the data present (only with {@code createOnly}:
     *                     the migration is written for the user to edit)
     * @param cancelled true when {@link Confirm} said no
     */
    public record Result(List<String> appliedPending, String created, boolean createdApplied, List<String> warnings,
                         List<String> unexecutable, boolean cancelled) {
    }

    /**
     * Runs {@code migrate dev}.
     *
     * @param name the migration's name ({@code --name}), slugged as Prisma slugs it; null or blank for none
     * @param createOnly write the migration (even an empty one) without applying it
     * @throws ResetRequired when the database must be reset first
     * @throws RefractException P3006 a migration does not apply on the shadow database, P3014 no
     *         shadow database, P3018 a migration failed on the database, P3019 wrong provider, P1002 lock
     */
    public Result run(String name, boolean createOnly, Confirm confirm) {
        return run(() -> name, createOnly, confirm);
    }

    /**
     * As {@link #run(String, boolean, Confirm)}, asking for the name only once a migration is to be
     * written (the CLI prompts for it on a terminal, as Prisma does).
     */
    public Result run(Supplier<String> name, boolean createOnly, Confirm confirm) {
        folder.checkProvider(db.provider());
        List<MigrationDirectory> local = folder.list();
        try (MigrationLock lock = MigrationLock.acquire(db, lockTimeout)) {
            Migrate.ensureUrlSchema(db);
            HistoryTable history = new HistoryTable(db.connection(), db.provider());
            boolean hasTable = history.exists();
            List<MigrationRecord> records = hasTable ? history.list() : List.of();
            DevDiagnostic diagnostic;
            try (ShadowDatabase shadow = shadows.get()) {
                diagnostic = DevDiagnostic.of(db, shadow, local, hasTable, records, namespaces);
            }
            if (diagnostic.resetReason() != null) {
                throw new ResetRequired(diagnostic.resetReason());
            }
            if (!hasTable) {
                history.create();
            }
            List<String> pending = new ArrayList<>();
            for (MigrationDirectory m : local) {
                if (records.stream().noneMatch(r -> r.rolledBackAt() == null && r.migrationName().equals(m.name()))) {
                    Migrate.apply(db, history, m);
                    pending.add(m.name());
                }
            }
            SqlSchema from = diagnostic.migrationsSchema();
            SqlSchema to = SqlSchema.of(target);
            MigrationDiff diff = MigrationDiff.between(from, to, db.provider());
            // Counted on the development database, which now holds what the folder produces.
            CheckResult loss = DestructiveChecks.check(db.connection(), db.provider(), diff);
            if (loss.hasUnexecutable() && !createOnly) {
                throw unexecutable(loss.unexecutable());
            }
            if (loss.hasWarnings() && !confirm.dataLoss(loss.warnings(), createOnly)) {
                return new Result(pending, null, false, loss.warnings(), loss.unexecutable(), true);
            }
            if (diff.isEmpty() && !createOnly) {
                return new Result(pending, null, false, List.of(), loss.unexecutable(), false);
            }
            // The file's warnings are worded without counts: the migration will run on other databases too.
            String script = diff.isEmpty() ? "-- This is an empty migration."
                    : DestructiveChecks.pureCheck(diff).withHeader(diff.script());
            MigrationDirectory created = folder.create(nextTimestamp(local), name.get(), script);
            if (folder.lockedProvider().isEmpty()) {
                folder.writeLock(db.provider());
            }
            if (!createOnly) {
                Migrate.apply(db, history, created);
            }
            return new Result(pending, created.name(), !createOnly, loss.warnings(), loss.unexecutable(), false);
        } catch (SQLException e) {
            throw db.error(e);
        }
    }

    /** Now, or one second after the newest migration when that is later, so the new one always sorts last. */
    private Instant nextTimestamp(List<MigrationDirectory> local) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        if (!local.isEmpty()) {
            String last = local.get(local.size() - 1).name();
            if (last.length() >= 14 && last.substring(0, 14).chars().allMatch(Character::isDigit)) {
                Instant newest = TIMESTAMP.parse(last.substring(0, 14), Instant::from);
                if (!now.isAfter(newest)) {
                    return newest.plusSeconds(1);
                }
            }
        }
        return now;
    }

    private static RefractException unexecutable(List<String> steps) {
        StringBuilder b = new StringBuilder("\n⚠️ We found changes that cannot be executed:\n\n");
        for (String s : steps) {
            b.append("  • ").append(s).append('\n');
        }
        b.append("\nYou can use prisma migrate dev --create-only to create the migration file, and manually modify it"
                + " to address the underlying issue(s).\nThen run prisma migrate dev to apply it and verify it works.\n");
        return new RefractException(null, b.toString());
    }
}
