package dev.refract.migrate.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.refract.model.SchemaModel;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidatedSchema;
import dev.refract.schema.model.SchemaModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Prisma's "migration from an empty database" corpus
 * ({@code schema-engine/sql-migration-tests/tests/single_migration_tests/<db>/**.prisma}): the
 * migration script must match byte for byte. Files that passed are listed in
 * {@code conformance/create-schema-passing.txt} and must keep passing; reports of failing files
 * go to {@code target/conformance/}.
 */
class CreateSchemaConformanceTest {
    private static final String MARKER = "// Expected Migration:";
    private static final Path RATCHET = Path.of("src/test/resources/conformance/create-schema-passing.txt");
    private static final List<String> DIALECTS = List.of("postgres", "sqlite", "mysql");

    @Test
    void migrationsFromEmptyMatchPrisma() throws IOException {
        String configured = System.getProperty("refract.conformance");
        Path root = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of("..", "..", "shared", "conformance");
        Path corpus = root.resolve("prisma-engines/schema-engine/sql-migration-tests/tests/single_migration_tests");
        assumeTrue(Files.isDirectory(corpus), "Prisma conformance corpora not found at " + corpus.toAbsolutePath()
                + ": skipping (see ../shared/conformance/README.md)");

        Path reports = Path.of("target", "conformance", "create-schema");
        Files.createDirectories(reports);
        TreeSet<String> passing = new TreeSet<>();
        List<String> summary = new ArrayList<>();
        for (String dialect : DIALECTS) {
            int total = 0;
            int passed = 0;
            for (Path file : files(corpus.resolve(dialect))) {
                total++;
                String name = corpus.relativize(file).toString().replace('\\', '/');
                Optional<String> failure = check(Files.readString(file));
                if (failure.isEmpty()) {
                    passed++;
                    passing.add(name);
                } else {
                    Path report = reports.resolve(name.replace('/', '_') + ".txt");
                    Files.writeString(report, failure.get());
                }
            }
            summary.add(dialect + ": " + passed + "/" + total);
        }
        System.out.println("[conformance] create schema from empty: " + String.join(", ", summary));

        List<String> expected = Files.exists(RATCHET)
                ? Files.readAllLines(RATCHET).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList()
                : List.of();
        if (Boolean.getBoolean("refract.golden.update")) {
            Files.writeString(RATCHET, "# Corpus files whose migration matches Prisma's; regenerate with "
                    + "-Drefract.golden.update=true\n" + String.join("\n", passing) + "\n");
            return;
        }
        List<String> regressed = expected.stream().filter(n -> !passing.contains(n)).toList();
        assertThat(regressed).as("corpus files that used to pass (reports in %s)", reports.toAbsolutePath()).isEmpty();
    }

    private static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".prisma")).sorted().toList();
        }
    }

    /** Empty when the script matches; else a report with the schema, expected and actual text. */
    static Optional<String> check(String text) {
        int at = text.indexOf(MARKER);
        if (at < 0) {
            return Optional.of("no expected migration in file");
        }
        String schema = text.substring(0, at);
        StringBuilder expected = new StringBuilder();
        for (String line : text.substring(at + MARKER.length()).split("\n", -1)) {
            if (line.startsWith("// ")) {
                expected.append(line.substring(3)).append('\n');
            } else if (line.startsWith("//")) {
                expected.append(line.substring(2)).append('\n');
            }
        }
        String actual;
        try {
            ValidatedSchema validated = PrismaSchema.validate(schema);
            Optional<SchemaModel> model = SchemaModels.from(validated);
            if (model.isEmpty()) {
                return Optional.of("schema did not validate:\n" + validated.render(false));
            }
            actual = CreateSchema.migrationScript(model.get());
        } catch (RuntimeException e) {
            return Optional.of("threw " + e);
        }
        if (actual.contentEquals(expected)) {
            return Optional.empty();
        }
        return Optional.of("--- expected\n" + expected + "--- actual\n" + actual);
    }
}
