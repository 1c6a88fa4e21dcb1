package dev.refract.schema.validate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RFC 3339 date-times as {@code @default("...")} on DateTime fields must be written: the parser
 * Prisma uses accepts {@code T}, {@code t} or a space between date and time, and {@code Z},
 * {@code z} or a numeric offset. Problems are described in that parser's words.
 */
final class Rfc3339 {
    private static final Pattern FULL = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})[Tt ](\\d{2}):(\\d{2}):(\\d{2})(\\.\\d+)?([Zz]|[+-](\\d{2}):(\\d{2}))");

    private Rfc3339() {
    }

    /** Null when {@code value} is an RFC 3339 date-time, else why not. */
    static String problem(String value) {
        Matcher m = FULL.matcher(value);
        if (m.matches()) {
            return inRange(m) ? null : "input is out of range";
        }
        if (m.lookingAt()) {
            return inRange(m) ? "trailing input" : "input is out of range";
        }
        return m.hitEnd() ? "premature end of input" : "input contains invalid characters";
    }

    private static boolean inRange(Matcher m) {
        try {
            LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return false;
        }
        boolean offsetOk = m.group(9) == null
                || (Integer.parseInt(m.group(9)) < 24 && Integer.parseInt(m.group(10)) < 60);
        return Integer.parseInt(m.group(4)) < 24 && Integer.parseInt(m.group(5)) < 60
                && Integer.parseInt(m.group(6)) <= 60 && offsetOk;
    }
}
