package dev.refract.schema.parser;

import dev.refract.schema.diagnostics.Diagnostics;
import dev.refract.schema.diagnostics.Span;

/** Resolves the escapes of a schema string literal, which follow JSON (RFC 8259, section 7). */
final class StringLiterals {
    private StringLiterals() {
    }

    /**
     * @param raw the characters between the quotes
     * @param offset where {@code raw} starts in its file, for diagnostic spans
     */
    static String unescape(String raw, int offset, int fileId, Diagnostics diagnostics) {
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c != '\\' || i + 1 >= raw.length()) {
                out.append(c);
                i++;
                continue;
            }
            char e = raw.charAt(i + 1);
            switch (e) {
                case '"' -> out.append('"');
                case '\\' -> out.append('\\');
                case '/' -> out.append('/');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    i = unicode(raw, i, offset, fileId, diagnostics, out);
                    continue;
                }
                default -> diagnostics.error("Unknown escape sequence. If the value is a windows-style path, `\\` "
                        + "must be escaped as `\\\\`.", new Span(fileId, offset + i, offset + i + 2));
            }
            i += 2;
        }
        return out.toString();
    }

    // Returns the index after the escape. A lone or broken surrogate is an error, as in JSON.
    private static int unicode(String raw, int i, int offset, int fileId, Diagnostics diagnostics,
                               StringBuilder out) {
        int first = hex4(raw, i + 2);
        if (first < 0) {
            int consumed = Math.max(2, -first - 1);
            diagnostics.error("Invalid unicode escape sequence.",
                    new Span(fileId, offset + i, offset + Math.min(raw.length(), i + consumed)));
            return i + Math.max(2, consumed);
        }
        if (!Character.isSurrogate((char) first)) {
            out.append((char) first);
            return i + 6;
        }
        int second = raw.startsWith("\\u", i + 6) ? hex4(raw, i + 8) : -1;
        if (second >= 0 && Character.isHighSurrogate((char) first) && Character.isLowSurrogate((char) second)) {
            out.append((char) first).append((char) second);
            return i + 12;
        }
        int end = second >= 0 ? i + 12 : i + 6;
        diagnostics.error("Invalid unicode escape sequence.",
                new Span(fileId, offset + i, offset + Math.min(raw.length(), end)));
        return second >= 0 ? i + 12 : i + 6;
    }

    // The value of four hex digits at {@code at}, or -(1 + characters consumed before the bad one).
    private static int hex4(String raw, int at) {
        int v = 0;
        for (int k = 0; k < 4; k++) {
            if (at + k >= raw.length()) {
                return -(1 + 2 + k);
            }
            int d = Character.digit(raw.charAt(at + k), 16);
            if (d < 0) {
                return -(1 + 2 + k);
            }
            v = (v << 4) | d;
        }
        return v;
    }
}
