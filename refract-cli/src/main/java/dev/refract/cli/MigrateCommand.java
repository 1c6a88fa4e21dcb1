package dev.refract.cli;

import dev.refract.migrate.apply.Migrate;
import dev.refract.migrate.apply.MigrateDatabase;
import dev.refract.migrate.apply.MigrationLock;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code refract migrate}: Prisma Migrate's commands, {@code dev}, {@code reset}, {@code deploy},
 * {@code status}, {@code resolve} and {@code diff}, on the migrations folder beside the schema and the database's
 * {@code _prisma_migrations} table, compatible with Prisma's own.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Apply and inspect migrations (prisma/migrations and the _prisma_migrations table).")
final class MigrateCommand implements Callable<Integer> {
    /** Environment variable: how long to wait for the migration lock, in milliseconds (default 10000). */
    static final String LOCK_TIMEOUT_ENV = "REFRACT_MIGRATE_LOCK_TIMEOUT";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** A {@link Migrate} on {@code db} and {@code target}'s folder, with the lock timeout of the environment. */
    static Migrate migrate(MigrateDatabase db, MigrateTarget target) {
        return new Migrate(db, target.migrations(), lockTimeout());
    }

    /** The lock timeout: {@value #LOCK_TIMEOUT_ENV} in milliseconds, else Prisma's 10 s. */
    static Duration lockTimeout() {
        String timeout = System.getenv(LOCK_TIMEOUT_ENV);
        Duration lockTimeout = MigrationLock.DEFAULT_TIMEOUT;
        if (timeout != null && !timeout.isBlank()) {
            try {
                lockTimeout = Duration.ofMillis(Long.parseLong(timeout.strip()));
            } catch (NumberFormatException e) {
                throw new UsageException(LOCK_TIMEOUT_ENV + " must be a number of milliseconds, not `" + timeout + "`");
            }
        }
        return lockTimeout;
    }
}
