package dev.refract.engine.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A recursive-descent parser over the whole text (RFC 8259, strict: no comments, no trailing
 * commas, no leading zeros, no NaN). Strings without escapes are cut out with one substring, which
 * is the common case in protocol documents. Nesting deeper than {@link #MAX_DEPTH} is refused with
 * an error instead of a stack overflow.
 */
final class JsonParser {
    /** Deepest nesting accepted; Prisma queries nest a few dozen levels at most. */
    static final int MAX_DEPTH = 1000;

    private final String text;
    private final int length;
    private int pos;
    private int depth;

    JsonParser(String text) {
        if (text == null) {
            throw new IllegalArgumentException("JSON text is null");
        }
        this.text = text;
        this.length = text.length();
    }

    Object parseDocument() {
        skipWhitespace();
        Object value = parseValue();
        skipWhitespace();
        if (pos < length) {
            throw error("unexpected " + describe(pos) + " after the JSON value");
        }
        return value;
    }

    private Object parseValue() {
        if (pos >= length) {
            throw error("unexpected end of input, expected a value");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return parseObject();
            case '[':
                return parseArray();
            case '"':
                return parseString();
            case 't':
                expectWord("true");
                return Boolean.TRUE;
            case 'f':
                expectWord("false");
                return Boolean.FALSE;
            case 'n':
                expectWord("null");
                return null;
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return parseNumber();
                }
                throw error("unexpected " + describe(pos) + ", expected a value");
        }
    }

    private Map<String, Object> parseObject() {
        enter();
        pos++; // {
        Map<String, Object> object = new LinkedHashMap<>();
        skipWhitespace();
        if (pos < length && text.charAt(pos) == '}') {
            pos++;
            depth--;
            return object;
        }
        while (true) {
            skipWhitespace();
            if (pos >= length || text.charAt(pos) != '"') {
                throw error("expected a string key, found " + describe(pos));
            }
            String key = parseString();
            skipWhitespace();
            expect(':');
            skipWhitespace();
            object.put(key, parseValue());
            skipWhitespace();
            if (pos >= length) {
                throw error("unexpected end of input, expected ',' or '}'");
            }
            char c = text.charAt(pos++);
            if (c == '}') {
                depth--;
                return object;
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or '}', found " + describe(pos));
            }
        }
    }

    private List<Object> parseArray() {
        enter();
        pos++; // [
        List<Object> array = new ArrayList<>();
        skipWhitespace();
        if (pos < length && text.charAt(pos) == ']') {
            pos++;
            depth--;
            return array;
        }
        while (true) {
            skipWhitespace();
            array.add(parseValue());
            skipWhitespace();
            if (pos >= length) {
                throw error("unexpected end of input, expected ',' or ']'");
            }
            char c = text.charAt(pos++);
            if (c == ']') {
                depth--;
                return array;
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or ']', found " + describe(pos));
            }
        }
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH + " levels");
        }
    }

    /** At an opening quote; returns the decoded string and leaves pos after the closing quote. */
    private String parseString() {
        int start = ++pos;
        // Fast path: no escapes.
        while (pos < length) {
            char c = text.charAt(pos);
            if (c == '"') {
                return text.substring(start, pos++);
            }
            if (c == '\\') {
                break;
            }
            if (c < 0x20) {
                throw error("unescaped control character U+" + hex4(c) + " in string");
            }
            pos++;
        }
        StringBuilder sb = new StringBuilder(pos - start + 16);
        sb.append(text, start, pos);
        while (pos < length) {
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return sb.toString();
            }
            if (c < 0x20) {
                throw error("unescaped control character U+" + hex4(c) + " in string");
            }
            if (c != '\\') {
                sb.append(c);
                pos++;
                continue;
            }
            if (pos + 1 >= length) {
                break;
            }
            char e = text.charAt(pos + 1);
            switch (e) {
                case '"': sb.append('"'); break;
                case '\\': sb.append('\\'); break;
                case '/': sb.append('/'); break;
                case 'b': sb.append('\b'); break;
                case 'f': sb.append('\f'); break;
                case 'n': sb.append('\n'); break;
                case 'r': sb.append('\r'); break;
                case 't': sb.append('\t'); break;
                case 'u':
                    sb.append(unicodeEscape());
                    continue;
                default:
                    pos++;
                    throw error("invalid escape '\\" + e + "' in string");
            }
            pos += 2;
        }
        throw error("unterminated string starting at offset " + (start - 1));
    }

    /** At a backslash-u escape; returns the char and moves past the four hex digits. */
    private char unicodeEscape() {
        if (pos + 6 > length) {
            pos = length;
            throw error("unterminated \\u escape");
        }
        int value = 0;
        for (int i = pos + 2; i < pos + 6; i++) {
            int d = Character.digit(text.charAt(i), 16);
            if (d < 0) {
                pos = i;
                throw error("invalid hex digit " + describe(i) + " in \\u escape");
            }
            value = value * 16 + d;
        }
        pos += 6;
        return (char) value;
    }

    private BigDecimal parseNumber() {
        int start = pos;
        if (text.charAt(pos) == '-') {
            pos++;
        }
        if (pos >= length) {
            throw error("unexpected end of input in number");
        }
        char c = text.charAt(pos);
        if (c == '0') {
            pos++;
            if (pos < length && isDigit(text.charAt(pos))) {
                throw error("leading zero in number");
            }
        } else if (c >= '1' && c <= '9') {
            digits();
        } else {
            throw error("expected a digit, found " + describe(pos));
        }
        if (pos < length && text.charAt(pos) == '.') {
            pos++;
            if (pos >= length || !isDigit(text.charAt(pos))) {
                throw error("expected a digit after the decimal point, found " + describe(pos));
            }
            digits();
        }
        if (pos < length && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            pos++;
            if (pos < length && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            if (pos >= length || !isDigit(text.charAt(pos))) {
                throw error("expected a digit in the exponent, found " + describe(pos));
            }
            digits();
        }
        try {
            return new BigDecimal(text.substring(start, pos));
        } catch (NumberFormatException | ArithmeticException e) {
            pos = start;
            throw error("number out of range (exponent too large)");
        }
    }

    private void digits() {
        while (pos < length && isDigit(text.charAt(pos))) {
            pos++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void expectWord(String word) {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected " + describe(pos) + ", expected a value");
        }
        pos += word.length();
    }

    private void expect(char c) {
        if (pos >= length || text.charAt(pos) != c) {
            throw error("expected '" + c + "', found " + describe(pos));
        }
        pos++;
    }

    private void skipWhitespace() {
        while (pos < length) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return;
            }
            pos++;
        }
    }

    private String describe(int at) {
        if (at >= length) {
            return "end of input";
        }
        char c = text.charAt(at);
        if (c < 0x20 || c > 0x7e) {
            return "character U+" + hex4(c);
        }
        return "'" + c + "'";
    }

    private static String hex4(char c) {
        String h = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
        return "0000".substring(h.length()) + h;
    }

    private JsonException error(String reason) {
        int at = Math.min(pos, length);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new JsonException(reason, at, line, at - lineStart + 1);
    }
}
