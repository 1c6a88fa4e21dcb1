package dev.refract.engine.json;

import java.util.Map;

/**
 * Dependency-free JSON for the engine: {@link #parse(String)} and {@link #write(Object)}.
 *
 * <p>The value model is plain Java, so the protocol reader and tests can walk it without a tree API:
 * <ul>
 * <li>object: {@link java.util.LinkedHashMap}{@code <String, Object>} in document order (a repeated key
 *     keeps its last value, in its first position, as JavaScript's {@code JSON.parse} does)</li>
 * <li>array: {@link java.util.ArrayList}{@code <Object>}</li>
 * <li>string: {@link String}</li>
 * <li>number: {@link java.math.BigDecimal}, always, holding exactly the digits written
 *     ({@code 1.50} stays {@code 1.50}, {@code 1e400} stays {@code 1E+400}). One type keeps consumers
 *     simple: they convert to Integer, Long or Double where the schema says which, and can tell
 *     an integral value with {@code stripTrailingZeros().scale() <= 0}. Precision is never lost
 *     on the way in, which matters for BigInt and Decimal arguments.</li>
 * <li>true/false: {@link Boolean}; null: {@code null}</li>
 * </ul>
 *
 * <p>The writer accepts these types and also any {@link Map}, {@link Iterable}, array of
 * objects, {@link Number}, {@link CharSequence}; see {@link JsonWriter}.
 */
public final class Json {
    private Json() {
    }

    /**
     * Parses one JSON value (RFC 8259; surrounding whitespace allowed, nothing else after it).
     *
     * @throws JsonException with the position when the text is not JSON
     */
    public static Object parse(String text) {
        return new JsonParser(text).parseDocument();
    }

    /**
     * Parses text that must hold a JSON object.
     *
     * @throws JsonException when the text is not JSON or not an object
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parseObject(String text) {
        Object value = parse(text);
        if (!(value instanceof Map)) {
            throw new JsonException("expected a JSON object, found " + typeName(value), 0, 1, 1);
        }
        return (Map<String, Object>) value;
    }

    /** Compact JSON text of {@code value}: no whitespace between tokens. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        new JsonWriter(out, null).write(value);
        return out.toString();
    }

    /** Pretty JSON text of {@code value}: two-space indentation, {@code "key": value}, empty containers as {@code {}} and {@code []}. */
    public static String writePretty(Object value) {
        StringBuilder out = new StringBuilder();
        new JsonWriter(out, "  ").write(value);
        return out.toString();
    }

    /** The JSON type name of a parsed value, for error messages: object, array, string, number, boolean, null. */
    public static String typeName(Object value) {
        if (value == null) {
            return "null";
        } else if (value instanceof Map) {
            return "object";
        } else if (value instanceof java.util.List) {
            return "array";
        } else if (value instanceof CharSequence) {
            return "string";
        } else if (value instanceof Number) {
            return "number";
        } else if (value instanceof Boolean) {
            return "boolean";
        }
        return value.getClass().getSimpleName();
    }
}
