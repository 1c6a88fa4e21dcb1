package dev.refract.engine.exec.tx;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

/**
 * The connection an interactive transaction lends to its queries: the real one, except that every
 * statement made on it is reported to the transaction (so that its timeout can cancel the
 * statement still running), no statement is made once the transaction expired, and the calls that
 * would end the transaction or give the connection away ({@code commit}, {@code rollback},
 * {@code setAutoCommit}, {@code close}, {@code abort}) are refused: only the transaction does those.
 */
final class TrackedConnection implements InvocationHandler {
    private static final Set<String> MAKES_STATEMENTS = Set.of("createStatement", "prepareStatement", "prepareCall");
    private static final Set<String> OWNED = Set.of("commit", "rollback", "setAutoCommit", "close", "abort",
            "setTransactionIsolation", "releaseSavepoint", "setSavepoint");

    /** Where the statements go. */
    interface Registry {
        /** Keeps {@code statement} to cancel it; throws when the transaction is no longer open. */
        void register(Statement statement) throws SQLException;
    }

    private final Connection delegate;
    private final Registry registry;

    private TrackedConnection(Connection delegate, Registry registry) {
        this.delegate = delegate;
        this.registry = registry;
    }

    static Connection wrap(Connection delegate, Registry registry) {
        return (Connection) Proxy.newProxyInstance(TrackedConnection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new TrackedConnection(delegate, registry));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (OWNED.contains(name)) {
            throw new SQLException("`" + name + "` is not allowed on the connection of an interactive transaction:"
                    + " the transaction commits, rolls back and returns it itself");
        }
        if (name.equals("isClosed") && (args == null || args.length == 0)) {
            return delegate.isClosed();
        }
        if (name.equals("equals") && args != null && args.length == 1) {
            return proxy == args[0];
        }
        if (name.equals("hashCode") && (args == null || args.length == 0)) {
            return System.identityHashCode(proxy);
        }
        Object result;
        try {
            result = method.invoke(delegate, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        if (MAKES_STATEMENTS.contains(name) && result instanceof Statement st) {
            try {
                registry.register(st);
            } catch (SQLException | RuntimeException e) {
                st.close();
                throw e;
            }
        }
        return result;
    }
}
