package dev.refract.engine.exec.aggregate;

import dev.refract.engine.error.DatabaseException;
import dev.refract.engine.exec.StatementRunner;
import dev.refract.engine.ir.Query;
import dev.refract.engine.sql.Dialect;
import dev.refract.engine.sql.Param;
import dev.refract.engine.sql.Sql;
import dev.refract.model.ScalarField;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs one rendered query and reads each column as its field says: through the engine's
 * {@link StatementRunner} when there is one (events, logging, the engine's error mapping), else
 * directly (executors used on their own, as in tests).
 */
final class Statements {
    private Statements() {
    }

    static List<Object[]> query(StatementRunner runner, Dialect dialect, Connection connection, Sql sql,
                                List<ScalarField> columns, Query request) {
        if (runner != null) {
            return runner.query(connection, sql, columns, request);
        }
        try (PreparedStatement st = connection.prepareStatement(sql.text())) {
            List<Param> params = sql.params();
            for (int i = 0; i < params.size(); i++) {
                dialect.bind(st, i + 1, params.get(i).value(), params.get(i).field());
            }
            List<Object[]> out = new ArrayList<>();
            try (ResultSet rows = st.executeQuery()) {
                while (rows.next()) {
                    Object[] row = new Object[columns.size()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = dialect.read(rows, i + 1, columns.get(i));
                    }
                    out.add(row);
                }
            }
            return out;
        } catch (SQLException e) {
            String state = e.getSQLState() != null ? e.getSQLState() : String.valueOf(e.getErrorCode());
            throw new DatabaseException("P2010", "Raw query failed. Code: `" + state + "`. Message: `"
                    + e.getMessage() + "`", Map.of("code", state, "message", String.valueOf(e.getMessage())),
                    sql.text(), sql.values(), state, e);
        }
    }
}
