package dev.refract.migrate.ddl;

import dev.refract.model.LiteralValue;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/** Default values as SQL text, in the forms Prisma writes them; shared by the dialects. */
final class Literals {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Literals() {
    }

    /** {@code 'text'} with single quotes doubled. */
    static String quote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    /**
     * A date-time default as Prisma prints it after parsing: {@code 2020-01-01 10:00:00.5 +01:00},
     * fractional seconds only when present (3, 6 or 9 digits), the offset always as {@code +hh:mm}.
     */
    static String dateTime(String rfc3339) {
        OffsetDateTime t;
        try {
            t = OffsetDateTime.parse(rfc3339);
        } catch (RuntimeException e) {
            return rfc3339;
        }
        StringBuilder out = new StringBuilder(DATE_TIME.format(t));
        int nanos = t.getNano();
        if (nanos != 0) {
            String digits = String.format("%09d", nanos);
            if (nanos % 1_000_000 == 0) {
                digits = digits.substring(0, 3);
            } else if (nanos % 1_000 == 0) {
                digits = digits.substring(0, 6);
            }
            out.append('.').append(digits);
        }
        int seconds = t.getOffset().getTotalSeconds();
        int abs = Math.abs(seconds);
        out.append(' ').append(seconds < 0 ? '-' : '+')
                .append(String.format("%02d:%02d", abs / 3600, (abs / 60) % 60));
        if (abs % 60 != 0) {
            out.append(String.format(":%02d", abs % 60));
        }
        return out.toString();
    }

    /** The bytes of a base64 value as lowercase hex. */
    static String hex(String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64);
        StringBuilder out = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            out.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return out.toString();
    }

    /** Numbers and booleans as Prisma displays them; null for other kinds. */
    static String plain(LiteralValue value) {
        if (value instanceof LiteralValue.Bool b) {
            return Boolean.toString(b.value());
        }
        if (value instanceof LiteralValue.Int i) {
            return Long.toString(i.value());
        }
        if (value instanceof LiteralValue.BigInt b) {
            return b.value().toString();
        }
        if (value instanceof LiteralValue.Decimal d) {
            return d.value().toPlainString();
        }
        return null;
    }
}
