package dev.refract.migrate.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources}: compared byte for byte (failing with a diff), or
 * rewritten when the build runs with {@code -Drefract.golden.update=true}.
 */
final class Golden {
    private Golden() {
    }

    static void assertMatches(String resourcePath, String actual) {
        Path file = Path.of("src", "test", "resources").resolve(resourcePath);
        try {
            if (Boolean.getBoolean("refract.golden.update")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual);
                return;
            }
            assertThat(Files.exists(file))
                    .as("golden file %s is missing; run with -Drefract.golden.update=true to create it", file)
                    .isTrue();
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
    static String diff(String expected, String actual) {
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

    static String resource(String path) {
        try {
            return Files.readString(Path.of("src", "test", "resources").resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
