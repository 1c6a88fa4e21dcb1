package dev.refract.migrate.check;

import dev.refract.engine.error.RefractException;
import dev.refract.migrate.ddl.DestructiveChange;
import dev.refract.migrate.ddl.DestructiveChange.ColumnRef;
import dev.refract.migrate.ddl.DestructiveChange.TableRef;
import dev.refract.migrate.ddl.MigrationDiff;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prisma's destructive change checker. {@link #check} counts, on the live database the migration
 * will run on, the rows of each table and the non-null values of each column the checks need
 * (each counted once), then words the warnings and unexecutable steps with those counts, as
 * {@code db push} and {@code migrate dev} show them before anything runs. {@link #pureCheck}
 * words them without a database, as Prisma writes them on top of a new {@code migration.sql}
 * (the migration may run on other databases than the one it was made on).
 */
public final class DestructiveChecks {
    private DestructiveChecks() {
    }

    /**
     * Checks {@code diff} (from the database behind {@code connection} to the target) against the
     * rows of that database.
     *
     * @param provider {@code postgresql} or {@code sqlite}
     * @throws RefractException P2010 when a count fails
     */
    public static CheckResult check(Connection connection, String provider, MigrationDiff diff) {
        return check(connection, provider, diff.destructiveChanges());
    }

    /** As {@link #check(Connection, String, MigrationDiff)}, for changes already listed. */
    public static CheckResult check(Connection connection, String provider, List<DestructiveChange> changes) {
        Counts counts = new Counts();
        try {
            // Unexecutable steps first, as Prisma inspects them first.
            for (DestructiveChange c : changes) {
                if (c.unexecutable()) {
                    counts.inspect(connection, c);
                }
            }
            for (DestructiveChange c : changes) {
                if (!c.unexecutable()) {
                    counts.inspect(connection, c);
                }
            }
        } catch (SQLException e) {
            throw new RefractException("P2010", "Raw query failed. Code: `" + e.getSQLState() + "`. Message: `"
                    + e.getMessage() + "`", Map.of(), e);
        }
        return evaluate(changes, counts);
    }

    /** The warnings without counting anything: every check is worded as if the rows were unknown. */
    public static CheckResult pureCheck(List<DestructiveChange> changes) {
        return evaluate(changes, new Counts());
    }

    /** As {@link #pureCheck(List)}, for a diff. */
    public static CheckResult pureCheck(MigrationDiff diff) {
        return pureCheck(diff.destructiveChanges());
    }

    private static CheckResult evaluate(List<DestructiveChange> changes, Counts counts) {
        List<String> warnings = new ArrayList<>();
        List<String> unexecutable = new ArrayList<>();
        for (DestructiveChange c : changes) {
            String message = CheckMessages.of(c, counts);
            if (message != null) {
                (c.unexecutable() ? unexecutable : warnings).add(message);
            }
        }
        return new CheckResult(warnings, unexecutable);
    }

    /** Row and non-null value counts found so far; null where not counted. */
    static final class Counts {
        private final Map<TableRef, Long> rows = new HashMap<>();
        private final Map<ColumnRef, Long> values = new HashMap<>();

        Long rows(TableRef table) {
            return rows.get(table);
        }

        Long rows(ColumnRef column) {
            return rows.get(column.tableRef());
        }

        Long values(ColumnRef column) {
            return values.get(column);
        }

        void inspect(Connection connection, DestructiveChange c) throws SQLException {
            TableRef table = CheckMessages.neededRowCount(c);
            if (table != null && !rows.containsKey(table)) {
                rows.put(table, count(connection, "SELECT COUNT(*) FROM " + qualified(table)));
            }
            ColumnRef column = CheckMessages.neededValueCount(c);
            if (column != null && !values.containsKey(column)) {
                values.put(column, count(connection, "SELECT COUNT(*) FROM " + qualified(column.tableRef())
                        + " WHERE " + quote(column.name()) + " IS NOT NULL"));
            }
        }

        private static long count(Connection connection, String sql) throws SQLException {
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        }

        private static String qualified(TableRef t) {
            return t.namespace() == null ? quote(t.name()) : quote(t.namespace()) + "." + quote(t.name());
        }

        private static String quote(String name) {
            return "\"" + name.replace("\"", "\"\"") + "\"";
        }
    }
}
