package dev.refract.engine.connect;

import dev.refract.engine.error.RefractException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

/**
 * A Prisma datasource URL, read as Prisma reads it: {@code postgresql://} or {@code postgres://}
 * ({@link PostgresUrl}), {@code file:} ({@link SqliteUrl}), {@code mysql://} ({@link MysqlUrl}).
 * Each turns into a JDBC URL and driver properties, and carries the pool settings
 * ({@code connection_limit}, {@code pool_timeout}) that {@link ConnectionPool} applies.
 *
 * <p>{@code toString()} never shows the password.
 */
public interface DatasourceUrl {
    /** Where Prisma's connection URL documentation lives; part of every P1013 message. */
    String DOCS = "https://www.prisma.io/docs/reference/database-reference/connection-urls";

    /**
     * Parses {@code url}. Relative paths in it (the SQLite file, certificate files) are resolved
     * against {@code baseDir}, the folder of the schema file, as Prisma does.
     *
     * @throws RefractException P1013 when the URL is invalid
     */
    static DatasourceUrl parse(String url, Path baseDir) {
        if (url == null || url.isBlank()) {
            throw invalid("empty database URL");
        }
        String trimmed = url.strip();
        if (trimmed.startsWith("postgresql://") || trimmed.startsWith("postgres://")) {
            return PostgresUrl.parse(trimmed, baseDir);
        }
        if (trimmed.startsWith("file:")) {
            return SqliteUrl.parse(trimmed, baseDir);
        }
        if (trimmed.startsWith("mysql://")) {
            return MysqlUrl.parse(trimmed);
        }
        throw invalid("unsupported database URL protocol (expected `postgresql://`, `postgres://`, `file:` or"
                + " `mysql://`)");
    }

    /** Prisma's provider name: {@code postgresql}, {@code sqlite} or {@code mysql}. */
    String provider();

    /** The JDBC URL, without credentials (they are in {@link #jdbcProperties()}). */
    String jdbcUrl();

    /** The driver properties: user, password, timeouts, TLS, statement caching. */
    Properties jdbcProperties();

    /** {@code connection_limit}: the pool's size. Default: available processors × 2 + 1. */
    int connectionLimit();

    /** {@code pool_timeout}: how long to wait for a free connection; null waits forever. */
    Duration poolTimeout();

    /** SQL to run on every new connection (PostgreSQL's search path behind PgBouncer), or null. */
    default String connectionInitSql() {
        return null;
    }

    /** How errors name the server: host (or file path for SQLite). */
    String host();

    /** The port; 0 for SQLite. */
    int port();

    /** The user name, decoded; empty when there is none. */
    String user();

    /** The database name (the file path for SQLite). */
    String database();

    /** Prisma's default pool size: CPUs × 2 + 1. */
    static int defaultConnectionLimit() {
        return Runtime.getRuntime().availableProcessors() * 2 + 1;
    }

    /** P1013 with Prisma's wording around {@code details}. */
    static RefractException invalid(String details) {
        String full = details + " in database URL. Please refer to the documentation in " + DOCS
                + " for constructing a correct connection string. In some cases, certain characters must be escaped."
                + " Please check the string for any illegal characters.";
        return new RefractException("P1013", "The provided database string is invalid. " + full,
                Map.of("details", full), null);
    }
}
