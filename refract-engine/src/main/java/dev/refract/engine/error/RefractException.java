package dev.refract.engine.error;

import java.util.Map;

/**
 * The one unchecked root of every error the engine raises. Where Prisma has an error code for the
 * failure, {@link #code()} is that code (P1001, P2009, P2025...) and {@link #getMessage()} is
 * Prisma's message; {@link #meta()} carries Prisma's structured details.
 */
public class RefractException extends RuntimeException {
    private final String code;
    private final Map<String, Object> meta;

    public RefractException(String code, String message, Map<String, Object> meta, Throwable cause) {
        super(message, cause);
        this.code = code;
        // A copy that keeps the order and allows null values: Prisma's meta has both (maxFieldCount: null...).
        this.meta = meta == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(meta));
    }

    public RefractException(String code, String message) {
        this(code, message, Map.of(), null);
    }

    /** Prisma's error code (P2025...), or null when Prisma has none for this failure. */
    public String code() {
        return code;
    }

    /** Prisma's structured details for the code; empty when there are none. */
    public Map<String, Object> meta() {
        return meta;
    }
}
