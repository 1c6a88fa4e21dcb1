package dev.refract.engine.error;

import java.util.List;
import java.util.Map;

/**
 * A statement the database refused. Carries the SQL and its bound values, so that the failure can
 * be reproduced; {@link #code()} is Prisma's code for the database error where it has one (P2002
 * unique violation, P2021 missing table, P2022 missing column...), else P2010.
 */
public class DatabaseException extends RefractException {
    private final String sql;
    private final List<Object> bindings;
    private final String sqlState;

    public DatabaseException(String code, String message, Map<String, Object> meta, String sql, List<Object> bindings,
                             String sqlState, Throwable cause) {
        super(code, message, meta, cause);
        this.sql = sql;
        this.bindings = bindings == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(bindings));
        this.sqlState = sqlState;
    }

    /** The statement that failed. */
    public String sql() {
        return sql;
    }

    /** Its bound values, in order. */
    public List<Object> bindings() {
        return bindings;
    }

    /** The database's SQLSTATE (or SQLite's result code as text), or null. */
    public String sqlState() {
        return sqlState;
    }
}
