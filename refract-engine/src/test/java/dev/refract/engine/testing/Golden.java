package dev.refract.engine.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources}: compared exactly (failing with a diff), or
 * rewritten when the build runs with {@code -Drefract.golden.update=true}.
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
            assertThat(Files.exists(file))
                    .as("golden file %s is missing; run with -Drefract.golden.update=true to create it", file)
                    .isTrue();
            assertThat(actual).as("golden file %s (rewrite with -Drefract.golden.update=true)", file)
                    .isEqualTo(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
