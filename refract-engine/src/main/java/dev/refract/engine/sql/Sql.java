package dev.refract.engine.sql;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * A rendered statement: its text with {@code ?} placeholders, and the values to bind, in order.
 *
 * @param text the SQL
 * @param params the bound values with the field that types each (null field: bind as is)
 */
public record Sql(String text, List<Param> params) implements Statement {
    public Sql {
        params = List.copyOf(params);
    }

    @Override
    public void bind(PreparedStatement statement, Dialect dialect) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Param p = params.get(i);
            dialect.bind(statement, i + 1, p.value(), p.field());
        }
    }

    /** The bound values alone, for logs and errors. */
    @Override
    public List<Object> values() {
        return params.stream().map(Param::value).toList();
    }

    @Override
    public String toString() {
        return text + " " + values();
    }
}
