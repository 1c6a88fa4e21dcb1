package dev.refract.engine.sql;

import java.util.List;

/**
 * A rendered statement: its text with {@code ?} placeholders, and the values to bind, in order.
 *
 * @param text the SQL
 * @param params the bound values with the field that types each (null field: bind as is)
 */
public record Sql(String text, List<Param> params) {
    public Sql {
        params = List.copyOf(params);
    }

    /** The bound values alone, for logs and errors. */
    public List<Object> values() {
        return params.stream().map(Param::value).toList();
    }

    @Override
    public String toString() {
        return text + " " + values();
    }
}
