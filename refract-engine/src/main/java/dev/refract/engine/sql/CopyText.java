package dev.refract.engine.sql;

import dev.refract.engine.ir.Values;
import dev.refract.model.Arity;
import dev.refract.model.ScalarField;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * Rows in PostgreSQL's {@code COPY ... FROM STDIN} text format, encoded as UTF-8 (pgjdbc's
 * client encoding) into a growing buffer: columns separated by a tab, rows ended by a newline,
 * {@code \N} for NULL, and a backslash before each backslash, tab, newline and carriage return in
 * a value, so no value can end a column, a row or the data. Each value is written as the text
 * PostgreSQL reads back into what binding it gives: enums by their database ({@code @map}) value,
 * DateTime by its native type as {@code PostgresDialect} binds it, Bytes as {@code \x} hex,
 * Booleans {@code t}/{@code f}.
 *
 * <p>{@link #copies(ScalarField)} says which columns this can write; scalar lists and
 * unsupported types go through INSERT instead.
 */
public final class CopyText {
    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final EnumMapping enums;
    private byte[] buf = new byte[1 << 16];
    private int size;
    private Instant lastInstant;
    private ScalarField lastInstantField;
    private String lastInstantText;

    CopyText(EnumMapping enums) {
        this.enums = enums;
    }

    /** Whether values of {@code field} can be written (not lists, not unsupported types). */
    public static boolean copies(ScalarField field) {
        if (field.arity() == Arity.LIST) {
            return false;
        }
        return field.type().builtin() != null || EnumMapping.enumName(field) != null;
    }

    /** A new, empty buffer over the same enum mapping (one per COPY: buffers are not shared). */
    public CopyText fresh() {
        return new CopyText(enums);
    }

    /** The bytes written so far. */
    public byte[] bytes() {
        return buf;
    }

    /** How many bytes were written. */
    public int size() {
        return size;
    }

    /** Forgets what was written, keeping the buffer. */
    public void clear() {
        size = 0;
    }

    /** Ends a column: a tab. */
    public void columnEnd() {
        put((byte) '\t');
    }

    /** Ends a row: a newline. */
    public void rowEnd() {
        put((byte) '\n');
    }

    /** Writes one value of {@code field}'s column. */
    public void value(Object value, ScalarField field) {
        if (value == null) {
            put((byte) '\\');
            put((byte) 'N');
            return;
        }
        String enumName = EnumMapping.enumName(field);
        if (enumName != null) {
            text(enums.toDatabase(enumName, (String) value));
        } else if (value instanceof String s) {
            text(s);
        } else if (value instanceof Integer n) {
            digits(n);
        } else if (value instanceof Long n) {
            digits(n);
        } else if (value instanceof Boolean b) {
            put((byte) (b ? 't' : 'f'));
        } else if (value instanceof Double d) {
            ascii(d.isNaN() ? "NaN" : d.isInfinite() ? (d > 0 ? "Infinity" : "-Infinity") : d.toString());
        } else if (value instanceof BigDecimal d) {
            ascii(d.toPlainString());
        } else if (value instanceof Instant instant) {
            // A createMany's rows share one now() instance: its text is made once.
            if (instant != lastInstant || field != lastInstantField) {
                lastInstantText = instant(instant, field);
                lastInstant = instant;
                lastInstantField = field;
            }
            ascii(lastInstantText);
        } else if (value instanceof Values.Json json) {
            text(json.text());
        } else if (value instanceof byte[] bytes) {
            // bytea's hex input, \x..., with its backslash escaped for COPY.
            put((byte) '\\');
            put((byte) '\\');
            put((byte) 'x');
            for (byte b : bytes) {
                put(HEX[(b >> 4) & 0xf]);
                put(HEX[b & 0xf]);
            }
        } else if (value instanceof Number n) {
            ascii(n.toString());
        } else {
            throw new IllegalArgumentException("no COPY text for a " + value.getClass().getSimpleName()
                    + " in " + field.name());
        }
    }

    /** As {@code PostgresDialect} binds an instant, by the column's native type. */
    private static String instant(Instant instant, ScalarField field) {
        Object value = PostgresDialect.temporal(instant, field);
        return value != null ? value.toString() : LocalDateTime.ofInstant(instant, ZoneOffset.UTC).toString();
    }

    /** A whole number in decimal, without making a String of it. */
    private void digits(long n) {
        if (n == Long.MIN_VALUE) {
            ascii(Long.toString(n));
            return;
        }
        ensure(20);
        if (n < 0) {
            buf[size++] = '-';
            n = -n;
        }
        int len = 1;
        for (long m = n; m >= 10; m /= 10) {
            len++;
        }
        int end = size + len;
        for (int i = end - 1; i >= size; i--) {
            buf[i] = (byte) ('0' + (n % 10));
            n /= 10;
        }
        size = end;
    }

    /** Text that needs no escaping and is ASCII (numbers, dates). */
    private void ascii(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            buf[size++] = (byte) s.charAt(i);
        }
    }

    /** Any text: escaped for COPY and encoded as UTF-8. */
    private void text(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '\\' -> escaped('\\');
                    case '\t' -> escaped('t');
                    case '\n' -> escaped('n');
                    case '\r' -> escaped('r');
                    default -> put((byte) c);
                }
            } else if (c < 0x800) {
                put((byte) (0xc0 | (c >> 6)));
                put((byte) (0x80 | (c & 0x3f)));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                put((byte) (0xf0 | (cp >> 18)));
                put((byte) (0x80 | ((cp >> 12) & 0x3f)));
                put((byte) (0x80 | ((cp >> 6) & 0x3f)));
                put((byte) (0x80 | (cp & 0x3f)));
            } else if (Character.isSurrogate(c)) {
                put((byte) '?'); // a lone surrogate, as String.getBytes(UTF_8) replaces it
            } else {
                put((byte) (0xe0 | (c >> 12)));
                put((byte) (0x80 | ((c >> 6) & 0x3f)));
                put((byte) (0x80 | (c & 0x3f)));
            }
        }
    }

    private void escaped(char c) {
        put((byte) '\\');
        put((byte) c);
    }

    private void put(byte b) {
        if (size == buf.length) {
            ensure(1);
        }
        buf[size++] = b;
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }
}
