package dev.refract.migrate.apply;

import dev.refract.engine.error.RefractException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The lock every migrate command holds while it reads and writes the history, so two deploys
 * started together apply each migration once.
 *
 * <p>PostgreSQL: Prisma's session advisory lock, key {@value #POSTGRES_KEY}, so Prisma and
 * Refract exclude each other. It is tried every 50 ms until the timeout (Prisma's default: 10 s),
 * then P1002. Released by {@link #close()}, and by PostgreSQL when the session ends, so a killed
 * process never leaves it held.
 *
 * <p>SQLite (Prisma takes no lock there): an OS file lock on {@code <database>.migrate.lock} beside
 * the database file, taken by Refract processes; within one JVM a semaphore per file comes first,
 * because the JVM refuses a second lock of one file. The OS drops the lock when the process dies.
 * The lock file is left in place (deleting it would let a third process lock a new file while a
 * second holds the old one).
 */
public final class MigrationLock implements AutoCloseable {
    /** Prisma's advisory lock key. */
    public static final long POSTGRES_KEY = 72707369L;
    /** Prisma's default timeout. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private static final Map<Path, Semaphore> IN_JVM = new ConcurrentHashMap<>();
    private static final long POLL_MILLIS = 50;

    private final Runnable release;

    private MigrationLock(Runnable release) {
        this.release = release;
    }

    /**
     * Takes the lock on {@code db}, waiting up to {@code timeout}.
     *
     * @throws RefractException P1002 when the timeout passes first
     */
    public static MigrationLock acquire(MigrateDatabase db, Duration timeout) {
        return db.provider().equals("sqlite") ? sqlite(db, timeout) : postgres(db, timeout);
    }

    private static MigrationLock postgres(MigrateDatabase db, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            ps.setLong(1, POSTGRES_KEY);
            while (true) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        break;
                    }
                }
                if (System.nanoTime() >= deadline) {
                    throw timeout(db, "Timed out trying to acquire a postgres advisory lock (SELECT pg_advisory_lock("
                            + POSTGRES_KEY + ")). Timeout: " + timeout.toMillis()
                            + "ms. See https://pris.ly/d/migrate-advisory-locking for details.");
                }
                sleep();
            }
        } catch (SQLException e) {
            throw db.error(e);
        }
        return new MigrationLock(() -> {
            try (PreparedStatement ps = db.connection().prepareStatement("SELECT pg_advisory_unlock(?)")) {
                ps.setLong(1, POSTGRES_KEY);
                ps.execute();
            } catch (SQLException ignored) {
                // A dead session has released the lock already.
            }
        });
    }

    private static MigrationLock sqlite(MigrateDatabase db, Duration timeout) {
        Path file = Path.of(db.url().database()).toAbsolutePath().normalize();
        Path lockFile = file.resolveSibling(file.getFileName() + ".migrate.lock");
        Semaphore local = IN_JVM.computeIfAbsent(lockFile, k -> new Semaphore(1));
        long deadline = System.nanoTime() + timeout.toNanos();
        String context = "Timed out trying to acquire the migration lock on " + lockFile + ". Timeout: "
                + timeout.toMillis() + "ms.";
        try {
            if (!local.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw timeout(db, context);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw timeout(db, context);
        }
        try {
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                FileLock lock;
                while ((lock = channel.tryLock()) == null) {
                    if (System.nanoTime() >= deadline) {
                        throw timeout(db, context);
                    }
                    sleep();
                }
                FileLock held = lock;
                return new MigrationLock(() -> {
                    try {
                        held.release();
                        channel.close();
                    } catch (IOException ignored) {
                        // Closing the channel releases the lock whatever happened.
                    } finally {
                        local.release();
                    }
                });
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            local.release();
            if (e instanceof RefractException r) {
                throw r;
            }
            throw new RefractException("P1002", "Cannot lock " + lockFile + ": " + e.getMessage(), Map.of(), e);
        }
    }

    private static RefractException timeout(MigrateDatabase db, String context) {
        String host = db.url().host();
        int port = db.url().port();
        String at = db.provider().equals("sqlite") ? "`" + host + "`" : "`" + host + "`:`" + port + "`";
        return new RefractException("P1002", "The database server at " + at
                + " was reached but timed out.\n\nPlease try again.\n\nPlease make sure your database server is running at "
                + at + ".\n\nContext: " + context,
                Map.of("database_host", host, "database_port", String.valueOf(port), "context", context), null);
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RefractException("P1002", "Interrupted while waiting for the migration lock.");
        }
    }

    /** Releases the lock; safe to call on every path. */
    @Override
    public void close() {
        release.run();
    }
}
