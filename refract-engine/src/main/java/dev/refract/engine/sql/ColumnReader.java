package dev.refract.engine.sql;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads one column of the current row as an IR value. A dialect resolves one per statement column
 * ({@link Dialect#reader}) so the row loop does not look at the field's type again for every row.
 */
@FunctionalInterface
public interface ColumnReader {
    /** The value at {@code column} (1-based) of the current row; null for SQL NULL. */
    Object read(ResultSet rows, int column) throws SQLException;
}
