package dev.refract.migrate.lint;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether PostgreSQL rewrites the table for {@code ALTER COLUMN ... TYPE}. It does not when the
 * new type is binary compatible and no value can fail its check: a longer or unbounded
 * {@code VARCHAR}, {@code VARCHAR} to {@code TEXT} and back without a limit, a {@code DECIMAL}
 * with more digits at the same scale (or unbounded), more fractional second digits on a
 * timestamp or time. Everything else rewrites the table and its indexes under an
 * ACCESS EXCLUSIVE lock.
 */
final class TypeRewrites {
    private static final Pattern SIZED = Pattern.compile("^([A-Z ]+?)(?:\\((\\d+)(?:,(\\d+))?\\))?$");

    private TypeRewrites() {
    }

    /** True when changing a column from {@code from} (null: unknown) to {@code to} rewrites the table. */
    static boolean rewrites(String from, String to) {
        if (from == null) {
            return true;
        }
        if (from.equals(to)) {
            return false;
        }
        if (from.endsWith("[]") != to.endsWith("[]")) {
            return true;
        }
        if (from.endsWith("[]")) {
            return rewrites(from.substring(0, from.length() - 2), to.substring(0, to.length() - 2));
        }
        Matcher a = SIZED.matcher(from);
        Matcher b = SIZED.matcher(to);
        if (!a.matches() || !b.matches()) {
            return true;
        }
        String fa = a.group(1);
        String fb = b.group(1);
        Long na = number(a.group(2));
        Long nb = number(b.group(2));
        if (isText(fa) && isText(fb)) {
            // Into TEXT or an unbounded VARCHAR always fits; a bounded VARCHAR only when it is longer.
            return nb != null && (na == null || nb < na) || fa.equals("TEXT") && fb.equals("VARCHAR") && nb != null;
        }
        if (fa.equals("DECIMAL") && fb.equals("DECIMAL")) {
            if (nb == null) {
                return false;
            }
            return na == null || nb < na || !sameScale(a.group(3), b.group(3));
        }
        if (fa.equals(fb) && (fa.startsWith("TIMESTAMP") || fa.startsWith("TIME"))) {
            return na != null && (nb == null ? false : nb < na) || na == null && nb != null && nb < 6;
        }
        return true;
    }

    private static boolean isText(String family) {
        return family.equals("TEXT") || family.equals("VARCHAR");
    }

    private static boolean sameScale(String a, String b) {
        return (a == null ? "0" : a).equals(b == null ? "0" : b);
    }

    private static Long number(String s) {
        return s == null ? null : Long.parseLong(s);
    }
}
