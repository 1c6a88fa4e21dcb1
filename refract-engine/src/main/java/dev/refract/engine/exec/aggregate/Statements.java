package dev.refract.engine.exec.aggregate;

import dev.refract.engine.error.DatabaseException;
import dev.refract.engine.sql.Dialect;
import dev.refract.engine.sql.Param;
import dev.refract.engine.sql.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs one rendered query and maps each row; database failures become {@link DatabaseException}. */
final class Statements {
    private Statements() {
    }

    /** Maps one row (the cursor stands on it). */
    interface RowMapper {
        Map<String, Object> map(ResultSet rows) throws SQLException;
    }

    static List<Map<String, Object>> query(Connection connection, Dialect dialect, Sql sql, RowMapper mapper) {
        try (PreparedStatement st = connection.prepareStatement(sql.text())) {
            List<Param> params = sql.params();
            for (int i = 0; i < params.size(); i++) {
                dialect.bind(st, i + 1, params.get(i).value(), params.get(i).field());
            }
            List<Map<String, Object>> out = new ArrayList<>();
            try (ResultSet rows = st.executeQuery()) {
                while (rows.next()) {
                    out.add(mapper.map(rows));
                }
            }
            return out;
        } catch (SQLException e) {
            // P2010 is Prisma's "raw query failed"; the query engine facade may map SQL states more finely.
            throw new DatabaseException("P2010", e.getMessage(), Map.of(), sql.text(), sql.values(), e.getSQLState(),
                    e);
        }
    }
}
