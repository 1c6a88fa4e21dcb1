package dev.refract.engine.exec.raw;

import dev.refract.engine.ir.Values;
import dev.refract.engine.sql.ColumnReader;
import dev.refract.engine.sql.SqliteDialect;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the rows of a raw query as records: one {@code LinkedHashMap} per row, in column order,
 * each value typed as {@link Values} says by the column's SQL type, as Prisma types raw results.
 *
 * <p>PostgreSQL names each column's type: {@code int2}/{@code int4} are Integers, {@code int8} a
 * Long, {@code numeric} a BigDecimal, {@code float4}/{@code float8} Doubles, {@code timestamp},
 * {@code timestamptz}, {@code date} (midnight UTC) and {@code time} (on 1970-01-01 UTC) Instants,
 * as Prisma Client turns them all into a {@code Date}; {@code json}/{@code jsonb} are Json,
 * {@code bytea} bytes, arrays lists, anything else (text, uuid, enums, inet...) its text.
 *
 * <p>SQLite has no column types, only declarations: a table column is read by its declared type
 * (Prisma's {@code INTEGER}, {@code BIGINT}, {@code REAL}, {@code DECIMAL}, {@code BOOLEAN},
 * {@code DATETIME} in epoch milliseconds or ISO text, {@code JSONB}, {@code BLOB}, {@code TEXT}); an
 * expression by what it holds, an integer being a Long as Prisma makes it a BigInt
 * ({@code SELECT count(*)}).
 */
final class RawColumns {
    private RawColumns() {
    }

    /** Every row of {@code rs}. */
    static List<Map<String, Object>> read(ResultSet rs, String provider) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        int n = meta.getColumnCount();
        String[] names = new String[n];
        ColumnReader[] readers = new ColumnReader[n];
        boolean sqlite = provider.equals("sqlite");
        for (int i = 0; i < n; i++) {
            names[i] = meta.getColumnLabel(i + 1);
            readers[i] = sqlite ? sqlite(declaredType(meta, i + 1)) : postgres(postgresTypeName(meta, i + 1));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        while (rs.next()) {
            Map<String, Object> row = new LinkedHashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                row.put(names[i], readers[i].read(rs, i + 1));
            }
            rows.add(row);
        }
        return rows;
    }

    /** PostgreSQL, by the type's name ({@code pg_type.typname}; pgjdbc says serial for an int4 with a sequence). */
    static ColumnReader postgres(String type) {
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
        if (t.startsWith("_")) {
            ColumnReader element = postgres(t.substring(1));
            return (rs, column) -> array(rs.getArray(column), element);
        }
        switch (t) {
            case "int2", "int4", "serial", "smallserial":
                return (rs, column) -> {
                    int v = rs.getInt(column);
                    return v == 0 && rs.wasNull() ? null : v;
                };
            case "int8", "bigserial", "oid":
                return (rs, column) -> {
                    long v = rs.getLong(column);
                    return v == 0 && rs.wasNull() ? null : v;
                };
            case "float4", "float8":
                return (rs, column) -> {
                    double v = rs.getDouble(column);
                    return v == 0 && rs.wasNull() ? null : v;
                };
            case "numeric":
                return ResultSet::getBigDecimal;
            case "bool":
                return (rs, column) -> {
                    boolean v = rs.getBoolean(column);
                    return !v && rs.wasNull() ? null : v;
                };
            case "timestamp":
                return (rs, column) -> {
                    LocalDateTime v = rs.getObject(column, LocalDateTime.class);
                    return v == null ? null : v.toInstant(ZoneOffset.UTC);
                };
            case "timestamptz":
                return (rs, column) -> {
                    OffsetDateTime v = rs.getObject(column, OffsetDateTime.class);
                    return v == null ? null : v.toInstant();
                };
            case "date":
                return (rs, column) -> {
                    LocalDate v = rs.getObject(column, LocalDate.class);
                    return v == null ? null : v.atStartOfDay(ZoneOffset.UTC).toInstant();
                };
            case "time":
                return (rs, column) -> {
                    LocalTime v = rs.getObject(column, LocalTime.class);
                    return v == null ? null : v.atDate(LocalDate.EPOCH).toInstant(ZoneOffset.UTC);
                };
            case "timetz":
                return (rs, column) -> {
                    OffsetTime v = rs.getObject(column, OffsetTime.class);
                    return v == null ? null : v.atDate(LocalDate.EPOCH).toInstant();
                };
            case "json", "jsonb":
                return (rs, column) -> {
                    String v = rs.getString(column);
                    return v == null ? null : new Values.Json(v);
                };
            case "bytea":
                return ResultSet::getBytes;
            default:
                return ResultSet::getString;
        }
    }

    /**
     * The column's {@code pg_type} name. pgjdbc's {@code getColumnTypeName} first asks the catalog
     * whether the column is a serial (a hidden round trip per table column and connection) to answer
     * {@code serial} for an int4; its protected {@code getPGType} answers from the row description
     * alone, so it is used when it can be reached.
     */
    static String postgresTypeName(ResultSetMetaData meta, int column) throws SQLException {
        java.lang.reflect.Method pgType = PG_TYPE.get(meta.getClass());
        if (pgType != null) {
            try {
                return (String) pgType.invoke(meta, column);
            } catch (ReflectiveOperationException | RuntimeException e) {
                // fall back to the public method
            }
        }
        return meta.getColumnTypeName(column);
    }

    private static final ClassValue<java.lang.reflect.Method> PG_TYPE = new ClassValue<>() {
        @Override
        protected java.lang.reflect.Method computeValue(Class<?> type) {
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                try {
                    java.lang.reflect.Method m = c.getDeclaredMethod("getPGType", int.class);
                    m.setAccessible(true);
                    return m;
                } catch (NoSuchMethodException | RuntimeException notHere) {
                    // a superclass may declare it; a module may refuse access
                }
            }
            return null;
        }
    };

    /** A PostgreSQL array, its elements read as the element type through the array's own result set. */
    private static Object array(Array array, ColumnReader element) throws SQLException {
        if (array == null) {
            return null;
        }
        List<Object> out = new ArrayList<>();
        try (ResultSet elements = array.getResultSet()) {
            while (elements.next()) {
                out.add(element.read(elements, 2)); // column 1 is the index, 2 the value
            }
        } finally {
            array.free();
        }
        return out;
    }

    /**
     * SQLite's declared type of a table's column, upper case without its size ({@code DECIMAL(10,2)}
     * gives {@code DECIMAL}); null for an expression, whose type is what it holds.
     */
    private static String declaredType(ResultSetMetaData meta, int column) throws SQLException {
        String table = meta.getTableName(column);
        if (table == null || table.isEmpty()) {
            return null;
        }
        String type = meta.getColumnTypeName(column);
        if (type == null || type.isEmpty()) {
            return null;
        }
        int paren = type.indexOf('(');
        return (paren < 0 ? type : type.substring(0, paren)).trim().toUpperCase(Locale.ROOT);
    }

    static ColumnReader sqlite(String declared) {
        return (rs, column) -> {
            Object raw = rs.getObject(column);
            return raw == null ? null : sqliteValue(declared, raw);
        };
    }

    /** One SQLite value by its column's declared type; a value the declaration does not fit is read as it is. */
    static Object sqliteValue(String declared, Object raw) {
        String d = declared == null ? "" : declared;
        if (raw instanceof Number number) {
            if (d.equals("BOOLEAN") || d.equals("BOOL")) {
                return number.longValue() != 0;
            }
            if (d.startsWith("DATE") || d.equals("TIMESTAMP")) {
                return Instant.ofEpochMilli(number.longValue());
            }
            if (d.equals("DECIMAL") || d.equals("NUMERIC")) {
                return new BigDecimal(number.toString());
            }
            if (d.equals("REAL") || d.equals("FLOAT") || d.startsWith("DOUBLE")) {
                return number.doubleValue();
            }
            if (d.contains("INT") && !(raw instanceof Double)) {
                long v = number.longValue();
                boolean big = d.equals("BIGINT") || d.equals("INT8") || d.contains("BIG");
                return big || v != (int) v ? (Object) v : (Object) (int) v;
            }
            return raw instanceof Double || raw instanceof Float ? number.doubleValue() : (Object) number.longValue();
        }
        if (raw instanceof String text) {
            try {
                if (d.startsWith("DATE") || d.equals("TIMESTAMP")) {
                    return SqliteDialect.toInstant(text);
                }
                if (d.equals("DECIMAL") || d.equals("NUMERIC")) {
                    return new BigDecimal(text.trim());
                }
            } catch (RuntimeException notOfItsType) {
                return text; // SQLite stores whatever it is given: text that is no date or number stays text
            }
            if (d.startsWith("JSON")) {
                return new Values.Json(text);
            }
            return text;
        }
        return raw; // byte[]
    }
}
