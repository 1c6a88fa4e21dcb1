package dev.refract.migrate.apply;

import dev.refract.engine.error.RefractException;
import dev.refract.migrate.history.MigrationRecord;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Prisma Migrate's user-facing errors, with Prisma's codes and wording. */
final class MigrateErrors {
    private static final String RESOLVE = "https://pris.ly/d/migrate-resolve";

    private MigrateErrors() {
    }

    static RefractException schemaNotEmpty() {
        return new RefractException("P3005", "The database schema is not empty. Read more about how to baseline an"
                + " existing production database: https://pris.ly/d/migrate-baseline");
    }

    static RefractException alreadyApplied(String name) {
        return new RefractException("P3008", "The migration `" + name + "` is already recorded as applied in the"
                + " database.", Map.of("migration_name", name), null);
    }

    static RefractException foundFailed(List<MigrationRecord> failed) {
        StringBuilder details = new StringBuilder();
        for (MigrationRecord r : failed) {
            String logs = r.logs() == null || r.logs().isBlank() ? "" : " with the following logs:\n" + r.logs().strip();
            details.append("The `").append(r.migrationName()).append("` migration started at ")
                    .append(utc(r.startedAt())).append(" failed").append(logs).append('\n');
        }
        return new RefractException("P3009", "migrate found failed migrations in the target database, new migrations"
                + " will not be applied. Read more about how to resolve migration issues in a production database: "
                + RESOLVE + "\n" + details, Map.of("details", details.toString()), null);
    }

    static RefractException neverApplied(String name) {
        return new RefractException("P3011", "Migration `" + name + "` cannot be rolled back because it was never"
                + " applied to the database. Hint: did you pass in the whole migration name? (example:"
                + " \"20201207184859_initial_migration\")", Map.of("migration_name", name), null);
    }

    static RefractException notFailed(String name) {
        return new RefractException("P3012", "Migration `" + name + "` cannot be rolled back because it is not in a"
                + " failed state.", Map.of("migration_name", name), null);
    }

    static RefractException notFound(String name) {
        return new RefractException("P3017", "The migration " + name + " could not be found. Please make sure that"
                + " the migration exists, and that you included the whole name of the directory. (example:"
                + " \"20201207184859_initial_migration\")", Map.of("migration_name", name), null);
    }

    /** P3018's message; also what the failed row's {@code logs} holds. */
    static String applyFailedMessage(String name, String code, String error) {
        return "A migration failed to apply. New migrations cannot be applied before the error is recovered from."
                + " Read more about how to resolve migration issues in a production database: " + RESOLVE
                + "\n\nMigration name: " + name + "\n\nDatabase error code: " + code + "\n\nDatabase error:\n" + error
                + "\n";
    }

    static RefractException applyFailed(String name, String code, String error, Throwable cause) {
        return new RefractException("P3018", applyFailedMessage(name, code, error),
                Map.of("migration_name", name, "database_error_code", code, "database_error", error), cause);
    }

    /** A UTC time as Prisma prints one: {@code 2024-01-02 03:04:05.678 UTC}, fractions in groups of three. */
    static String utc(Instant at) {
        if (at == null) {
            return "(unknown)";
        }
        LocalDateTime t = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        String base = String.format("%04d-%02d-%02d %02d:%02d:%02d", t.getYear(), t.getMonthValue(),
                t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond());
        int nanos = t.getNano();
        String fraction = "";
        if (nanos != 0) {
            fraction = nanos % 1_000_000 == 0 ? String.format(".%03d", nanos / 1_000_000)
                    : nanos % 1000 == 0 ? String.format(".%06d", nanos / 1000) : String.format(".%09d", nanos);
        }
        return base + fraction + " UTC";
    }
}
