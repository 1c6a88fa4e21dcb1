package dev.refract.engine.connect;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/**
 * A {@code file:} URL for SQLite. A relative path is relative to the schema file's folder, as
 * Prisma resolves it ({@code file:./dev.db} next to {@code prisma/schema.prisma} is
 * {@code prisma/dev.db}). Parameters, taken verbatim as Prisma does (no decoding):
 * {@code connection_limit}, {@code socket_timeout} (seconds: how long a locked database is waited
 * for, default 5), {@code max_connection_lifetime}, {@code max_idle_connection_lifetime}; others
 * are ignored. Foreign keys are switched on, as Prisma does.
 *
 * @param file the database file, absolute when a base folder was given
 * @param connectionLimit the pool size
 * @param socketTimeout the busy timeout, null for the default
 * @param maxConnectionLifetime the connection lifetime, null = unlimited
 * @param maxIdleConnectionLifetime the idle lifetime, null = unlimited
 */
public record SqliteUrl(Path file, int connectionLimit, Duration socketTimeout, Duration maxConnectionLifetime,
                        Duration maxIdleConnectionLifetime) implements DatasourceUrl {
    private static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(5);

    /** Parses a {@code file:} URL; P1013 when the path is a folder or a parameter is malformed. */
    public static SqliteUrl parse(String url, Path baseDir) {
        String rest = url.substring("file:".length());
        int question = rest.indexOf('?');
        String pathText = question >= 0 ? rest.substring(0, question) : rest;
        String limit = null;
        String socket = null;
        String lifetime = null;
        String idle = null;
        if (question >= 0) {
            for (String kv : rest.substring(question + 1).split("&")) {
                int eq = kv.indexOf('=');
                String key = eq >= 0 ? kv.substring(0, eq) : kv;
                String value = eq >= 0 ? kv.substring(eq + 1) : "";
                switch (key) {
                    case "connection_limit" -> limit = value;
                    case "socket_timeout" -> socket = value;
                    case "max_connection_lifetime" -> lifetime = value;
                    case "max_idle_connection_lifetime" -> idle = value;
                    default -> {
                        // Prisma discards parameters it does not know.
                    }
                }
            }
        }
        Path file = PostgresUrl.resolve(baseDir, pathText);
        if (Files.isDirectory(file)) {
            // Prisma passes the bare path as the details here, without the usual explanation.
            throw new dev.refract.engine.error.RefractException("P1013",
                    "The provided database string is invalid. " + pathText, java.util.Map.of("details", pathText), null);
        }
        return new SqliteUrl(file, UrlParams.connectionLimit(limit),
                UrlParams.seconds("socket_timeout", socket, 0),
                UrlParams.seconds("max_connection_lifetime", lifetime, 0),
                UrlParams.seconds("max_idle_connection_lifetime", idle, 0));
    }

    @Override
    public String provider() {
        return "sqlite";
    }

    @Override
    public String jdbcUrl() {
        return "jdbc:sqlite:" + file;
    }

    @Override
    public Properties jdbcProperties() {
        Properties p = new Properties();
        p.setProperty("foreign_keys", "true");
        p.setProperty("busy_timeout", Long.toString((socketTimeout == null ? DEFAULT_BUSY_TIMEOUT : socketTimeout)
                .toMillis()));
        return p;
    }

    /** SQLite connections never wait for the pool longer than Prisma's default pool timeout. */
    @Override
    public Duration poolTimeout() {
        return Duration.ofSeconds(10);
    }

    @Override
    public String host() {
        return file.toString();
    }

    @Override
    public int port() {
        return 0;
    }

    @Override
    public String user() {
        return "";
    }

    @Override
    public String database() {
        return file.toString();
    }

    @Override
    public String toString() {
        return "file:" + file;
    }
}
