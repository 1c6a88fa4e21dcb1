package dev.refract.migrate.introspect;

import dev.refract.testing.TestDatabase;
import dev.refract.testing.TestDatabases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.refract.migrate.describe.SchemaDescriber;
import dev.refract.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Prisma's introspection corpus ({@code sql-introspection-tests/tests/simple/<db>/**.sql}: SQL
 * that sets up a database, then the exact {@code schema.prisma} expected in a final comment), on
 * real PostgreSQL and SQLite: run the SQL on a fresh database, describe, render, compare exactly.
 * Passing files are listed in {@code introspect/passing.txt} and must keep passing; diffs of the
 * others go to {@code target/introspection/}.
 */
class IntrospectionConformanceTest {
    private static final Path RATCHET = Path.of("src/test/resources/introspect/passing.txt");

    @Test
    void introspectionCorpus() throws Exception {
        String configured = System.getProperty("refract.conformance");
        Path root = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of("..", "..", "shared", "conformance");
        Path corpus = root.resolve("prisma-engines/schema-engine/sql-introspection-tests/tests/simple");
        assumeTrue(Files.isDirectory(corpus), "introspection corpus not found at " + corpus.toAbsolutePath() + ": skipping");
        Path reports = Path.of("target", "introspection");
        Files.createDirectories(reports);
        TreeSet<String> passing = new TreeSet<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String dialect : List.of("postgres", "sqlite")) {
            int[] count = counts.computeIfAbsent(dialect, k -> new int[2]);
            for (Path file : files(corpus.resolve(dialect))) {
                count[1]++;
                String name = corpus.relativize(file).toString().replace('\\', '/');
                String failure = check(dialect.equals("sqlite") ? "sqlite" : "postgresql", Files.readString(file));
                if (failure == null) {
                    count[0]++;
                    passing.add(name);
                } else {
                    Files.writeString(reports.resolve(name.replace('/', '_') + ".txt"), failure);
                }
            }
        }
        StringBuilder summary = new StringBuilder();
        counts.forEach((k, v) -> summary.append(' ').append(k).append(' ').append(v[0]).append('/').append(v[1]));
        System.out.println("[introspection] corpus:" + summary);
        if (Boolean.getBoolean("refract.golden.update")) {
            Files.writeString(RATCHET, "# Introspection corpus files whose db pull matches Prisma's exactly; regenerate "
                    + "with -Drefract.golden.update=true\n" + String.join("\n", passing) + "\n");
            return;
        }
        List<String> expected = Files.readAllLines(RATCHET).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertThat(expected.stream().filter(n -> !passing.contains(n)).toList())
                .as("corpus files that used to pass (diffs in %s)", reports.toAbsolutePath()).isEmpty();
    }

    private static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        }
    }

    /** Null when the pulled schema is the expected one, else a report. */
    static String check(String provider, String text) {
        int open = text.lastIndexOf("/*");
        int close = text.lastIndexOf("*/");
        if (open < 0 || close < open) {
            return "no expected schema in file";
        }
        String setup = text.substring(0, open);
        String expected = text.substring(open + 2, close).strip() + "\n";
        try (TestDatabase db = TestDatabases.of(provider); Connection c = db.connect()) {
            try (Statement st = c.createStatement()) {
                for (String sql : statements(setup)) {
                    st.execute(sql);
                }
            }
            String actual = Introspection.render(SchemaDescriber.describe(c, provider, List.of()), provider,
                    Introspection.header(expected), expected.contains("\"views\""));
            return actual.equals(expected) ? null : Golden.diff(expected, actual);
        } catch (Exception e) {
            return "threw " + e;
        }
    }

    /** The setup's statements: comments dropped, split at semicolons ending a line. */
    static List<String> statements(String sql) {
        String noBlock = sql.replaceAll("(?s)/\\*.*?\\*/", "");
        StringBuilder kept = new StringBuilder();
        for (String line : noBlock.split("\n")) {
            if (!line.strip().startsWith("--")) {
                kept.append(line).append('\n');
            }
        }
        List<String> out = new ArrayList<>();
        for (String s : kept.toString().split(";\\s*\n")) {
            if (!s.isBlank()) {
                out.add(s.strip().replaceAll(";$", ""));
            }
        }
        return out;
    }
}
