package dev.refract.engine.protocol;

import dev.refract.engine.json.Json;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Argument values as Prisma's JSON protocol adapter reads them, before validation: plain JSON,
 * with tagged values ({@code {"$type": ..., "value": ...}}) decoded. The representation:
 * String, Boolean, null, {@link Long} for integer literals that fit 64 bits (Prisma's Int),
 * {@link BigDecimal} for every other number (Prisma's Float: the nearest double, as Prisma reads
 * it), {@link BigIntArg}, {@link OffsetDateTime}, {@code byte[]}, {@link EnumArg}, {@link RawJson}
 * (tagged Json and Raw), {@link FieldRefArg}, {@code Map} for objects and {@code List} for arrays.
 */
final class Args {
    private Args() {
    }

    /** A BigInt tagged value. */
    record BigIntArg(long value) {
    }

    /** An Enum tagged value (also how the client sends DbNull, JsonNull and AnyNull). */
    record EnumArg(String value) {
    }

    /** JSON text from a Json or Raw tagged value. */
    record RawJson(String text) {
    }

    /** A FieldRef tagged value: {@code {_ref, _container}}. */
    record FieldRefArg(Map<String, Object> value) {
    }

    static Object convert(Object json) {
        if (json == null || json instanceof String || json instanceof Boolean) {
            return json;
        }
        if (json instanceof BigDecimal n) {
            return number(n);
        }
        if (json instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object o : list) {
                out.add(convert(o));
            }
            return out;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> obj = (Map<String, Object>) json;
        Object type = obj.get("$type");
        if (type instanceof String tag) {
            Object value = obj.get("value");
            switch (tag) {
                case "DateTime":
                    try {
                        return Rfc3339.parse(string(value, obj));
                    } catch (Rfc3339.ParseError e) {
                        throw cannotConvert(obj);
                    }
                case "BigInt":
                    try {
                        return new BigIntArg(Long.parseLong(string(value, obj)));
                    } catch (NumberFormatException e) {
                        throw cannotConvert(obj);
                    }
                case "Decimal":
                    try {
                        return new BigDecimal(string(value, obj));
                    } catch (NumberFormatException e) {
                        throw cannotConvert(obj);
                    }
                case "Bytes":
                    try {
                        return Base64.getDecoder().decode(string(value, obj));
                    } catch (IllegalArgumentException e) {
                        throw cannotConvert(obj);
                    }
                case "Json":
                    return new RawJson(string(value, obj));
                case "Raw":
                    if (!obj.containsKey("value")) {
                        throw cannotConvert(obj);
                    }
                    return new RawJson(Json.write(value));
                case "Enum":
                    return new EnumArg(string(value, obj));
                case "FieldRef":
                    if (!(value instanceof Map)) {
                        throw cannotConvert(obj);
                    }
                    @SuppressWarnings("unchecked")
                    Map<String, Object> ref = (Map<String, Object>) convert(value);
                    return new FieldRefArg(ref);
                case "Param":
                    throw new ProtocolException("Query parameters ($type Param) are not supported: send the values themselves");
                default:
                    break;
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : obj.entrySet()) {
            out.put(e.getKey(), convert(e.getValue()));
        }
        return out;
    }

    /** An integer literal that fits 64 bits is an Int; anything else is read as a double, as Prisma reads it. */
    private static Object number(BigDecimal n) {
        if (n.scale() == 0 && n.unscaledValue().bitLength() < 64) {
            return n.longValueExact();
        }
        double d = n.doubleValue();
        if (Double.isInfinite(d)) {
            throw new ProtocolException("Could not convert argument value " + n + " to ArgumentValue: number out of range");
        }
        if (d == 0) {
            return BigDecimal.ZERO;
        }
        return new BigDecimal(Double.toString(d)).stripTrailingZeros();
    }

    private static String string(Object value, Map<String, Object> obj) {
        if (!(value instanceof String s)) {
            throw cannotConvert(obj);
        }
        return s;
    }

    private static ProtocolException cannotConvert(Map<String, Object> obj) {
        return new ProtocolException("Could not convert argument value " + Json.write(obj) + " to ArgumentValue.");
    }

    /** Prisma's name of a value's type in InvalidArgumentType errors. */
    static String typeName(Object v) {
        if (v == null) {
            return "Null";
        } else if (v instanceof String) {
            return "String";
        } else if (v instanceof Boolean) {
            return "Boolean";
        } else if (v instanceof Long) {
            return "Int";
        } else if (v instanceof BigDecimal) {
            return "Float";
        } else if (v instanceof BigIntArg) {
            return "BigInt";
        } else if (v instanceof OffsetDateTime) {
            return "DateTime";
        } else if (v instanceof byte[]) {
            return "Bytes";
        } else if (v instanceof EnumArg) {
            return "Enum";
        } else if (v instanceof RawJson) {
            return "JSON";
        } else if (v instanceof FieldRefArg) {
            return "FieldRef";
        } else if (v instanceof Map) {
            return "Object";
        } else if (v instanceof List<?> l) {
            List<String> names = new ArrayList<>();
            for (Object o : l) {
                names.add(typeName(o));
            }
            return "(" + String.join(", ", names) + ")";
        }
        return v.getClass().getSimpleName();
    }

    /** Whether a value may be read as a Json value (everything but enums and field references). */
    static boolean canBeJson(Object v) {
        if (v instanceof EnumArg || v instanceof FieldRefArg) {
            return false;
        }
        if (v instanceof List<?> l) {
            for (Object o : l) {
                if (!canBeJson(o)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The JSON text of a value, as Prisma serializes an argument value into a Json column. */
    static String toJsonText(Object v) {
        StringBuilder sb = new StringBuilder();
        appendJson(sb, v);
        return sb.toString();
    }

    private static void appendJson(StringBuilder sb, Object v) {
        if (v instanceof RawJson r) {
            sb.append(r.text());
        } else if (v instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                appendJson(sb, l.get(i));
            }
            sb.append(']');
        } else if (v instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                sb.append(Json.write(String.valueOf(e.getKey()))).append(':');
                appendJson(sb, e.getValue());
            }
            sb.append('}');
        } else if (v instanceof BigIntArg b) {
            sb.append(b.value());
        } else if (v instanceof OffsetDateTime t) {
            sb.append(Json.write(t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
        } else if (v instanceof byte[] bytes) {
            sb.append(Json.write(Base64.getEncoder().encodeToString(bytes)));
        } else if (v instanceof BigDecimal d) {
            sb.append(d.toPlainString());
        } else {
            sb.append(Json.write(v));
        }
    }
}
