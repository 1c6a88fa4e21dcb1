package dev.refract.engine.protocol;

import dev.refract.engine.ir.Action;
import dev.refract.engine.ir.RawQuery;
import dev.refract.engine.ir.Values;
import dev.refract.engine.json.Json;
import dev.refract.engine.json.JsonException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Reads executeRaw's and queryRaw's arguments into a {@link RawQuery}. The client sends
 * {@code parameters} as the JSON text of an array (a JSON string inside the request); each
 * element is a plain JSON value or a typed one, {@code {"prisma__type": "bigint" | "date" |
 * "decimal" | "bytes", "prisma__value": "..."}}, for the values JSON cannot carry. They become
 * IR values ({@link Values}): integers Integer (Long when they need 64 bits), other numbers Double,
 * bigint Long, date Instant, decimal BigDecimal, bytes {@code byte[]}, arrays Lists, other
 * objects Json.
 */
final class RawParameters {
    private RawParameters() {
    }

    static RawQuery query(Action action, Map<String, Object> args, List<String> selectionPath) {
        String sql = (String) args.get("query");
        List<Object> parameters = new ArrayList<>();
        Object given = args.get("parameters");
        if (given != null) {
            Object decoded = decode(((Values.Json) given).text(), selectionPath);
            if (!(decoded instanceof List<?> list)) {
                throw invalid("`parameters` must be a JSON array of values, got " + Json.write(decoded), selectionPath);
            }
            for (Object p : list) {
                parameters.add(value(p, selectionPath));
            }
        }
        return new RawQuery(action, sql, parameters);
    }

    /** The parameters' JSON: the array itself, or (as the client sends it) a JSON string holding its text. */
    private static Object decode(String text, List<String> selectionPath) {
        try {
            Object v = Json.parse(text);
            return v instanceof String s ? Json.parse(s) : v;
        } catch (JsonException e) {
            throw invalid("`parameters` is not valid JSON: " + e.getMessage(), selectionPath);
        }
    }

    private static Object value(Object p, List<String> selectionPath) {
        if (p instanceof BigDecimal n) {
            return number(n);
        }
        if (p instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object o : l) {
                out.add(value(o, selectionPath));
            }
            return out;
        }
        if (p instanceof Map<?, ?> m) {
            Object type = m.get("prisma__type");
            if (type == null) {
                return new Values.Json(Json.write(m));
            }
            return typed(String.valueOf(type), m.get("prisma__value"), selectionPath);
        }
        return p; // String, Boolean, null
    }

    private static Object number(BigDecimal n) {
        if (n.signum() == 0) {
            return 0;
        }
        BigDecimal integral = n.stripTrailingZeros();
        if (integral.scale() <= 0 && integral.precision() - integral.scale() <= 19) {
            try {
                long l = integral.longValueExact();
                return l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE ? (Object) (int) l : (Object) l;
            } catch (ArithmeticException e) {
                return n.doubleValue();
            }
        }
        return n.doubleValue();
    }

    private static Object typed(String type, Object raw, List<String> selectionPath) {
        if (!(raw instanceof String s)) {
            throw invalid("The raw parameter of type `" + type + "` needs a string `prisma__value`", selectionPath);
        }
        try {
            switch (type) {
                case "bigint":
                    return Long.parseLong(s);
                case "date":
                    return Rfc3339.parse(s).toInstant();
                case "decimal":
                    return new BigDecimal(s);
                case "bytes":
                    return Base64.getDecoder().decode(s);
                default:
                    throw invalid("Unknown raw parameter type `" + type + "`", selectionPath);
            }
        } catch (NumberFormatException | Rfc3339.ParseError e) {
            throw invalid("`" + s + "` is not a valid raw parameter of type `" + type + "`", selectionPath);
        } catch (IllegalArgumentException e) {
            throw invalid("`" + s + "` is not valid base64 for a raw parameter of type `bytes`", selectionPath);
        }
    }

    private static RuntimeException invalid(String message, List<String> selectionPath) {
        return ValidationError.other(message, selectionPath);
    }
}
