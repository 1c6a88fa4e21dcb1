package dev.refract.migrate.history;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The {@code _prisma_migrations} table on one connection, read and written as Prisma does, so a
 * history started by Prisma continues in Refract and the other way round.
 *
 * <p>Timestamps are written by the client, in UTC: {@code TIMESTAMPTZ} on PostgreSQL, and on
 * SQLite integers of milliseconds since the epoch, which is how Prisma's SQLite driver stores a
 * date. Reading also accepts SQLite's text form ({@code 2024-01-01 12:00:00}), which rows written
 * by hand with the column default have.
 */
public final class HistoryTable {
    /** The table's name, the same in every database. */
    public static final String NAME = "_prisma_migrations";

    private final Connection connection;
    private final boolean sqlite;

    /**
     * @param connection an open connection in auto-commit mode (each write stands on its own)
     * @param provider {@code postgresql} or {@code sqlite}
     */
    public HistoryTable(Connection connection, String provider) {
        this.connection = connection;
        this.sqlite = provider.equals("sqlite");
    }

    /** The names of the tables and views in the connection's schema, the history table included. */
    public List<String> tableNames() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery(resource(sqlite ? "tables-sqlite.sql" : "tables-postgresql.sql"))) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** Whether the table exists. */
    public boolean exists() throws SQLException {
        return tableNames().contains(NAME);
    }

    /** Creates the table with Prisma's exact definition. */
    public void create() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(resource(sqlite ? "create-sqlite.sql" : "create-postgresql.sql"));
        }
    }

    /** Every row, oldest first; empty when the table does not exist. */
    public List<MigrationRecord> list() throws SQLException {
        if (!exists()) {
            return List.of();
        }
        List<MigrationRecord> out = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery(resource(sqlite ? "list-sqlite.sql" : "list-postgresql.sql"))) {
            while (rs.next()) {
                out.add(new MigrationRecord(rs.getString("id"), rs.getString("checksum"), time(rs, "finished_at"),
                        rs.getString("migration_name"), rs.getString("logs"), time(rs, "rolled_back_at"),
                        time(rs, "started_at"), rs.getInt("applied_steps_count")));
            }
        }
        // The SQL orders by started_at; rows of mixed SQLite forms (integers and text) sort apart there.
        out.sort((a, b) -> compare(a.startedAt(), b.startedAt()));
        return out;
    }

    /** Records that {@code name} started; returns the new row's id. Nothing is finished yet. */
    public String recordStarted(String name, String checksum) throws SQLException {
        String id = UUID.randomUUID().toString();
        update("INSERT INTO " + NAME + " (id, checksum, started_at, migration_name) VALUES (?, ?, ?, ?)",
                id, checksum, Instant.now(), name);
        return id;
    }

    /** Counts one more applied step (Prisma: the whole script is one step). */
    public void recordSuccessfulStep(String id) throws SQLException {
        update("UPDATE " + NAME + " SET applied_steps_count = applied_steps_count + 1 WHERE id = ?", id);
    }

    /** Stores the error of a failed attempt in {@code logs}; the row stays unfinished, hence failed. */
    public void recordFailedStep(String id, String logs) throws SQLException {
        update("UPDATE " + NAME + " SET logs = ? WHERE id = ?", logs, id);
    }

    /** Sets {@code finished_at}: the attempt succeeded. */
    public void recordFinished(String id) throws SQLException {
        update("UPDATE " + NAME + " SET finished_at = ? WHERE id = ?", Instant.now(), id);
    }

    /** {@code migrate resolve --applied}: a finished row with empty logs and no applied steps. */
    public String markApplied(String name, String checksum) throws SQLException {
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now();
        update("INSERT INTO " + NAME + " (id, checksum, logs, started_at, finished_at, migration_name)"
                + " VALUES (?, ?, ?, ?, ?, ?)", id, checksum, "", now, now, name);
        return id;
    }

    /** {@code migrate resolve --rolled-back}: closes the attempt {@code id}, kept as an audit trail. */
    public void markRolledBack(String id) throws SQLException {
        update("UPDATE " + NAME + " SET rolled_back_at = ? WHERE id = ?", Instant.now(), id);
    }

    private void update(String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v instanceof Instant instant) {
                    if (sqlite) {
                        ps.setLong(i + 1, instant.toEpochMilli());
                    } else {
                        ps.setObject(i + 1, instant.atOffset(ZoneOffset.UTC));
                    }
                } else {
                    ps.setString(i + 1, (String) v);
                }
            }
            ps.executeUpdate();
        }
    }

    private Instant time(ResultSet rs, String column) throws SQLException {
        if (!sqlite) {
            OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
            return t == null ? null : t.toInstant();
        }
        Object v = rs.getObject(column);
        if (v == null) {
            return null;
        }
        if (v instanceof Number n) {
            return Instant.ofEpochMilli(n.longValue());
        }
        return parseSqliteText(v.toString());
    }

    /** SQLite dates written as text: digits (milliseconds), {@code 2024-01-01 12:00:00[.SSS]}, or ISO-8601. */
    static Instant parseSqliteText(String text) {
        String t = text.strip();
        if (t.matches("-?\\d+")) {
            return Instant.ofEpochMilli(Long.parseLong(t));
        }
        try {
            return OffsetDateTime.parse(t.replace(' ', 'T')).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(t.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                // Unreadable: sort it first rather than fail the whole listing.
                return Instant.EPOCH;
            }
        }
    }

    private static int compare(Instant a, Instant b) {
        if (a == null || b == null) {
            return a == b ? 0 : a == null ? -1 : 1;
        }
        return a.compareTo(b);
    }

    static String resource(String name) {
        try (InputStream in = HistoryTable.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
