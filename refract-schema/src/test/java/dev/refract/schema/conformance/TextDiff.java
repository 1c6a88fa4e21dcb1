package dev.refract.schema.conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff for test reports: {@code -} expected, {@code +} actual, two lines of context.
 * Line endings are made visible ({@code \r} as {@code ␍}, the missing final newline as a note)
 * since formatting is judged byte for byte.
 */
public final class TextDiff {
    private TextDiff() {
    }

    /** The diff of {@code expected} and {@code actual}; empty when they are equal. */
    public static String diff(String expected, String actual) {
        if (expected.equals(actual)) {
            return "";
        }
        String[] e = lines(expected);
        String[] a = lines(actual);
        int[][] lcs = new int[e.length + 1][a.length + 1];
        for (int i = e.length - 1; i >= 0; i--) {
            for (int j = a.length - 1; j >= 0; j--) {
                lcs[i][j] = e[i].equals(a[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < e.length || j < a.length) {
            if (i < e.length && j < a.length && e[i].equals(a[j])) {
                ops.add("  " + e[i++]);
                j++;
            } else if (j < a.length && (i == e.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                ops.add("+ " + a[j++]);
            } else {
                ops.add("- " + e[i++]);
            }
        }
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < ops.size(); k++) {
            boolean near = false;
            for (int d = -2; d <= 2; d++) {
                int m = k + d;
                if (m >= 0 && m < ops.size() && !ops.get(m).startsWith("  ")) {
                    near = true;
                }
            }
            if (near) {
                b.append(String.format("%4d %s%n", k + 1, ops.get(k)));
            }
        }
        if (expected.endsWith("\n") != actual.endsWith("\n")) {
            b.append(expected.endsWith("\n") ? "(actual lacks the final newline)\n" : "(actual adds a final newline)\n");
        }
        return b.toString();
    }

    private static String[] lines(String s) {
        String body = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
        return body.replace("\r", "\u240d").split("\n", -1);
    }
}
