package dev.refract.engine.connect;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import dev.refract.engine.error.ConnectionException;
import dev.refract.engine.error.RefractException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Where the engine gets its connections: a HikariCP pool built from a Prisma URL
 * ({@link #open(DatasourceUrl)}), or a data source the application supplies ({@link #of}), which
 * the application keeps owning. {@link #connection()} reports failures as Prisma's errors (P1000,
 * P1001, P1003, P2024...).
 *
 * <p>Opening a pool connects once right away, as Prisma's {@code $connect} does, so a wrong URL
 * fails at start-up with P1000/P1001/P1003 instead of at the first query.
 */
public final class ConnectionPool implements AutoCloseable {
    private static final AtomicInteger POOLS = new AtomicInteger();
    /** HikariCP refuses shorter waits. */
    private static final long MIN_TIMEOUT_MS = 250;

    private final DataSource dataSource;
    private final ConnectionInfo info;
    private final boolean owned;

    private ConnectionPool(DataSource dataSource, ConnectionInfo info, boolean owned) {
        this.dataSource = dataSource;
        this.info = info;
        this.owned = owned;
    }

    /** Parses {@code url} (relative paths against {@code baseDir}, the schema's folder) and opens a pool. */
    public static ConnectionPool open(String url, Path baseDir) {
        return open(DatasourceUrl.parse(url, baseDir));
    }

    /** Opens a pool with the URL's size, timeouts and driver settings, and checks one connection. */
    public static ConnectionPool open(DatasourceUrl url) {
        ConnectionInfo info = ConnectionInfo.of(url);
        try {
            return new ConnectionPool(new HikariDataSource(config(url)), info, true);
        } catch (HikariPool.PoolInitializationException e) {
            if (e.getCause() instanceof SQLException cause) {
                throw SqlErrors.connect(cause, info);
            }
            throw new ConnectionException(null, "Could not open a connection to " + url + ": " + e.getMessage(),
                    Map.of(), e);
        } catch (RuntimeException e) {
            // Typically a missing driver: HikariCP's "Failed to get driver instance for jdbcUrl=…".
            throw new RefractException(null, "Could not set up the connection pool for " + url + ": " + e.getMessage()
                    + " (is the JDBC driver for " + url.provider() + " on the class path?)", Map.of(), e);
        }
    }

    /**
     * Uses the application's data source. It is not closed by {@link #close()}; its pool limits are
     * read for error messages when it is a HikariCP pool.
     */
    public static ConnectionPool of(DataSource dataSource, String provider) {
        ConnectionInfo info = ConnectionInfo.unknown(provider);
        if (dataSource instanceof HikariDataSource h) {
            long timeout = h.getConnectionTimeout();
            info = new ConnectionInfo(provider, null, 0, h.getUsername(), null, h.getMaximumPoolSize(),
                    timeout == 0 || timeout == Integer.MAX_VALUE ? null : Duration.ofMillis(timeout));
        }
        return new ConnectionPool(dataSource, info, false);
    }

    static HikariConfig config(DatasourceUrl url) {
        HikariConfig c = new HikariConfig();
        c.setPoolName("refract-" + url.provider() + "-" + POOLS.incrementAndGet());
        c.setJdbcUrl(url.jdbcUrl());
        c.setDataSourceProperties(url.jdbcProperties());
        c.setMaximumPoolSize(url.connectionLimit());
        c.setMinimumIdle(0); // connections open on demand, as in Prisma's pool
        long wait = url.poolTimeout() == null ? 0 : Math.max(MIN_TIMEOUT_MS, url.poolTimeout().toMillis());
        c.setConnectionTimeout(wait); // 0: wait forever
        c.setValidationTimeout(wait == 0 ? 5000 : Math.min(5000, wait));
        Duration lifetime = url instanceof PostgresUrl p ? p.maxConnectionLifetime()
                : url instanceof SqliteUrl s ? s.maxConnectionLifetime() : null;
        Duration idle = url instanceof PostgresUrl p ? p.maxIdleConnectionLifetime()
                : url instanceof SqliteUrl s ? s.maxIdleConnectionLifetime() : null;
        c.setMaxLifetime(lifetime == null ? 0 : Math.max(30_000, lifetime.toMillis()));
        c.setIdleTimeout(idle == null ? 0 : Math.max(10_000, idle.toMillis()));
        if (url.connectionInitSql() != null) {
            c.setConnectionInitSql(url.connectionInitSql());
        }
        c.setInitializationFailTimeout(1);
        return c;
    }

    /** A connection from the pool; the caller closes it. Failures come as Prisma's errors. */
    public Connection connection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw SqlErrors.connect(e, info);
        }
    }

    /**
     * Gets rid of a connection that must not be used again (a rollback failed on it, so it may still
     * be inside a transaction): HikariCP evicts it; any other pool gets it aborted, then closed.
     */
    public void discard(Connection connection) {
        try {
            if (dataSource instanceof HikariDataSource h) {
                h.evictConnection(connection);
                return;
            }
            connection.abort(Runnable::run);
            connection.close();
        } catch (SQLException | RuntimeException e) {
            // Already broken; nothing more to do.
        }
    }

    /** The underlying data source (the HikariCP pool, or the application's). */
    public DataSource dataSource() {
        return dataSource;
    }

    /** What error messages say about this database. */
    public ConnectionInfo info() {
        return info;
    }

    /** The provider: {@code postgresql}, {@code sqlite}, {@code mysql}. */
    public String provider() {
        return info.provider();
    }

    /** Closes the pool this class opened; an application's data source stays open. */
    @Override
    public void close() {
        if (owned && dataSource instanceof HikariDataSource h) {
            h.close();
        }
    }
}
