package dev.refract.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the schemas the benchmarks read: Prisma's large test schemas, in place in the conformance
 * corpora ({@code ../shared/conformance} beside the repository; never copied into it).
 */
final class BenchSchemas {
    /** Where the large test schemas live inside the corpora. */
    static final String TEST_SCHEMAS = "prisma-engines/query-engine/schema/test-schemas";

    private static final Pattern DATASOURCE_URL = Pattern.compile(
            "(datasource\\s+\\w+\\s*\\{[^}]*?)\\n[ \\t]*url\\s*=[^\\n]*");

    private BenchSchemas() {
    }

    /**
     * Resolves {@code schema}: an existing path as is; otherwise a file name in the test-schemas
     * folder of the corpora, which are found at the system property {@code refract.conformance} or
     * the environment variable {@code REFRACT_CONFORMANCE}, else at {@code ../shared/conformance}
     * from the working directory or from the repository that holds the benchmarks jar.
     */
    static Path resolve(String schema) {
        Path direct = Path.of(schema);
        if (Files.isRegularFile(direct)) {
            return direct;
        }
        List<Path> tried = new ArrayList<>();
        for (Path corpora : corporaCandidates()) {
            Path candidate = corpora.resolve(TEST_SCHEMAS).resolve(schema).normalize();
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            tried.add(candidate);
        }
        throw new IllegalStateException("benchmark schema " + schema + " not found; tried " + tried
                + " (pass -p schema=PATH or -Drefract.conformance=DIR)");
    }

    /**
     * The schema as Prisma 7 validates it: without the datasource {@code url} line, which Prisma 7
     * rejects (URLs moved to prisma.config.ts). Left in, that error would skip the validations
     * and the benchmark would time less than the whole pipeline.
     */
    static String withoutDatasourceUrl(String text) {
        return DATASOURCE_URL.matcher(text).replaceAll("$1");
    }

    static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> corporaCandidates() {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getProperty("refract.conformance", System.getenv("REFRACT_CONFORMANCE"));
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        }
        // ../shared/conformance beside the repository; from a git worktree nested deeper, the
        // nearest ancestor folder that has shared/conformance.
        List<Path> starts = new ArrayList<>();
        starts.add(Path.of("").toAbsolutePath());
        repositoryRoot().ifPresent(starts::add);
        for (Path start : starts) {
            for (Path dir = start.getParent(); dir != null; dir = dir.getParent()) {
                Path corpora = dir.resolve("shared").resolve("conformance");
                if (Files.isDirectory(corpora) && !candidates.contains(corpora)) {
                    candidates.add(corpora);
                    break;
                }
            }
        }
        return candidates;
    }

    // The jar sits at <repo>/refract-bench/target/benchmarks.jar (classes at .../target/classes).
    private static Optional<Path> repositoryRoot() {
        try {
            Path code = Path.of(BenchSchemas.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path target = code.getParent();
            Path module = target == null ? null : target.getParent();
            return Optional.ofNullable(module == null ? null : module.getParent());
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
