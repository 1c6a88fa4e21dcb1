package dev.refract.engine.exec;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * pgjdbc's {@code COPY ... FROM STDIN} ({@code PGConnection.getCopyAPI().copyIn(sql)}), reached
 * by reflection: the engine does not compile against any driver, and an application on SQLite
 * alone never loads pgjdbc. The methods are looked up once, on pgjdbc's public interfaces
 * ({@code PGConnection}, {@code CopyIn}), so a pool's proxy connection works through
 * {@link Connection#unwrap}.
 */
final class CopyIn {
    private final Object copy;

    private CopyIn(Object copy) {
        this.copy = copy;
    }

    /** The driver's methods, found on first use. */
    private static final class Api {
        static final Class<?> PG_CONNECTION;
        static final Method GET_COPY_API;
        static final Method COPY_IN;
        static final Method WRITE;
        static final Method END;
        static final Method CANCEL;
        static final Method IS_ACTIVE;

        static {
            try {
                PG_CONNECTION = Class.forName("org.postgresql.PGConnection");
                GET_COPY_API = PG_CONNECTION.getMethod("getCopyAPI");
                COPY_IN = GET_COPY_API.getReturnType().getMethod("copyIn", String.class);
                Class<?> copyIn = Class.forName("org.postgresql.copy.CopyIn");
                WRITE = copyIn.getMethod("writeToCopy", byte[].class, int.class, int.class);
                END = copyIn.getMethod("endCopy");
                CANCEL = Class.forName("org.postgresql.copy.CopyOperation").getMethod("cancelCopy");
                IS_ACTIVE = Class.forName("org.postgresql.copy.CopyOperation").getMethod("isActive");
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }
    }

    /**
     * Starts {@code sql} (a {@code COPY ... FROM STDIN}) on {@code connection}, or gives null when
     * the connection cannot copy: not pgjdbc's (a {@code DataSource} of another driver or a
     * wrapper that does not unwrap) or pgjdbc not visible to the engine's class loader. Nothing was
     * sent then, and the caller inserts the rows another way. A table that refuses COPY fails
     * here with an exception that {@link #refused} recognises.
     */
    static CopyIn start(Connection connection, String sql) throws SQLException {
        Object pg;
        try {
            if (!connection.isWrapperFor(Api.PG_CONNECTION)) {
                return null;
            }
            pg = connection.unwrap(Api.PG_CONNECTION);
        } catch (LinkageError e) {
            return null;
        }
        Object manager = call(Api.GET_COPY_API, pg);
        return new CopyIn(call(Api.COPY_IN, manager, sql));
    }

    /**
     * Whether the server refused to start a COPY for what it is, not for its data: SQLSTATE
     * feature_not_supported, its answer on a table with row-level security.
     */
    static boolean refused(SQLException e) {
        return "0A000".equals(e.getSQLState());
    }

    /** Sends {@code length} bytes of row data. */
    void write(byte[] bytes, int length) throws SQLException {
        call(Api.WRITE, copy, bytes, 0, length);
    }

    /** Ends the data and gives the number of rows the server copied. */
    long end() throws SQLException {
        return (Long) call(Api.END, copy);
    }

    /** Abandons the copy when it is still open (after a failure), so the connection stays usable. */
    void cancelQuietly() {
        try {
            if ((Boolean) call(Api.IS_ACTIVE, copy)) {
                call(Api.CANCEL, copy);
            }
        } catch (SQLException | RuntimeException e) {
            // the failure being reported matters more; the pool checks the connection
        }
    }

    private static Object call(Method m, Object target, Object... args) throws SQLException {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException s) {
                throw s;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("pgjdbc's " + m.getName() + " failed", cause);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("pgjdbc's " + m.getName() + " is not accessible", e);
        }
    }
}
