package dev.refract.engine.json;

import dev.refract.engine.ir.Values;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes Java values as JSON text, compact or indented as {@code JSON.stringify(v, null, 2)} does.
 *
 * <p>Accepted: null, {@link Boolean}, {@link CharSequence}, {@link Character}, integral numbers
 * (Integer, Long, Short, Byte, BigInteger), {@link BigDecimal} (its {@code toString()}, which
 * parses back to an equal value, scale included), {@link Double}/{@link Float} (formatted as
 * JavaScript formats numbers: {@code 1.0} is {@code 1}, {@code 1e21} is {@code 1e+21}; NaN and the
 * infinities are refused, JSON has no such numbers), {@link Map} (keys by {@code toString()}),
 * {@link Iterable}, {@code Object[]}, and {@link Values.Json}, whose text is written as is.
 *
 * <p>Strings are escaped as {@code JSON.stringify} escapes them: {@code "} and {@code \}, the
 * control characters (short forms where JSON has them), and lone surrogates as {@code \}{@code uXXXX},
 * so the output is always well-formed UTF-16 and thus valid UTF-8 when encoded.
 */
final class JsonWriter {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder out;
    private final String indent;
    private int level;

    JsonWriter(StringBuilder out, String indent) {
        this.out = out;
        this.indent = indent;
    }

    void write(Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof CharSequence) {
            writeString(value.toString());
        } else if (value instanceof Boolean) {
            out.append(((Boolean) value).booleanValue() ? "true" : "false");
        } else if (value instanceof Number) {
            writeNumber((Number) value);
        } else if (value instanceof Map) {
            writeObject((Map<?, ?>) value);
        } else if (value instanceof Iterable) {
            writeArray(((Iterable<?>) value).iterator());
        } else if (value instanceof Object[]) {
            writeArray(java.util.Arrays.asList((Object[]) value).iterator());
        } else if (value instanceof Values.Json) {
            out.append(((Values.Json) value).text());
        } else if (value instanceof Character) {
            writeString(value.toString());
        } else {
            throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as JSON");
        }
    }

    private void writeObject(Map<?, ?> map) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        level++;
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            newline();
            writeString(String.valueOf(e.getKey()));
            out.append(indent == null ? ":" : ": ");
            write(e.getValue());
        }
        level--;
        newline();
        out.append('}');
    }

    private void writeArray(Iterator<?> items) {
        if (!items.hasNext()) {
            out.append("[]");
            return;
        }
        out.append('[');
        level++;
        boolean first = true;
        while (items.hasNext()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            newline();
            write(items.next());
        }
        level--;
        newline();
        out.append(']');
    }

    private void newline() {
        if (indent != null) {
            out.append('\n');
            for (int i = 0; i < level; i++) {
                out.append(indent);
            }
        }
    }

    private void writeNumber(Number n) {
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte
                || n instanceof BigInteger || n instanceof BigDecimal) {
            out.append(n.toString());
        } else if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("JSON has no number " + d);
            }
            out.append(JsNumbers.format(n instanceof Float ? Float.toString(n.floatValue()) : Double.toString(d)));
        } else {
            // AtomicLong and friends: their decimal text is a JSON number.
            out.append(new BigDecimal(n.toString()).toString());
        }
    }

    void writeString(String s) {
        out.append('"');
        int runStart = 0;
        int len = s.length();
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            String shortForm = null;
            boolean escape;
            if (c == '"') {
                shortForm = "\\\"";
                escape = true;
            } else if (c == '\\') {
                shortForm = "\\\\";
                escape = true;
            } else if (c < 0x20) {
                switch (c) {
                    case '\b': shortForm = "\\b"; break;
                    case '\f': shortForm = "\\f"; break;
                    case '\n': shortForm = "\\n"; break;
                    case '\r': shortForm = "\\r"; break;
                    case '\t': shortForm = "\\t"; break;
                    default: break;
                }
                escape = true;
            } else if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c)
                        ? i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))
                        : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
                escape = !paired;
            } else {
                escape = false;
            }
            if (escape) {
                out.append(s, runStart, i);
                if (shortForm != null) {
                    out.append(shortForm);
                } else {
                    out.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF])
                            .append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
                }
                runStart = i + 1;
            }
        }
        out.append(s, runStart, len);
        out.append('"');
    }
}
