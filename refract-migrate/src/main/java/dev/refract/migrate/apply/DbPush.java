package dev.refract.migrate.apply;

import dev.refract.engine.error.RefractException;
import dev.refract.migrate.check.CheckResult;
import dev.refract.migrate.check.DestructiveChecks;
import dev.refract.migrate.ddl.MigrationDiff;
import dev.refract.migrate.ddl.SqlSchema;
import dev.refract.migrate.describe.SchemaDescriber;
import dev.refract.model.SchemaModel;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * {@code db push}: makes the database match a schema without a migration. Under the
 * {@link MigrationLock}, the database is described, diffed against the schema's target, and the
 * {@link DestructiveChecks destructive change checker} counts its rows; the change runs only when
 * no step is unexecutable and, unless data loss is accepted, nothing warns. The migration history
 * ({@code _prisma_migrations}) is neither read nor written. The change runs in one transaction
 * where {@link SqlScript} allows, so a failure leaves the database as it was.
 *
 * <pre>{@code
 * try (MigrateDatabase db = MigrateDatabase.open(url, schemaDir)) {
 *     DbPush.Outcome outcome = DbPush.push(db, model, List.of(), false, MigrationLock.DEFAULT_TIMEOUT);
 * }
 * }</pre>
 */
public final class DbPush {
    private DbPush() {
    }

    /**
     * What a push found and did.
     *
     * @param checks the warnings and unexecutable steps found before anything ran
     * @param executedSteps the number of migration steps run; 0 when refused or already in sync
     */
    public record Outcome(CheckResult checks, int executedSteps) {
        /** True when the change ran (or there was none). */
        public boolean applied() {
            return !checks.hasUnexecutable() && (executedSteps > 0 || !checks.hasWarnings());
        }
    }

    /**
     * Pushes {@code target} to the database.
     *
     * @param namespaces the PostgreSQL schemas the datasource lists (empty: the URL's schema)
     * @param acceptDataLoss run even when the checker warns ({@code --accept-data-loss})
     * @throws RefractException P1002 when the lock times out, or the database's error when a statement fails
     */
    public static Outcome push(MigrateDatabase db, SchemaModel target, List<String> namespaces, boolean acceptDataLoss,
                               Duration lockTimeout) {
        try (MigrationLock lock = MigrationLock.acquire(db, lockTimeout)) {
            SqlSchema current = SchemaDescriber.describe(db.connection(), db.provider(), namespaces);
            MigrationDiff diff = MigrationDiff.between(current, SqlSchema.of(target), db.provider());
            if (diff.isEmpty()) {
                return new Outcome(CheckResult.NONE, 0);
            }
            CheckResult checks = DestructiveChecks.check(db.connection(), db.provider(), diff);
            if (checks.hasUnexecutable() || checks.hasWarnings() && !acceptDataLoss) {
                return new Outcome(checks, 0);
            }
            try {
                db.run(diff.script(), null);
            } catch (MigrateDatabase.ScriptFailure e) {
                throw db.error(e.sqlCause());
            }
            return new Outcome(checks, diff.stepCount());
        } catch (SQLException e) {
            throw db.error(e);
        }
    }
}
