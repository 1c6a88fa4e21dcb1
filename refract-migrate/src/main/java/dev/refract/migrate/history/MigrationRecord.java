package dev.refract.migrate.history;

import java.time.Instant;

/**
 * One row of {@code _prisma_migrations}. A migration name may have several rows: a failed attempt
 * marked rolled back, then the attempt that succeeded.
 *
 * @param id a random UUID
 * @param checksum the sha256 of the script applied (see {@link Checksums})
 * @param finishedAt when the script finished; null while running or after a failure
 * @param migrationName the migration's directory name
 * @param logs the error of a failed attempt; null (or empty) otherwise
 * @param rolledBackAt when {@code migrate resolve --rolled-back} closed a failed attempt; null otherwise
 * @param startedAt when the attempt started
 * @param appliedStepsCount 1 once the script ran, 0 before, after a failure, and for rows written
 *                          by {@code migrate resolve --applied} (nothing was run); Prisma counts the
 *                          whole script as one step
 */
public record MigrationRecord(String id, String checksum, Instant finishedAt, String migrationName, String logs,
                              Instant rolledBackAt, Instant startedAt, int appliedStepsCount) {
    /** Started, neither finished nor rolled back: a failed (or interrupted) attempt that blocks deploys. */
    public boolean failed() {
        return finishedAt == null && rolledBackAt == null;
    }

    /** Finished and not rolled back: the migration counts as applied. */
    public boolean applied() {
        return finishedAt != null && rolledBackAt == null;
    }
}
