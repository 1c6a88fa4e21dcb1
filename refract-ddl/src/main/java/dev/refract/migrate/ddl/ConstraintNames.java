package dev.refract.migrate.ddl;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Prisma's default names for constraints and indexes ({@code Table_pkey}, {@code Table_a_b_key},
 * {@code Table_a_idx}, {@code Table_a_fkey}), cut to the connector's identifier limit. Prisma
 * measures and cuts in UTF-8 bytes (never inside a character), so this does too.
 * Public for introspection, which omits a name that equals its default.
 */
public final class ConstraintNames {
    private ConstraintNames() {
    }

    public static String primaryKey(String table, int limit) {
        String trimmed = byteLength(table) >= limit - 5 ? truncateBytes(table, limit - 5) : table;
        return trimmed + "_pkey";
    }

    public static String unique(String table, List<String> columns, int limit) {
        return withSuffix(table, columns, "_key", limit);
    }

    public static String index(String table, List<String> columns, int limit) {
        return withSuffix(table, columns, "_idx", limit);
    }

    public static String foreignKey(String table, List<String> columns, int limit) {
        return withSuffix(table, columns, "_fkey", limit);
    }

    private static String withSuffix(String table, List<String> columns, String suffix, int limit) {
        String joined = table + "_" + String.join("_", columns);
        if (byteLength(joined) >= limit - suffix.length()) {
            joined = truncateBytes(joined, limit - suffix.length());
        }
        return joined + suffix;
    }

    static int byteLength(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The longest prefix of {@code s} of at most {@code maxBytes} UTF-8 bytes. */
    static String truncateBytes(String s, int maxBytes) {
        int bytes = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + len > maxBytes) {
                break;
            }
            bytes += len;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }

    /** The first {@code n} characters (Unicode code points) of {@code s}. */
    static String takeChars(String s, int n) {
        if (s.codePointCount(0, s.length()) <= n) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, Math.max(n, 0)));
    }
}
