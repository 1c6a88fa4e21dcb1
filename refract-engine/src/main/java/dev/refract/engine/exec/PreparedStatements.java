package dev.refract.engine.exec;

import com.zaxxer.hikari.pool.ProxyConnection;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prepared statements kept open per connection and reused by their text. For SQLite: sqlite-jdbc
 * compiles every {@code prepareStatement} anew ({@code sqlite3_prepare_v2}), which was the largest
 * cost of a findUnique; pgjdbc needs none of this, as it keeps server-side statements per
 * connection by text itself.
 *
 * <p>Statements are checked out while they run and given back after, so a connection that two
 * threads share, or a statement run while another runs, never sees one statement twice at once
 * (the second one prepares its own). They are prepared on the physical connection (unwrapped
 * from HikariCP's proxy, which would close them when the connection goes back to the pool) and kept
 * per physical connection, at most {@value #PER_CONNECTION} each, least recently used evicted and
 * closed. Entries of closed connections are dropped whenever a new connection is seen.
 *
 * <p>A statement that failed is closed, never given back. sqlite-jdbc resets a statement when its
 * result set closes, so a cached statement holds no lock between uses.
 */
final class PreparedStatements {
    static final int PER_CONNECTION = 100;

    /** Per physical connection, by identity; guarded by itself. */
    private final Map<Connection, Cache> caches = new IdentityHashMap<>();

    /** One connection's idle statements, least recently used first; guarded by itself. */
    private static final class Cache {
        final Map<String, ArrayDeque<PreparedStatement>> idle = new LinkedHashMap<>(16, 0.75f, true);
        int size;
    }

    /** A statement checked out: give it back with {@link #release} or close it with {@link #discard}. */
    record Lease(Connection physical, String text, PreparedStatement statement) {
    }

    /**
     * A statement of {@code text} on {@code connection}: an idle one, or a new one; null when
     * {@code connection} is not one whose statements may be kept ({@link #physical}).
     */
    Lease acquire(Connection connection, String text) throws SQLException {
        Connection physical = physical(connection);
        if (physical == null) {
            return null;
        }
        Cache cache = cache(physical);
        synchronized (cache) {
            ArrayDeque<PreparedStatement> idle = cache.idle.get(text);
            while (idle != null && !idle.isEmpty()) {
                PreparedStatement st = idle.pollFirst();
                cache.size--;
                if (idle.isEmpty()) {
                    cache.idle.remove(text);
                }
                if (!st.isClosed()) {
                    return new Lease(physical, text, st);
                }
            }
        }
        return new Lease(physical, text, physical.prepareStatement(text));
    }

    /** Gives a statement back after its result set is closed; closes the least recently used beyond the bound. */
    void release(Lease lease) {
        Cache cache = cache(lease.physical());
        PreparedStatement evicted = null;
        synchronized (cache) {
            cache.idle.computeIfAbsent(lease.text(), t -> new ArrayDeque<>(1)).addFirst(lease.statement());
            cache.size++;
            if (cache.size > PER_CONNECTION) {
                Iterator<Map.Entry<String, ArrayDeque<PreparedStatement>>> eldest = cache.idle.entrySet().iterator();
                Map.Entry<String, ArrayDeque<PreparedStatement>> e = eldest.next();
                evicted = e.getValue().pollLast();
                cache.size--;
                if (e.getValue().isEmpty()) {
                    eldest.remove();
                }
            }
        }
        if (evicted != null) {
            closeQuietly(evicted);
        }
    }

    /** Closes a statement that failed instead of giving it back. */
    void discard(Lease lease) {
        closeQuietly(lease.statement());
    }

    private Cache cache(Connection physical) {
        synchronized (caches) {
            Cache cache = caches.get(physical);
            if (cache == null) {
                // A new connection: forget the closed ones (their statements closed with them).
                caches.keySet().removeIf(PreparedStatements::isClosed);
                cache = new Cache();
                caches.put(physical, cache);
            }
            return cache;
        }
    }

    /**
     * The driver's connection behind {@code connection}, or null when statements on it must not be
     * kept: only sqlite-jdbc's own connections and HikariCP's proxies of them qualify. Any other
     * wrapper may watch the statements made through it (an interactive transaction's connection
     * registers them to cancel them on timeout), so it gets statements prepared through it per call.
     */
    static Connection physical(Connection connection) {
        Connection c = connection;
        if (c instanceof ProxyConnection) {
            try {
                c = c.unwrap(Connection.class);
            } catch (SQLException e) {
                return null;
            }
        }
        return c != null && c.getClass().getName().startsWith("org.sqlite.") ? c : null;
    }

    private static boolean isClosed(Connection c) {
        try {
            return c.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    private static void closeQuietly(PreparedStatement st) {
        try {
            st.close();
        } catch (SQLException ignored) {
            // Closing is all that is left to do with it.
        }
    }

    /** How many idle statements are kept for {@code connection} (for tests). */
    int idle(Connection connection) {
        Connection physical = physical(connection);
        if (physical == null) {
            return 0;
        }
        Cache cache = cache(physical);
        synchronized (cache) {
            return cache.size;
        }
    }
}
