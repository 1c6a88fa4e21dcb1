package dev.refract.engine.exec.aggregate;

import dev.refract.engine.ir.Aggregate;
import dev.refract.engine.sql.Dialect;
import dev.refract.engine.sql.SqlWriter;
import dev.refract.model.BuiltinType;
import dev.refract.model.ScalarField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL of one aggregate column and the Java value of its result, with Prisma's result types:
 *
 * <table>
 * <caption>aggregate result types</caption>
 * <tr><td>{@code _count}</td><td>Integer (Long past its range), 0 when no rows</td></tr>
 * <tr><td>{@code _avg}</td><td>Double, or BigDecimal for Decimal fields</td></tr>
 * <tr><td>{@code _sum}</td><td>the field's type: Integer (Long past its range: Prisma's Int is
 *     64-bit), Long, Double, BigDecimal</td></tr>
 * <tr><td>{@code _min}, {@code _max}</td><td>the field's type (read as the dialect reads the column)</td></tr>
 * </table>
 *
 * <p>All but counts are null over no rows (or only nulls).
 */
public final class AggregateColumns {
    private static final ScalarField BIG_INT = ScalarField.builder("aggregate", BuiltinType.BIG_INT).optional().build();
    private static final ScalarField FLOAT = ScalarField.builder("aggregate", BuiltinType.FLOAT).optional().build();
    private static final ScalarField DECIMAL = ScalarField.builder("aggregate", BuiltinType.DECIMAL).optional().build();

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

    /**
     * The type to read the column of the aggregate of {@code field} (null: {@code _all}) as:
     * the field itself for MIN/MAX, else a stand-in field of the SQL result's type, whose value
     * {@link #convert} then turns into Prisma's type.
     */
    public static ScalarField readAs(Aggregate.Function function, ScalarField field) {
        return switch (function) {
            case COUNT -> BIG_INT;
            case AVG -> type(field) == BuiltinType.DECIMAL ? DECIMAL : FLOAT;
            case SUM -> switch (type(field) == null ? BuiltinType.STRING : type(field)) {
                // PostgreSQL's SUM(int4) is a bigint and SUM(int8) a numeric: read both as 64-bit.
                case INT, BIG_INT -> BIG_INT;
                case FLOAT -> FLOAT;
                case DECIMAL -> DECIMAL;
                default -> field;
            };
            case MIN, MAX -> field;
        };
    }

    /** Turns a value read as {@link #readAs} says into Prisma's result type (null stays null, counts 0). */
    public static Object convert(Dialect dialect, Aggregate.Function function, ScalarField field, Object raw) {
        if (function == Aggregate.Function.COUNT) {
            return raw == null ? 0 : narrow((Long) raw);
        }
        if (raw == null) {
            return null;
        }
        if (function == Aggregate.Function.AVG && raw instanceof BigDecimal d) {
            // AVG's scale is an artifact of each database's division, not the column's: drop it.
            return normalize(d);
        }
        if (function == Aggregate.Function.SUM && type(field) == BuiltinType.INT) {
            // Prisma's Int is 64-bit: a sum past Integer's range stays whole, as a Long.
            return narrow((Long) raw);
        }
        if (function == Aggregate.Function.SUM && raw instanceof BigDecimal d && "sqlite".equals(dialect.provider())) {
            // SQLite keeps Decimals as REAL and sums them as doubles; Prisma gives the double's
            // shortest form, binary noise included (1.1 + 2.2 = 3.3000000000000003), and so do we.
            return normalize(d);
        }
        return raw;
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

    /** An Integer, or a Long past Integer's range (Prisma's Int is 64-bit, so the value stays whole). */
    private static Object narrow(long n) {
        return n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE ? (Object) (int) n : (Object) n;
    }

    static BuiltinType type(ScalarField field) {
        return field == null ? null : field.type().builtin();
    }

    /** Without trailing zeros, but never in exponent form for integers (100, not 1E+2). */
    static BigDecimal normalize(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
