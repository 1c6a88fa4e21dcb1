package dev.refract.engine.sql;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * A statement ready to run: its text with {@code ?} placeholders, how its values are bound, and
 * those values as a list for logs, events and errors. {@link Sql} holds its values as
 * {@link Param}s; a bulk INSERT binds straight from its rows instead, so that ten thousand rows
 * are not first copied into forty thousand {@code Param}s (see {@code exec.write.InsertRows}).
 */
public interface Statement {
    /** The SQL text, as sent. */
    String text();

    /** Binds every value to {@code statement}, in order, through {@code dialect}. */
    void bind(PreparedStatement statement, Dialect dialect) throws SQLException;

    /**
     * The bound values in order (IR Java types). Built on demand: only logs at debug level, query
     * listeners and errors ask for them.
     */
    List<Object> values();
}
