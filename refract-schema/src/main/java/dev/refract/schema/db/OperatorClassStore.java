package dev.refract.schema.db;

/**
 * The {@code ops:} of an index field: a known class, or {@code raw("...")}.
 *
 * @param constant the known class, or null when raw
 * @param raw the raw class name, or null when known
 */
public record OperatorClassStore(OperatorClass constant, String raw) {
    public static OperatorClassStore of(OperatorClass c) {
        return new OperatorClassStore(c, null);
    }

    public static OperatorClassStore ofRaw(String raw) {
        return new OperatorClassStore(null, raw);
    }

    public boolean isRaw() {
        return raw != null;
    }
}
