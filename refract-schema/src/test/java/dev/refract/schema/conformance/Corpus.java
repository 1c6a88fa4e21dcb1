package dev.refract.schema.conformance;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Locates Prisma's conformance corpora ({@code ../shared/conformance}, passed in by Maven as
 * {@code refract.conformance}). Tests that need them skip, with a message, when absent.
 */
public final class Corpus {
    private Corpus() {
    }

    /** The {@code prisma-engines} folder of the corpora, or a skipped test. */
    public static Path prismaEngines() {
        String configured = System.getProperty("refract.conformance");
        Path root = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of("..", "..", "shared", "conformance");
        Path engines = root.resolve("prisma-engines");
        assumeTrue(Files.isDirectory(engines),
                "Prisma conformance corpora not found at " + engines.toAbsolutePath()
                        + ": skipping (see ../shared/conformance/README.md)");
        return engines;
    }

    /** Every regular file under {@code dir} whose name ends with {@code suffix}, sorted by path. */
    public static List<Path> files(Path dir, String suffix) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes ANSI colour escapes. */
    public static String stripAnsi(String s) {
        return s.replaceAll("\u001b\\[[0-9;]*m", "");
    }
}
