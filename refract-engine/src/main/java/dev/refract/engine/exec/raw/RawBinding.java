package dev.refract.engine.exec.raw;

import dev.refract.engine.error.RefractException;
import dev.refract.engine.ir.Values;
import dev.refract.engine.sql.Dialect;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Binds the parameters of a raw statement, which have no field to type them: each goes in by its
 * Java type ({@link Values}).
 *
 * <p>On PostgreSQL a String, a DateTime (as ISO-8601 UTC text) and Json go untyped, so the server
 * gives each the type its place needs (a uuid or enum column, {@code timestamp} or
 * {@code timestamptz}, {@code json} or {@code jsonb}), as Prisma's engine types raw parameters
 * from the prepared statement; where nothing gives a type ({@code SELECT $1}) the SQL casts it
 * ({@code $1::text}). A List is an array of its elements' type. SQLite binds as the dialect does
 * (DateTime as epoch milliseconds, Boolean as 0/1, Decimal as text).
 */
final class RawBinding {
    private RawBinding() {
    }

    static void bind(PreparedStatement st, int index, Object value, Dialect dialect) throws SQLException {
        if (!dialect.provider().equals("postgresql")) {
            if (value instanceof List<?>) {
                throw new RefractException("P2010", "Raw query failed. Code: `N/A`. Message: `" + dialect.provider()
                        + " has no array parameters: bind each element`");
            }
            dialect.bind(st, index, value, null);
            return;
        }
        if (value == null) {
            st.setNull(index, Types.NULL);
        } else if (value instanceof String || value instanceof Values.Json) {
            st.setObject(index, value.toString(), Types.OTHER);
        } else if (value instanceof Instant instant) {
            st.setObject(index, instant.toString(), Types.OTHER);
        } else if (value instanceof List<?> list) {
            st.setArray(index, st.getConnection().createArrayOf(elementType(list), elements(list)));
        } else {
            st.setObject(index, value); // Integer, Long, Double, BigDecimal, Boolean, byte[]
        }
    }

    /** The PostgreSQL element type of a list, from its first non-null element. */
    private static String elementType(List<?> list) {
        for (Object v : list) {
            if (v == null) {
                continue;
            }
            if (v instanceof Integer || v instanceof Short) {
                return "int4";
            }
            if (v instanceof Long) {
                return "int8";
            }
            if (v instanceof Double || v instanceof Float) {
                return "float8";
            }
            if (v instanceof BigDecimal) {
                return "numeric";
            }
            if (v instanceof Boolean) {
                return "bool";
            }
            if (v instanceof Instant) {
                return "timestamptz";
            }
            if (v instanceof Values.Json) {
                return "jsonb";
            }
            if (v instanceof byte[]) {
                return "bytea";
            }
            return "text";
        }
        return "text";
    }

    private static Object[] elements(List<?> list) {
        Object[] out = new Object[list.size()];
        for (int i = 0; i < out.length; i++) {
            Object v = list.get(i);
            if (v instanceof Instant instant) {
                v = instant.atOffset(ZoneOffset.UTC).toString();
            } else if (v instanceof Values.Json json) {
                v = json.text();
            }
            out[i] = v;
        }
        return out;
    }
}
