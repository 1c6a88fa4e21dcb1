package dev.refract.engine.result;

import dev.refract.engine.ir.Values;
import dev.refract.engine.json.Json;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Writes engine results as JSON, the way Prisma Client's values print with {@code JSON.stringify}
 * after the client has decoded them: the common ground of the CLI's {@code query} command and of
 * the differential tests against real Prisma.
 *
 * <ul>
 * <li>DateTime: ISO-8601 UTC with milliseconds, {@code 2024-01-02T03:04:05.000Z};</li>
 * <li>BigInt ({@link Long}) and Decimal: strings; Decimal as decimal.js prints it (no trailing
 *     zeros, exponent form below 1e-7 and from 1e21);</li>
 * <li>Float: as JavaScript prints a number ({@code 1}, {@code 0.5}, {@code 1e+21});</li>
 * <li>Bytes: base64; Json: its JSON inline, compacted (JSON null and SQL NULL both print null).</li>
 * </ul>
 */
public final class ClientJson {
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private ClientJson() {
    }

    /** The value as compact JSON. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder(256);
        write(out, value);
        return out.toString();
    }

    /** Appends the value as compact JSON. */
    public static void write(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(out, s);
        } else if (value instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            out.append(value);
        } else if (value instanceof Long l) {
            out.append('"').append(l.longValue()).append('"');
        } else if (value instanceof Double d) {
            out.append(jsNumber(d));
        } else if (value instanceof Float f) {
            out.append(jsNumber(f.doubleValue()));
        } else if (value instanceof BigDecimal d) {
            out.append('"').append(decimal(d)).append('"');
        } else if (value instanceof java.math.BigInteger i) {
            out.append('"').append(i).append('"');
        } else if (value instanceof Instant t) {
            out.append('"').append(ISO_MILLIS.format(t)).append('"');
        } else if (value instanceof byte[] bytes) {
            out.append('"').append(Base64.getEncoder().encodeToString(bytes)).append('"');
        } else if (value instanceof Values.Json json) {
            compactJson(out, json.text());
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(out, String.valueOf(e.getKey()));
                out.append(':');
                write(out, e.getValue());
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(out, list.get(i));
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("no JSON form for a " + value.getClass().getName());
        }
    }

    /** A JSON string literal, escaped as JSON.stringify escapes (the json package's writer). */
    public static void string(StringBuilder out, String s) {
        out.append(Json.write(s));
    }

    /** A double as JavaScript's Number.prototype.toString prints it. */
    public static String jsNumber(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "null"; // JSON.stringify's answer
        }
        return Json.write(d); // the json package prints numbers as JavaScript does
    }

    /** A Decimal as decimal.js's toString prints it (Prisma's Decimal). */
    public static String decimal(BigDecimal d) {
        if (d.signum() == 0) {
            return "0";
        }
        return jsStyle(d.stripTrailingZeros());
    }

    /** Decimal.js's notation: plain for 1e-7 <= |x| < 1e21, else {@code d.ddde+N} / {@code d.ddde-N}. */
    private static String jsStyle(BigDecimal v) {
        String digits = v.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - v.scale(); // position of the leading digit
        String sign = v.signum() < 0 ? "-" : "";
        if (exponent >= 21 || exponent <= -7) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mantissa + "e" + (exponent >= 0 ? "+" : "-") + Math.abs(exponent);
        }
        return v.toPlainString();
    }

    /** JSON text without insignificant whitespace, as JSON.parse then JSON.stringify would leave it. */
    static void compactJson(StringBuilder out, String json) {
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\' && i + 1 < json.length()) {
                    out.append(json.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                out.append(c);
            } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                out.append(c);
            }
        }
    }
}
