package dev.refract.engine.exec.aggregate;

import dev.refract.engine.ir.Aggregate;
import dev.refract.engine.sql.Dialect;
import dev.refract.engine.sql.SqlWriter;
import dev.refract.model.BuiltinType;
import dev.refract.model.ScalarField;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL of one aggregate column and the Java value of its result, with Prisma's result types:
 *
 * <table>
 * <caption>aggregate result types</caption>
 * <tr><td>{@code _count}</td><td>Integer, 0 when no rows</td></tr>
 * <tr><td>{@code _avg}</td><td>Double, or BigDecimal for Decimal fields</td></tr>
 * <tr><td>{@code _sum}</td><td>the field's type: Integer (Long past its range: Prisma's Int is
 *     64-bit), Long, Double, BigDecimal</td></tr>
 * <tr><td>{@code _min}, {@code _max}</td><td>the field's type (read as the dialect reads the column)</td></tr>
 * </table>
 *
 * <p>All but counts are null over no rows (or only nulls).
 */
public final class AggregateColumns {
    private AggregateColumns() {
    }

    /**
     * The result entries of one aggregate, in output order: its fields, with null standing for
     * {@code _all} where it was asked.
     */
    public static List<ScalarField> entries(Aggregate aggregate) {
        if (aggregate.function() == Aggregate.Function.COUNT && aggregate.bare()) {
            List<ScalarField> all = new ArrayList<>();
            all.add(null);
            return all;
        }
        List<ScalarField> out = new ArrayList<>(aggregate.fields());
        if (aggregate.function() == Aggregate.Function.COUNT && aggregate.countAll()) {
            int at = aggregate.allPosition();
            out.add(at < 0 || at > out.size() ? out.size() : at, null);
        }
        return out;
    }

    /**
     * Appends the aggregate of {@code field} (null: {@code COUNT(*)}) over the column of
     * {@code alias} (null: the bare column name, for derived tables).
     */
    public static void expression(SqlWriter w, Aggregate.Function function, String alias, ScalarField field) {
        if (field == null) {
            if (function != Aggregate.Function.COUNT) {
                throw new IllegalArgumentException("only _count has _all");
            }
            w.append("COUNT(*)");
            return;
        }
        w.append(sqlFunction(w.dialect(), function, field)).append('(').column(alias, field);
        if (isPostgresUuid(w.dialect(), field) && (function == Aggregate.Function.MIN
                || function == Aggregate.Function.MAX)) {
            // PostgreSQL has no MIN/MAX over uuid; its text form (lowercase hex) orders the same.
            w.append("::text");
        }
        w.append(')');
    }

    private static boolean isPostgresUuid(Dialect dialect, ScalarField field) {
        return "postgresql".equals(dialect.provider()) && field.nativeType() != null
                && "Uuid".equals(field.nativeType().name());
    }

    private static String sqlFunction(Dialect dialect, Aggregate.Function function, ScalarField field) {
        // PostgreSQL has no MIN/MAX over booleans; false < true, so MIN is "all true" and MAX "any true".
        boolean pgBoolean = "postgresql".equals(dialect.provider()) && type(field) == BuiltinType.BOOLEAN;
        return switch (function) {
            case COUNT -> "COUNT";
            case AVG -> "AVG";
            case SUM -> "SUM";
            case MIN -> pgBoolean ? "BOOL_AND" : "MIN";
            case MAX -> pgBoolean ? "BOOL_OR" : "MAX";
        };
    }

    /** Reads the aggregate of {@code field} (null: {@code _all}) from {@code column}. */
    public static Object read(Dialect dialect, ResultSet rows, int column, Aggregate.Function function,
                              ScalarField field) throws SQLException {
        switch (function) {
            case COUNT: {
                long n = rows.getLong(column);
                return Math.toIntExact(n);
            }
            case AVG:
                if (type(field) == BuiltinType.DECIMAL) {
                    BigDecimal d = decimal(rows.getObject(column));
                    // AVG's scale is an artifact of each database's division, not the column's: drop it.
                    return d == null ? null : normalize(d);
                }
                return doubleOrNull(rows, column);
            case SUM:
                return readSum(dialect, rows, column, field);
            default:
                return dialect.read(rows, column, field);
        }
    }

    private static Object readSum(Dialect dialect, ResultSet rows, int column, ScalarField field) throws SQLException {
        BuiltinType type = type(field);
        if (type == null) {
            return dialect.read(rows, column, field);
        }
        switch (type) {
            case INT: {
                // PostgreSQL's SUM(int4) is a bigint; Prisma's Int is 64-bit, so keep large sums exact.
                long n = rows.getLong(column);
                if (rows.wasNull()) {
                    return null;
                }
                return n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE ? (Object) (int) n : (Object) n;
            }
            case BIG_INT: {
                // PostgreSQL's SUM(int8) is numeric.
                Object raw = rows.getObject(column);
                if (raw == null) {
                    return null;
                }
                return raw instanceof BigDecimal d ? d.longValueExact() : ((Number) raw).longValue();
            }
            case FLOAT:
                return doubleOrNull(rows, column);
            case DECIMAL: {
                Object raw = rows.getObject(column);
                return raw instanceof Double || raw instanceof Float ? decimal(raw) : dialect.read(rows, column, field);
            }
            default:
                return dialect.read(rows, column, field);
        }
    }

    /**
     * Puts one aggregate's values into its result object: {@code {_all: 3, email: 2}}.
     *
     * @param values the values of {@link #entries}, in that order
     */
    public static Map<String, Object> object(Aggregate aggregate, List<Object> values) {
        List<ScalarField> entries = entries(aggregate);
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            out.put(entries.get(i) == null ? "_all" : entries.get(i).name(), values.get(i));
        }
        return out;
    }

    static BuiltinType type(ScalarField field) {
        return field == null ? null : field.type().builtin();
    }

    private static Object doubleOrNull(ResultSet rows, int column) throws SQLException {
        double d = rows.getDouble(column);
        return rows.wasNull() ? null : d;
    }

    private static BigDecimal decimal(Object raw) {
        if (raw == null) {
            return null;
        }
        if (raw instanceof BigDecimal d) {
            return d;
        }
        if (raw instanceof Double || raw instanceof Float) {
            // SQLite keeps Decimals as REAL: Prisma turns the double into its shortest decimal form,
            // binary noise of sums included (1.1 + 2.2 = 3.3000000000000003), and so do we.
            return normalize(new BigDecimal(Double.toString(((Number) raw).doubleValue())));
        }
        return new BigDecimal(raw.toString());
    }

    /** Without trailing zeros, but never in exponent form for integers (100, not 1E+2). */
    static BigDecimal normalize(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
