package dev.refract.engine.exec.find;

import dev.refract.engine.ir.Values;
import dev.refract.engine.sql.Dialect;
import dev.refract.engine.sql.EnumMapping;
import dev.refract.engine.sql.SqliteDialect;
import dev.refract.model.BuiltinType;
import dev.refract.model.ScalarField;
import dev.refract.model.ScalarType;
import dev.refract.model.SchemaModel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Scalars in and out of the JSON that join mode builds in the database. JSON numbers and the
 * databases' JSON functions lose or reshape some types, so those travel as strings chosen to
 * survive exactly, and come back as the same Java values the dialect reads from a plain column:
 * BigInt, Float and Decimal as their text (SQLite: Float as an exact mantissa and exponent, Decimal
 * tagged by storage class), DateTime as exact epoch seconds (PostgreSQL) or as stored (SQLite), Bytes as
 * hex, Json as its text, enums as their database value.
 */
final class JsonColumns {
    private final boolean postgres;
    private final EnumMapping enums;

    JsonColumns(SchemaModel schema, Dialect dialect) {
        this.postgres = dialect.provider().equals("postgresql");
        this.enums = new EnumMapping(schema);
    }

    /** The SQL expression putting column {@code column} (already quoted) of {@code field} into JSON. */
    String encode(String column, ScalarField field) {
        if (field.arity().isList()) {
            // PostgreSQL only: element by element, in order.
            return "CASE WHEN " + column + " IS NULL THEN NULL ELSE (SELECT COALESCE(json_agg(" + element("\"u\".\"x\"",
                    field) + " ORDER BY \"u\".\"o\"), '[]'::json) FROM unnest(" + column
                    + ") WITH ORDINALITY AS \"u\"(\"x\", \"o\")) END";
        }
        return element(column, field);
    }

    private String element(String c, ScalarField field) {
        if (EnumMapping.enumName(field) != null) {
            return postgres ? c + "::text" : c;
        }
        BuiltinType type = field.type() instanceof ScalarType.Builtin b ? b.type() : BuiltinType.STRING;
        if (postgres) {
            return switch (type) {
                case BIG_INT, FLOAT, DECIMAL, JSON -> c + "::text";
                case DATE_TIME -> "extract(epoch from " + c + ")::text";
                case BYTES -> "encode(" + c + ", 'hex')";
                default -> c;
            };
        }
        return switch (type) {
            case FLOAT -> sqliteDouble(c);
            case DECIMAL -> "CASE typeof(" + c + ") WHEN 'null' THEN NULL WHEN 'real' THEN 'r' || " + sqliteDouble(c)
                    + " ELSE 't' || CAST(" + c + " AS TEXT) END";
            case BYTES -> "CASE WHEN " + c + " IS NULL THEN NULL ELSE hex(" + c + ") END";
            default -> c;
        };
    }

    /**
     * A SQLite REAL as exact text. SQLite's own float formatting (printf, quote, json) is not
     * round-trip exact for about one value in ten, so the value goes as an integer mantissa and a
     * power of two ({@code b<m>,<e>}, scaling by a power of two is exact); zero, integers, very
     * small values (below 1e-290) and infinities go as SQLite's text.
     */
    private static String sqliteDouble(String c) {
        String exp = "CAST(floor(log2(abs(" + c + "))) - 53 AS INTEGER)";
        return "CASE WHEN " + c + " IS NULL THEN NULL WHEN typeof(" + c + ") = 'real' AND " + c + " - " + c
                + " = 0 AND abs(" + c + ") > 1e-290 THEN 'b' || CAST(" + c + " / power(2.0, " + exp
                + ") AS INTEGER) || ',' || " + exp + " ELSE CAST(" + c + " AS TEXT) END";
    }

    /** Reads {@link #sqliteDouble} (or any number text). */
    private static double parseDouble(String s) {
        if (s.startsWith("b")) {
            int comma = s.indexOf(',');
            return Math.scalb((double) Long.parseLong(s.substring(1, comma)), Integer.parseInt(s.substring(comma + 1)));
        }
        return switch (s) {
            case "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
    }

    /** The Java value of {@code field} from its JSON form ({@link dev.refract.engine.json.Json} types). */
    Object decode(Object json, ScalarField field) {
        if (json == null) {
            // Prisma reads a NULL scalar list as an empty list.
            return field.arity().isList() ? new ArrayList<>() : null;
        }
        if (field.arity().isList()) {
            List<Object> out = new ArrayList<>();
            for (Object e : (List<?>) json) {
                out.add(decodeElement(e, field));
            }
            return out;
        }
        return decodeElement(json, field);
    }

    private Object decodeElement(Object v, ScalarField field) {
        if (v == null) {
            return null;
        }
        String enumName = EnumMapping.enumName(field);
        if (enumName != null) {
            return enums.fromDatabase(enumName, v.toString());
        }
        BuiltinType type = field.type() instanceof ScalarType.Builtin b ? b.type() : BuiltinType.STRING;
        return switch (type) {
            case STRING -> v.toString();
            case INT -> ((BigDecimal) v).intValueExact();
            case BIG_INT -> v instanceof BigDecimal d ? d.longValueExact() : Long.parseLong(v.toString());
            case FLOAT -> v instanceof BigDecimal d ? d.doubleValue() : parseDouble(v.toString());
            case DECIMAL -> decimal(v);
            case BOOLEAN -> v instanceof Boolean bool ? bool : ((BigDecimal) v).signum() != 0;
            case DATE_TIME -> instant(v);
            case JSON -> new Values.Json(v.toString());
            case BYTES -> HexFormat.of().parseHex(v.toString().toLowerCase(java.util.Locale.ROOT));
        };
    }

    private BigDecimal decimal(Object v) {
        if (v instanceof BigDecimal d) {
            return d;
        }
        String s = v.toString();
        if (postgres) {
            return new BigDecimal(s);
        }
        // SQLite: as the dialect reads a plain column, a REAL through Double's text, else the text.
        return s.charAt(0) == 'r' ? new BigDecimal(Double.toString(parseDouble(s.substring(1))))
                : new BigDecimal(s.substring(1));
    }

    private Instant instant(Object v) {
        if (postgres) {
            BigDecimal seconds = new BigDecimal(v.toString());
            BigDecimal whole = seconds.setScale(0, java.math.RoundingMode.FLOOR);
            return Instant.ofEpochSecond(whole.longValueExact(),
                    seconds.subtract(whole).movePointRight(9).intValue());
        }
        return SqliteDialect.toInstant(v instanceof BigDecimal d ? (Object) d.longValueExact() : v);
    }
}
