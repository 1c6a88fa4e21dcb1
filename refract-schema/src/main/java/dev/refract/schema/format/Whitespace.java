package dev.refract.schema.format;

/**
 * Trimming by the Unicode {@code White_Space} property, which is what Prisma trims by; Java's
 * {@link String#strip()} uses a different definition (it keeps U+00A0, for instance).
 */
final class Whitespace {
    private Whitespace() {
    }

    static boolean is(char c) {
        return (c >= '\t' && c <= '\r') || c == ' ' || c == '\u0085' || c == '\u00A0' || c == '\u1680'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029' || c == '\u202F'
                || c == '\u205F' || c == '\u3000';
    }

    static String trim(String s) {
        return trimEnd(trimStart(s));
    }

    static String trimStart(String s) {
        int i = 0;
        while (i < s.length() && is(s.charAt(i))) {
            i++;
        }
        return s.substring(i);
    }

    static String trimEnd(String s) {
        int j = s.length();
        while (j > 0 && is(s.charAt(j - 1))) {
            j--;
        }
        return s.substring(0, j);
    }
}
