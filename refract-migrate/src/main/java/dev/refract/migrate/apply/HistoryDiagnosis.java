package dev.refract.migrate.apply;

import dev.refract.migrate.history.Checksums;
import dev.refract.migrate.history.MigrationDirectory;
import dev.refract.migrate.history.MigrationRecord;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The migrations folder compared with {@code _prisma_migrations}, as Prisma's
 * {@code diagnoseMigrationHistory} compares them for {@code migrate status}.
 *
 * @param localNames the folder's migrations, in order
 * @param hasMigrationsTable whether the database has the history table
 * @param state how the two histories relate
 * @param unapplied local migrations the database has not applied (in order)
 * @param unpersisted migrations the database has applied that the folder lacks
 * @param lastCommon the last migration both share before they part, or null
 * @param failed migrations whose last attempt failed and was not resolved
 * @param edited applied migrations whose local script no longer matches the recorded checksum
 *               (line endings aside)
 */
public record HistoryDiagnosis(List<String> localNames, boolean hasMigrationsTable, State state,
                               List<String> unapplied, List<String> unpersisted, String lastCommon,
                               List<String> failed, List<String> edited) {
    /** How the folder and the database's history relate. */
    public enum State {
        /** Same migrations, same order. */
        UP_TO_DATE,
        /** The folder has more, after everything the database applied: deploy would apply them. */
        DATABASE_IS_BEHIND,
        /** The database applied migrations the folder does not have, after all of the folder's. */
        FOLDER_IS_BEHIND,
        /** Both have migrations the other lacks after a common start. */
        DIVERGED
    }

    /** Compares {@code local} with the history {@code records} (oldest first). */
    public static HistoryDiagnosis of(List<MigrationDirectory> local, boolean hasTable, List<MigrationRecord> records) {
        List<String> localNames = local.stream().map(MigrationDirectory::name).toList();
        Set<String> dbSet = new LinkedHashSet<>();
        for (MigrationRecord r : records) {
            if (r.rolledBackAt() == null) {
                dbSet.add(r.migrationName());
            }
        }
        List<String> dbNames = new ArrayList<>(dbSet);
        int common = 0;
        while (common < localNames.size() && common < dbNames.size()
                && localNames.get(common).equals(dbNames.get(common))) {
            common++;
        }
        List<String> unapplied = localNames.subList(common, localNames.size()).stream()
                .filter(n -> !dbSet.contains(n)).toList();
        List<String> unpersisted = dbNames.subList(common, dbNames.size()).stream()
                .filter(n -> !localNames.contains(n)).toList();
        State state;
        if (unapplied.isEmpty() && unpersisted.isEmpty()) {
            state = State.UP_TO_DATE;
        } else if (unpersisted.isEmpty()) {
            state = State.DATABASE_IS_BEHIND;
        } else if (unapplied.isEmpty()) {
            state = State.FOLDER_IS_BEHIND;
        } else {
            state = State.DIVERGED;
        }
        String lastCommon = common == 0 ? null : localNames.get(common - 1);
        List<String> failed = records.stream().filter(MigrationRecord::failed).map(MigrationRecord::migrationName)
                .distinct().toList();
        List<String> edited = new ArrayList<>();
        for (MigrationDirectory m : local) {
            for (MigrationRecord r : records) {
                if (r.applied() && r.migrationName().equals(m.name()) && !edited.contains(m.name())
                        && !Checksums.matches(m.script(), r.checksum())) {
                    edited.add(m.name());
                }
            }
        }
        return new HistoryDiagnosis(localNames, hasTable, state, unapplied, unpersisted, lastCommon, failed,
                List.copyOf(edited));
    }
}
