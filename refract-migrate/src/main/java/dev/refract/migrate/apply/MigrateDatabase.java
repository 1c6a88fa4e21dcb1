package dev.refract.migrate.apply;

import dev.refract.engine.connect.ConnectionInfo;
import dev.refract.engine.connect.DatasourceUrl;
import dev.refract.engine.connect.SqlErrors;
import dev.refract.engine.error.ConnectionException;
import dev.refract.engine.error.RefractException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * One connection to the database being migrated, opened from a Prisma datasource URL (the same
 * parsing as the engine's). Migrate needs no pool: one session holds the advisory lock and runs
 * everything, in auto-commit mode except while a migration's transaction is open.
 */
public final class MigrateDatabase implements AutoCloseable {
    private final String text;
    private final DatasourceUrl url;
    private final Connection connection;

    private MigrateDatabase(String text, DatasourceUrl url, Connection connection) {
        this.text = text;
        this.url = url;
        this.connection = connection;
    }

    /**
     * Connects to {@code url}; relative SQLite paths resolve against {@code baseDir} (the schema's folder).
     *
     * @throws RefractException P1013 for a bad URL, P1000/P1001/P1003... when the connection fails
     */
    public static MigrateDatabase open(String url, Path baseDir) {
        DatasourceUrl parsed = DatasourceUrl.parse(url, baseDir);
        if (parsed.provider().equals("mysql")) {
            throw new RefractException("P1012", "Refract Migrate supports PostgreSQL and SQLite; this URL is MySQL.");
        }
        try {
            Connection c = DriverManager.getConnection(parsed.jdbcUrl(), parsed.jdbcProperties());
            c.setAutoCommit(true);
            if (parsed.connectionInitSql() != null) {
                try (Statement st = c.createStatement()) {
                    st.execute(parsed.connectionInitSql());
                }
            }
            return new MigrateDatabase(url, parsed, c);
        } catch (SQLException e) {
            throw SqlErrors.connect(e, ConnectionInfo.of(parsed));
        }
    }

    /** {@code postgresql} or {@code sqlite}. */
    public String provider() {
        return url.provider();
    }

    /** The URL as given (a shadow database on the same server is named from it). */
    public String urlText() {
        return text;
    }

    public DatasourceUrl url() {
        return url;
    }

    public Connection connection() {
        return connection;
    }

    /** A database failure outside a migration script (history reads and writes) as a Refract error. */
    RefractException error(SQLException e) {
        RefractException translated = SqlErrors.translate(e, ConnectionInfo.of(url), null, List.of());
        return translated;
    }

    /**
     * Runs {@code script}: in one transaction when {@link SqlScript#transactional} allows it (and
     * then {@code inTransaction} runs inside it too, before the commit), else statement by
     * statement. A failure rolls the transaction back and is thrown as {@link ScriptFailure}.
     */
    void run(String script, SqlWork inTransaction) throws ScriptFailure, SQLException {
        SqlScript parsed = SqlScript.parse(script);
        boolean transactional = parsed.transactional(provider());
        if (transactional) {
            connection.setAutoCommit(false);
        }
        try {
            for (String statement : parsed.statements()) {
                try (Statement st = connection.createStatement()) {
                    st.execute(statement);
                } catch (SQLException e) {
                    throw new ScriptFailure(e, statement);
                }
            }
            if (transactional && inTransaction != null) {
                inTransaction.run();
            }
            if (transactional) {
                connection.commit();
            }
        } catch (ScriptFailure | SQLException | RuntimeException e) {
            if (transactional) {
                rollbackQuietly();
            }
            throw e;
        } finally {
            if (transactional) {
                connection.setAutoCommit(true);
            }
        }
        if (!transactional && inTransaction != null) {
            inTransaction.run();
        }
    }

    /** The code and message of a script's failure, as Prisma's P3018 shows them. */
    String[] describe(SQLException e) {
        RefractException raw = SqlErrors.raw(e, ConnectionInfo.of(url), null, List.of());
        if (raw instanceof ConnectionException) {
            throw raw;
        }
        Map<String, Object> meta = raw.meta();
        return new String[] {String.valueOf(meta.getOrDefault("code", "N/A")),
                String.valueOf(meta.getOrDefault("message", e.getMessage()))};
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The original failure is what matters; a broken connection is closed by the caller.
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing also releases a session advisory lock: nothing else to do.
        }
    }

    /** Work on the connection that may throw {@link SQLException}. */
    @FunctionalInterface
    interface SqlWork {
        void run() throws SQLException;
    }

    /** A statement of a script failed. */
    static final class ScriptFailure extends Exception {
        final String statement;

        ScriptFailure(SQLException cause, String statement) {
            super(cause);
            this.statement = statement;
        }

        SQLException sqlCause() {
            return (SQLException) getCause();
        }
    }
}
