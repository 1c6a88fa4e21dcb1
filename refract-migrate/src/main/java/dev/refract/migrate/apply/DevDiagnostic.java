package dev.refract.migrate.apply;

import dev.refract.migrate.ddl.MigrationDiff;
import dev.refract.migrate.ddl.SqlSchema;
import dev.refract.migrate.describe.SchemaDescriber;
import dev.refract.migrate.history.Checksums;
import dev.refract.migrate.history.MigrationDirectory;
import dev.refract.migrate.history.MigrationRecord;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@code migrate dev} checks before it writes anything, as Prisma's schema engine checks it:
 * the history against the folder (failed, edited, missing migrations), and <b>drift</b>: the
 * migrations the database recorded as applied are replayed on the shadow database, and the schema
 * they give is compared with the development database's. Then every local migration is replayed,
 * so one that does not apply cleanly is found (P3006) and the shadow database ends up holding the
 * schema the whole folder produces, which the next migration starts from.
 *
 * @param resetReason why the database needs a reset, in Prisma's words; null when it does not
 * @param migrationsSchema the schema the whole migrations folder produces (from the shadow database)
 * @param hasMigrationsTable whether the development database has {@code _prisma_migrations}
 */
public record DevDiagnostic(String resetReason, SqlSchema migrationsSchema, boolean hasMigrationsTable) {
    static final String DRIFT_DETECTED = "Drift detected: Your database schema is not in sync with your migration"
            + " history.\n\nThe following is a summary of the differences between the expected database schema given"
            + " your migrations files, and the actual schema of the database.\n\nIt should be understood as the set of"
            + " changes to get from the expected schema to the actual schema.\n";
    static final String FIRST_TIME = "\nIf you are running this the first time on an existing database, please make"
            + " sure to read this documentation page:\nhttps://www.prisma.io/docs/guides/database/developing-with-prisma-"
            + "migrate/troubleshooting-development\n";

    /**
     * Diagnoses {@code db} against the folder's migrations {@code local}, using {@code shadow}.
     *
     * @param records the history table's rows, oldest first (empty without the table)
     * @throws dev.refract.engine.error.RefractException P3006 when a migration does not apply
     *         cleanly to the shadow database, P3015 when a migration's script is missing
     */
    static DevDiagnostic of(MigrateDatabase db, ShadowDatabase shadow, List<MigrationDirectory> local,
                            boolean hasTable, List<MigrationRecord> records, List<String> namespaces) {
        List<String> edited = new ArrayList<>();
        List<String> localNames = new ArrayList<>();
        int firstNotInDb = -1;
        for (int i = 0; i < local.size(); i++) {
            MigrationDirectory m = local.get(i);
            localNames.add(m.name());
            MigrationRecord row = records.stream().filter(r -> r.migrationName().equals(m.name())).findFirst().orElse(null);
            if (row == null) {
                firstNotInDb = firstNotInDb < 0 ? i : firstNotInDb;
            } else if (!Checksums.matches(m.script(), row.checksum())) {
                edited.add(m.name());
            }
        }
        Set<String> failed = new LinkedHashSet<>();
        Set<String> notInFolder = new LinkedHashSet<>();
        for (MigrationRecord r : records) {
            if (r.finishedAt() == null && r.rolledBackAt() == null) {
                failed.add(r.migrationName());
            }
            if (!localNames.contains(r.migrationName())) {
                notInFolder.add(r.migrationName());
            }
        }
        List<MigrationDirectory> applied = local.stream().filter(m -> records.stream().anyMatch(r ->
                r.finishedAt() != null && r.rolledBackAt() == null && r.migrationName().equals(m.name()))).toList();

        shadow.apply(applied);
        SqlSchema expected = shadow.describe();
        SqlSchema actual = SchemaDescriber.describe(db.connection(), db.provider(), namespaces);
        MigrationDiff drift = MigrationDiff.between(expected, actual, db.provider());
        // Then every local migration, in order: the applied ones already ran when they are a prefix.
        if (local.subList(0, Math.min(applied.size(), local.size())).equals(applied)) {
            shadow.apply(local.subList(applied.size(), local.size()));
        } else {
            shadow.reset();
            shadow.apply(local);
        }
        SqlSchema all = shadow.describe();

        List<String> reasons = new ArrayList<>();
        for (String name : failed) {
            reasons.add("The migration `" + name + "` failed.");
        }
        for (String name : edited) {
            reasons.add("The migration `" + name + "` was modified after it was applied.");
        }
        if (!drift.isEmpty()) {
            reasons.add(DRIFT_DETECTED + (hasTable ? "" : FIRST_TIME) + drift.summary());
        }
        if (!notInFolder.isEmpty()) {
            List<String> unpersisted = new ArrayList<>(notInFolder);
            if (firstNotInDb >= 0) {
                String details = firstNotInDb == 0 ? "" : " Last common migration: `" + localNames.get(firstNotInDb - 1)
                        + "`. Migrations applied to the database but absent from the migrations directory are: "
                        + String.join(", ", unpersisted);
                reasons.add("The migrations recorded in the database diverge from the local migrations directory."
                        + details);
            } else {
                reasons.add("The following migration(s) are applied to the database but missing from the local"
                        + " migrations directory: " + String.join(", ", unpersisted));
            }
        }
        String reason = null;
        if (reasons.size() == 1) {
            reason = reasons.get(0);
        } else if (reasons.size() > 1) {
            StringBuilder b = new StringBuilder();
            for (String r : reasons) {
                b.append("- ").append(r).append('\n');
            }
            reason = b.toString();
        }
        return new DevDiagnostic(reason, all, hasTable);
    }
}
