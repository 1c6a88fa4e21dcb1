package dev.refract.engine.connect;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@code scheme://user:password@host:port/path?query#fragment} URL split as Prisma's URL parser
 * (the WHATWG rules for schemes without special handling) splits it, with the same failure
 * messages ({@code invalid port number}, {@code empty host}, {@code invalid domain character}), so
 * that a URL Prisma rejects is rejected here with the same words.
 *
 * @param scheme the scheme, lower case, without {@code :}
 * @param username the user name as written (still percent-encoded), empty when absent
 * @param password the password as written, or null when absent
 * @param host the host as written (IPv6 without brackets), empty when absent
 * @param port the port, or -1 when absent
 * @param path the path as written, starting with {@code /}, or empty
 * @param query the decoded query pairs in order (form encoding: {@code +} is a space)
 */
record UrlParts(String scheme, String username, String password, String host, int port, String path,
                List<Map.Entry<String, String>> query) {

    /** Thrown with the parser's own words; the caller wraps them into P1013. */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    private static final String FORBIDDEN_HOST = "\u0000\t\n\r #/:<>?@[\\]^|";

    static UrlParts parse(String input) throws Invalid {
        String s = strip(input);
        int colon = s.indexOf(':');
        if (colon <= 0 || !s.startsWith("//", colon + 1)) {
            throw new Invalid("relative URL without a base");
        }
        String scheme = s.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
        String rest = s.substring(colon + 3);
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            rest = rest.substring(0, hash);
        }
        String queryText = null;
        int question = rest.indexOf('?');
        if (question >= 0) {
            queryText = rest.substring(question + 1);
            rest = rest.substring(0, question);
        }
        int slash = rest.indexOf('/');
        String authority = slash >= 0 ? rest.substring(0, slash) : rest;
        String path = slash >= 0 ? rest.substring(slash) : "";

        // The last '@' ends the credentials: earlier ones belong to the user name or password.
        String username = "";
        String password = null;
        int at = authority.lastIndexOf('@');
        boolean credentials = at >= 0;
        if (credentials) {
            String userinfo = authority.substring(0, at);
            authority = authority.substring(at + 1);
            int sep = userinfo.indexOf(':');
            username = sep >= 0 ? userinfo.substring(0, sep) : userinfo;
            password = sep >= 0 ? userinfo.substring(sep + 1) : null;
        }
        String host;
        String portText = null;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                throw new Invalid("invalid IPv6 address");
            }
            host = authority.substring(1, close);
            String after = authority.substring(close + 1);
            if (!after.isEmpty()) {
                if (after.charAt(0) != ':') {
                    throw new Invalid("invalid domain character");
                }
                portText = after.substring(1);
            }
            if (host.isEmpty() || !host.chars().allMatch(c -> c == ':' || c == '.' || Character.digit(c, 16) >= 0)) {
                throw new Invalid("invalid IPv6 address");
            }
        } else {
            int sep = authority.indexOf(':');
            host = sep >= 0 ? authority.substring(0, sep) : authority;
            portText = sep >= 0 ? authority.substring(sep + 1) : null;
            for (int i = 0; i < host.length(); i++) {
                if (FORBIDDEN_HOST.indexOf(host.charAt(i)) >= 0) {
                    throw new Invalid("invalid domain character");
                }
            }
        }
        int port = -1;
        if (portText != null && !portText.isEmpty()) {
            if (!portText.chars().allMatch(c -> c >= '0' && c <= '9') || portText.length() > 5
                    || Integer.parseInt(portText) > 65535) {
                throw new Invalid("invalid port number");
            }
            port = Integer.parseInt(portText);
        }
        if (host.isEmpty() && (credentials || port >= 0)) {
            throw new Invalid("empty host");
        }
        return new UrlParts(scheme, username, password, host, port, path, formPairs(queryText));
    }

    /** The first path segment, as Prisma takes the database name: not decoded; null without a path. */
    String firstSegment() {
        if (path.isEmpty()) {
            return null;
        }
        String p = path.substring(1);
        int slash = p.indexOf('/');
        return slash >= 0 ? p.substring(0, slash) : p;
    }

    /** The last value given for {@code key}, or null. */
    String param(String key) {
        String value = null;
        for (Map.Entry<String, String> e : query) {
            if (e.getKey().equals(key)) {
                value = e.getValue();
            }
        }
        return value;
    }

    /** Leading and trailing controls and spaces go, tabs and newlines anywhere go (WHATWG). */
    private static String strip(String input) {
        int start = 0;
        int end = input.length();
        while (start < end && input.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && input.charAt(end - 1) <= ' ') {
            end--;
        }
        StringBuilder out = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = input.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') {
                out.append(c);
            }
        }
        return out.toString();
    }

    static List<Map.Entry<String, String>> formPairs(String query) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        if (query == null || query.isEmpty()) {
            return pairs;
        }
        for (String piece : query.split("&")) {
            if (piece.isEmpty()) {
                continue;
            }
            int eq = piece.indexOf('=');
            String key = eq >= 0 ? piece.substring(0, eq) : piece;
            String value = eq >= 0 ? piece.substring(eq + 1) : "";
            pairs.add(Map.entry(decodeLossy(key.replace('+', ' ')), decodeLossy(value.replace('+', ' '))));
        }
        return pairs;
    }

    /**
     * Percent-decodes as Prisma decodes user names and passwords: {@code %XX} becomes the byte,
     * anything else stays, and when the bytes are not UTF-8 the text is kept as written.
     */
    static String decodeStrict(String text) {
        byte[] bytes = percentBytes(text);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return text;
        }
    }

    /** Percent-decodes; bytes that are not UTF-8 become U+FFFD (form decoding of query pairs). */
    static String decodeLossy(String text) {
        return new String(percentBytes(text), StandardCharsets.UTF_8);
    }

    private static byte[] percentBytes(String text) {
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '%' && i + 2 < raw.length && hex(raw[i + 1]) >= 0 && hex(raw[i + 2]) >= 0) {
                out.write(hex(raw[i + 1]) * 16 + hex(raw[i + 2]));
                i += 2;
            } else {
                out.write(raw[i]);
            }
        }
        return out.toByteArray();
    }

    private static int hex(byte b) {
        return Character.digit((char) b, 16);
    }
}
