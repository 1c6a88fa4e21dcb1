package dev.refract.engine;

import dev.refract.engine.connect.ConnectionInfo;
import dev.refract.engine.connect.SqlErrors;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Plain SQL inside an interactive transaction, for the tests: it goes through the same path as
 * the engine's queries ({@link Transaction#run}: the transaction's connection, its state checks,
 * its statement tracking for cancellation), but says exactly which statement runs.
 */
public final class TxSql {
    private TxSql() {
    }

    /** Runs an INSERT/UPDATE/DELETE and returns the affected row count. */
    public static int update(Transaction tx, String sql, Object... params) {
        return tx.run("query", c -> {
            try (PreparedStatement st = prepare(c, sql, params)) {
                return st.executeUpdate();
            } catch (SQLException e) {
                throw translate(c, e, sql, params);
            }
        });
    }

    /** Runs a query and returns its rows. */
    public static List<Object[]> query(Transaction tx, String sql, Object... params) {
        return tx.run("query", c -> {
            try (PreparedStatement st = prepare(c, sql, params); ResultSet rs = st.executeQuery()) {
                List<Object[]> rows = new ArrayList<>();
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[n];
                    for (int i = 0; i < n; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                }
                return rows;
            } catch (SQLException e) {
                throw translate(c, e, sql, params);
            }
        });
    }

    /** The first column of the first row, as a long. */
    public static long number(Transaction tx, String sql, Object... params) {
        return ((Number) query(tx, sql, params).get(0)[0]).longValue();
    }

    private static PreparedStatement prepare(Connection c, String sql, Object[] params) throws SQLException {
        PreparedStatement st = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            st.setObject(i + 1, params[i]);
        }
        return st;
    }

    private static RuntimeException translate(Connection c, SQLException e, String sql, Object[] params) {
        String provider;
        try {
            provider = c.getMetaData().getURL().startsWith("jdbc:sqlite") ? "sqlite" : "postgresql";
        } catch (SQLException notReadable) {
            provider = "postgresql";
        }
        return SqlErrors.translate(e, ConnectionInfo.unknown(provider), sql, Arrays.asList(params));
    }
}
