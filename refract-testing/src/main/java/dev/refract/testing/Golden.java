package dev.refract.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under the calling module's {@code src/test/resources}: compared byte for byte
 * (failing with a line diff), or rewritten when the build runs with
 * {@code -Drefract.golden.update=true}. One copy for every module's golden tests.
 */
public final class Golden {
    private Golden() {
    }

    /** Whether this run rewrites golden files instead of comparing. */
    public static boolean updating() {
        return Boolean.getBoolean("refract.golden.update");
    }

    /** Asserts that {@code actual} equals the golden file {@code resourcePath}, or rewrites it. */
    public static void assertMatches(String resourcePath, String actual) {
        Path file = Path.of("src", "test", "resources").resolve(resourcePath);
        try {
            if (updating()) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual);
                return;
            }
            if (!Files.exists(file)) {
                throw new AssertionError("golden file " + file
                        + " is missing; run with -Drefract.golden.update=true to create it");
            }
            String expected = Files.readString(file);
            if (!expected.equals(actual)) {
                throw new AssertionError("golden file " + file + " differs (rewrite with -Drefract.golden.update=true):\n"
                        + diff(expected, actual));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A line diff: {@code -} lines only in the golden file, {@code +} lines only in the output. */
    public static String diff(String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                out.append("  ").append(a[i]).append('\n');
                i++;
                j++;
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                out.append("+ ").append(b[j++]).append('\n');
            } else {
                out.append("- ").append(a[i++]).append('\n');
            }
        }
        return out.toString();
    }

    /** The text of a file under {@code src/test/resources}. */
    public static String resource(String path) {
        try {
            return Files.readString(Path.of("src", "test", "resources").resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
