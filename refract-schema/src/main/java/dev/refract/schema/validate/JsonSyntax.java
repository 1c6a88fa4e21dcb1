package dev.refract.schema.validate;

/**
 * A small JSON syntax check for {@code @default("...")} on Json fields: null when the text is one
 * JSON value, otherwise a description of the first problem with its line and column.
 */
final class JsonSyntax {
    private final String text;
    private int pos;

    private JsonSyntax(String text) {
        this.text = text;
    }

    /** Null when {@code text} is valid JSON, else what is wrong and where. */
    static String problem(String text) {
        JsonSyntax p = new JsonSyntax(text);
        try {
            p.skipWhitespace();
            p.value();
            p.skipWhitespace();
            if (p.pos < text.length()) {
                throw p.fail("trailing characters");
            }
            return null;
        } catch (IllegalStateException e) {
            return e.getMessage();
        }
    }

    private IllegalStateException fail(String what) {
        int line = 1;
        int column = 0;
        for (int i = 0; i < Math.min(pos + 1, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 0;
            } else {
                column++;
            }
        }
        return new IllegalStateException(what + " at line " + line + " column " + column);
    }

    private void skipWhitespace() {
        while (pos < text.length() && " \t\n\r".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private void value() {
        if (pos >= text.length()) {
            throw fail("EOF while parsing a value");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> {
                if (c == '-' || Character.isDigit(c)) {
                    number();
                } else {
                    throw fail("expected value");
                }
            }
        }
    }

    private void object() {
        pos++;
        skipWhitespace();
        if (pos < text.length() && text.charAt(pos) == '}') {
            pos++;
            return;
        }
        boolean first = true;
        while (true) {
            skipWhitespace();
            if (pos >= text.length()) {
                throw fail("EOF while parsing an object");
            }
            if (!first && text.charAt(pos) == '}') {
                throw fail("trailing comma");
            }
            first = false;
            if (text.charAt(pos) != '"') {
                throw fail("key must be a string");
            }
            string();
            skipWhitespace();
            if (pos >= text.length() || text.charAt(pos) != ':') {
                throw fail(pos >= text.length() ? "EOF while parsing an object" : "expected `:`");
            }
            pos++;
            skipWhitespace();
            value();
            skipWhitespace();
            if (pos >= text.length()) {
                throw fail("EOF while parsing an object");
            }
            char c = text.charAt(pos++);
            if (c == '}') {
                return;
            }
            if (c != ',') {
                pos--;
                throw fail("expected `,` or `}`");
            }
        }
    }

    private void array() {
        pos++;
        skipWhitespace();
        if (pos < text.length() && text.charAt(pos) == ']') {
            pos++;
            return;
        }
        boolean first = true;
        while (true) {
            skipWhitespace();
            if (!first && pos < text.length() && text.charAt(pos) == ']') {
                throw fail("trailing comma");
            }
            first = false;
            value();
            skipWhitespace();
            if (pos >= text.length()) {
                throw fail("EOF while parsing a list");
            }
            char c = text.charAt(pos++);
            if (c == ']') {
                return;
            }
            if (c != ',') {
                pos--;
                throw fail("expected `,` or `]`");
            }
        }
    }

    private void string() {
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return;
            }
            if (c == '\\') {
                if (pos >= text.length()) {
                    break;
                }
                char e = text.charAt(pos++);
                if (e == 'u') {
                    for (int i = 0; i < 4; i++) {
                        if (pos >= text.length() || Character.digit(text.charAt(pos++), 16) < 0) {
                            throw fail("invalid escape");
                        }
                    }
                } else if ("\"\\/bfnrt".indexOf(e) < 0) {
                    throw fail("invalid escape");
                }
            } else if (c < 0x20) {
                throw fail("control character (\\u0000-\\u001F) found while parsing a string");
            }
        }
        throw fail("EOF while parsing a string");
    }

    private void literal(String word) {
        if (!text.startsWith(word, pos)) {
            throw fail("expected ident");
        }
        pos += word.length();
    }

    private void number() {
        int start = pos;
        if (text.charAt(pos) == '-') {
            pos++;
        }
        int digits = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos == digits) {
            throw fail("invalid number");
        }
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            int frac = pos;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            if (pos == frac) {
                throw fail("invalid number");
            }
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            int exp = pos;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            if (pos == exp) {
                throw fail("invalid number");
            }
        }
        assert pos > start;
    }
}
