package dev.refract.migrate.apply;

import dev.refract.engine.connect.PostgresUrl;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Empties a database the way Prisma's {@code migrate reset} does: on PostgreSQL every schema the
 * datasource works in (the URL's schema and its {@code schemas}) is dropped with everything in it
 * and created again; on SQLite every table, view and trigger is dropped (indexes go with their
 * tables). The history table goes too, so the migrations apply again from the first.
 */
public final class DatabaseReset {
    private DatabaseReset() {
    }

    /**
     * Resets {@code db}.
     *
     * @param namespaces the datasource's PostgreSQL schemas, reset with the URL's schema
     */
    public static void reset(MigrateDatabase db, List<String> namespaces) {
        try {
            if (db.provider().equals("sqlite")) {
                resetSqlite(db);
            } else {
                // The URL's schema always (the history table lives there), then the datasource's schemas.
                java.util.Set<String> schemas = new java.util.LinkedHashSet<>();
                schemas.add(((PostgresUrl) db.url()).schema());
                schemas.addAll(namespaces);
                try (Statement st = db.connection().createStatement()) {
                    for (String schema : schemas) {
                        String quoted = "\"" + schema.replace("\"", "\"\"") + "\"";
                        st.execute("DROP SCHEMA IF EXISTS " + quoted + " CASCADE");
                        st.execute("CREATE SCHEMA " + quoted);
                    }
                }
            }
        } catch (SQLException e) {
            throw db.error(e);
        }
    }

    private static void resetSqlite(MigrateDatabase db) throws SQLException {
        List<String[]> objects = new ArrayList<>();
        boolean foreignKeys;
        try (Statement st = db.connection().createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA foreign_keys")) {
                foreignKeys = rs.next() && rs.getInt(1) == 1;
            }
            // Views and triggers first: a view over a dropped table would fail to drop cleanly later.
            try (ResultSet rs = st.executeQuery("SELECT type, name FROM sqlite_master WHERE type IN ('view', 'trigger',"
                    + " 'table') AND name NOT LIKE 'sqlite_%' ORDER BY CASE type WHEN 'view' THEN 0 WHEN 'trigger' THEN 1"
                    + " ELSE 2 END, name")) {
                while (rs.next()) {
                    objects.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            if (foreignKeys) {
                st.execute("PRAGMA foreign_keys = OFF");
            }
            try {
                for (String[] o : objects) {
                    st.execute("DROP " + o[0].toUpperCase(java.util.Locale.ROOT) + " IF EXISTS \""
                            + o[1].replace("\"", "\"\"") + "\"");
                }
            } finally {
                if (foreignKeys) {
                    st.execute("PRAGMA foreign_keys = ON");
                }
            }
        }
    }
}
