package dev.refract.engine.connect;

import java.time.Duration;

/**
 * What error messages say about the database: where it is, who connects, and the pool's limits.
 * Comes from the {@link DatasourceUrl}, or is partly unknown for a data source the application
 * supplied (null fields print as Prisma prints unknown names: {@code (not available)}).
 *
 * @param provider {@code postgresql}, {@code sqlite} or {@code mysql}
 * @param host the host (the file for SQLite), or null
 * @param port the port, or 0
 * @param user the user, or null
 * @param database the database, or null
 * @param connectionLimit the pool size, or 0 when unknown
 * @param poolTimeout the pool wait, or null when there is none or it is unknown
 */
public record ConnectionInfo(String provider, String host, int port, String user, String database,
                             int connectionLimit, Duration poolTimeout) {

    /** The settings of a parsed URL. */
    public static ConnectionInfo of(DatasourceUrl url) {
        return new ConnectionInfo(url.provider(), url.host(), url.port(), url.user(), url.database(),
                url.connectionLimit(), url.poolTimeout());
    }

    /** Only the provider is known. */
    public static ConnectionInfo unknown(String provider) {
        return new ConnectionInfo(provider, null, 0, null, null, 0, null);
    }
}
