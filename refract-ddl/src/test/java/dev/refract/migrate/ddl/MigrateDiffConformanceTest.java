package dev.refract.migrate.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.migrate.ddl.MigrateDiffCases.Case;
import dev.refract.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every schema edit of {@code migrate-diff/cases/} against what Prisma 6.19's {@code migrate diff
 * --from-schema-datamodel A --to-schema-datamodel B} printed for it ({@code record.sh}): the script
 * ({@code --script}, {@code .sql}) and the human summary ({@code .txt}) must be the same text.
 * Cases that pass are listed in {@code conformance/migrate-diff-passing.txt} and must keep passing;
 * reports of the others go to {@code target/conformance/migrate-diff/}.
 */
class MigrateDiffConformanceTest {
    private static final Path RATCHET = Path.of("src/test/resources/conformance/migrate-diff-passing.txt");

    @Test
    void scriptsAndSummariesMatchPrisma() throws IOException {
        Path reports = Path.of("target", "conformance", "migrate-diff");
        Files.createDirectories(reports);
        try (var old = Files.list(reports)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        TreeSet<String> passing = new TreeSet<>();
        List<String> summary = new ArrayList<>();
        for (String dialect : List.of("postgresql", "sqlite")) {
            int total = 0;
            int passed = 0;
            for (Case c : MigrateDiffCases.all()) {
                if (!c.dialect().equals(dialect) || !Files.exists(c.expected("sql"))) {
                    continue;
                }
                total++;
                Optional<String> failure = check(c);
                if (failure.isEmpty()) {
                    passed++;
                    passing.add(dialect + "/" + c.name());
                } else {
                    Files.writeString(reports.resolve(dialect + "_" + c.name() + ".txt"), failure.get());
                }
            }
            summary.add(dialect + ": " + passed + "/" + total);
        }
        System.out.println("[conformance] migrate diff: " + String.join(", ", summary));
        List<String> expected = Files.exists(RATCHET)
                ? Files.readAllLines(RATCHET).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList()
                : List.of();
        if (Boolean.getBoolean("refract.golden.update")) {
            Files.writeString(RATCHET, "# migrate-diff cases whose script and summary match Prisma's; regenerate with "
                    + "-Drefract.golden.update=true\n" + String.join("\n", passing) + "\n");
            return;
        }
        List<String> regressed = expected.stream().filter(n -> !passing.contains(n)).toList();
        assertThat(regressed).as("cases that used to pass (reports in %s)", reports.toAbsolutePath()).isEmpty();
    }

    private static Optional<String> check(Case c) throws IOException {
        MigrationDiff diff;
        try {
            diff = MigrationDiff.between(c.fromModel(), c.toModel());
        } catch (RuntimeException | AssertionError e) {
            return Optional.of("threw " + e);
        }
        StringBuilder report = new StringBuilder();
        // The CLI prints the text and a newline.
        String script = diff.script() + "\n";
        String expectedScript = Files.readString(c.expected("sql"));
        if (!script.equals(expectedScript)) {
            report.append("script differs:\n").append(Golden.diff(expectedScript, script)).append('\n');
        }
        Path txt = c.expected("txt");
        if (Files.exists(txt)) {
            String summary = diff.summary() + "\n";
            String expectedSummary = Files.readString(txt);
            if (!summary.equals(expectedSummary)) {
                report.append("summary differs:\n").append(Golden.diff(expectedSummary, summary)).append('\n');
            }
        }
        return report.length() == 0 ? Optional.empty() : Optional.of(report.toString());
    }
}
