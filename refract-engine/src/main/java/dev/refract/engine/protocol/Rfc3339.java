package dev.refract.engine.protocol;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Parses RFC 3339 date-times as Prisma does ({@code 2020-01-01T00:00:00.000Z}, {@code t} or a space
 * instead of {@code T}, any offset), failing with the messages of Prisma's parser so that
 * validation errors read the same.
 */
final class Rfc3339 {
    static final String INVALID = "input contains invalid characters";
    static final String TOO_SHORT = "premature end of input";
    static final String TOO_LONG = "trailing input";
    static final String OUT_OF_RANGE = "input is out of range";

    /** Thrown with one of the messages above. */
    static final class ParseError extends Exception {
        ParseError(String message) {
            super(message, null, false, false);
        }
    }

    private final String s;
    private int pos;

    private Rfc3339(String s) {
        this.s = s;
    }

    static OffsetDateTime parse(String s) throws ParseError {
        return new Rfc3339(s).parse();
    }

    private OffsetDateTime parse() throws ParseError {
        int year = digits(4);
        expect('-');
        int month = digits(2);
        expect('-');
        int day = digits(2);
        if (pos >= s.length()) {
            throw new ParseError(TOO_SHORT);
        }
        char t = s.charAt(pos++);
        if (t != 'T' && t != 't' && t != ' ') {
            throw new ParseError(INVALID);
        }
        int hour = digits(2);
        expect(':');
        int minute = digits(2);
        expect(':');
        int second = digits(2);
        int nano = 0;
        if (pos < s.length() && s.charAt(pos) == '.') {
            pos++;
            int start = pos;
            while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                pos++;
            }
            if (pos == start) {
                throw new ParseError(pos >= s.length() ? TOO_SHORT : INVALID);
            }
            String frac = s.substring(start, Math.min(pos, start + 9));
            nano = Integer.parseInt((frac + "000000000").substring(0, 9));
        }
        if (pos >= s.length()) {
            throw new ParseError(TOO_SHORT);
        }
        char z = s.charAt(pos++);
        ZoneOffset offset;
        if (z == 'Z' || z == 'z') {
            offset = ZoneOffset.UTC;
        } else if (z == '+' || z == '-') {
            int oh = digits(2);
            expect(':');
            int om = digits(2);
            if (oh > 23 || om > 59) {
                throw new ParseError(OUT_OF_RANGE);
            }
            int total = oh * 3600 + om * 60;
            offset = ZoneOffset.ofTotalSeconds(z == '-' ? -total : total);
        } else {
            throw new ParseError(INVALID);
        }
        if (pos < s.length()) {
            throw new ParseError(TOO_LONG);
        }
        if (second == 60) {
            second = 59; // a leap second: Prisma keeps it as the last nanosecond range of :59
        }
        try {
            return OffsetDateTime.of(LocalDate.of(year, month, day), LocalTime.of(hour, minute, second, nano), offset);
        } catch (DateTimeException e) {
            throw new ParseError(OUT_OF_RANGE);
        }
    }

    private int digits(int n) throws ParseError {
        int v = 0;
        for (int i = 0; i < n; i++) {
            if (pos >= s.length()) {
                throw new ParseError(TOO_SHORT);
            }
            char c = s.charAt(pos);
            if (c < '0' || c > '9') {
                throw new ParseError(INVALID);
            }
            v = v * 10 + (c - '0');
            pos++;
        }
        return v;
    }

    private void expect(char c) throws ParseError {
        if (pos >= s.length()) {
            throw new ParseError(TOO_SHORT);
        }
        if (s.charAt(pos) != c) {
            throw new ParseError(INVALID);
        }
        pos++;
    }
}
