package dev.refract.bench.peers;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Counts what a peer asks of the JDBC driver, deterministically, by wrapping the connection:
 * <ul>
 *   <li>statements: each {@code execute*} call, each row of an {@code executeBatch}, each commit
 *       and rollback;</li>
 *   <li>round trips: each {@code execute*} and {@code executeBatch} call (pgjdbc sends a batch in
 *       one go) and each commit and rollback; a {@code BEGIN} is not counted, as pgjdbc sends it
 *       with the transaction's first statement;</li>
 *   <li>SQL texts: the distinct texts prepared or executed.</li>
 * </ul>
 * A {@code COPY ... FROM STDIN} goes through pgjdbc's {@code CopyManager}, which the wrapper cannot
 * see into: the {@code unwrap} to {@code PGConnection} that reaches it counts as one statement
 * and two round trips (the copy's start, answered before data is sent, and its end), with the
 * text {@code COPY ... FROM STDIN}.
 * Used only for the counting pass, never while timing.
 */
public final class StatementCounter {
    private int statements;
    private int roundTrips;
    private final Set<String> sql = new LinkedHashSet<>();

    public int statements() {
        return statements;
    }

    public int roundTrips() {
        return roundTrips;
    }

    public Set<String> sql() {
        return sql;
    }

    public void clear() {
        statements = 0;
        roundTrips = 0;
        sql.clear();
    }

    /** {@code c}, counted. */
    public Connection wrap(Connection c) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, m, args) -> {
                    String n = m.getName();
                    if (n.equals("commit") || n.equals("rollback")) {
                        statements++;
                        roundTrips++;
                    }
                    if (n.equals("unwrap") && ((Class<?>) args[0]).getName().equals("org.postgresql.PGConnection")) {
                        statements++;
                        roundTrips += 2;
                        sql.add("COPY ... FROM STDIN");
                    }
                    Object result = call(c, m, args);
                    if (result instanceof PreparedStatement ps && n.equals("prepareStatement")) {
                        sql.add((String) args[0]);
                        return wrapStatement(ps, PreparedStatement.class);
                    }
                    if (result instanceof Statement s && n.equals("createStatement")) {
                        return wrapStatement(s, Statement.class);
                    }
                    return result;
                });
    }

    private <S extends Statement> S wrapStatement(S s, Class<S> type) {
        int[] pending = {0};
        InvocationHandler h = (proxy, m, args) -> {
            String n = m.getName();
            if (n.equals("addBatch")) {
                pending[0]++;
                if (args != null && args.length == 1) {
                    sql.add((String) args[0]);
                }
            } else if (n.equals("executeBatch") || n.equals("executeLargeBatch")) {
                statements += pending[0];
                roundTrips++;
                pending[0] = 0;
            } else if (n.startsWith("execute")) {
                statements++;
                roundTrips++;
                if (args != null && args.length >= 1 && args[0] instanceof String text) {
                    sql.add(text);
                }
            } else if (n.equals("clearBatch")) {
                pending[0] = 0;
            }
            return call(s, m, args);
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, h));
    }

    private static Object call(Object target, Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
