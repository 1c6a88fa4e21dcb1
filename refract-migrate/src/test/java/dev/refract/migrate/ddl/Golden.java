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
            assertThat(actual).as("golden file %s (rewrite with -Drefract.golden.update=true)", file)
                    .isEqualTo(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resource(String path) {
        try {
            return Files.readString(Path.of("src", "test", "resources").resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
