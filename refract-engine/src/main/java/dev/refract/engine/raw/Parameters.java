package dev.refract.engine.raw;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The values raw SQL binds, in the engine's Java types ({@link dev.refract.engine.ir.Values}),
 * from the Java types an application has at hand: a UUID or an enum constant is its text, a
 * {@code java.util.Date}, {@code OffsetDateTime} or {@code ZonedDateTime} an Instant, a Short or
 * Byte an Integer, a Float a Double, a BigInteger a Long (or a BigDecimal past a Long's range), a
 * Collection or an array other than {@code byte[]} a List. Everything else is bound as it is.
 */
public final class Parameters {
    private Parameters() {
    }

    /** Each value as {@link #value} makes it. */
    public static List<Object> of(Object... values) {
        List<Object> out = new ArrayList<>();
        if (values == null) {
            out.add(null);
            return out;
        }
        for (Object v : values) {
            out.add(value(v));
        }
        return out;
    }

    /** One value in the engine's types; see the class description. */
    public static Object value(Object v) {
        if (v instanceof UUID || v instanceof Character) {
            return v.toString();
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (v instanceof java.util.Date d) {
            // java.sql.Date and Time refuse toInstant(); their milliseconds are the instant.
            return d instanceof java.sql.Timestamp ts ? ts.toInstant() : Instant.ofEpochMilli(d.getTime());
        }
        if (v instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (v instanceof ZonedDateTime t) {
            return t.toInstant();
        }
        if (v instanceof Short || v instanceof Byte) {
            return ((Number) v).intValue();
        }
        if (v instanceof Float f) {
            return Double.valueOf(f.toString()); // 0.1f is 0.1, not 0.10000000149011612
        }
        if (v instanceof BigInteger b) {
            return b.bitLength() < 64 ? (Object) b.longValue() : new BigDecimal(b);
        }
        if (v instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>(c.size());
            for (Object e : c) {
                out.add(value(e));
            }
            return out;
        }
        if (v instanceof Object[] array) {
            return of(array);
        }
        return v;
    }
}
