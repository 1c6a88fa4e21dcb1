package dev.refract.schema.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidatedSchema;
import dev.refract.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Prisma's schema validation corpus: every file, validated, must print exactly the diagnostics
 * in its trailing comment. Files are grouped as Prisma's issue asks: postgresql, mysql, sqlite
 * and provider-less ("main"), and sqlserver, cockroachdb, mongodb ("other").
 *
 * <p>Which files pass is itself a golden file ({@code conformance/validation-passing.txt}): a file
 * that passed must keep passing; new passes are recorded with {@code -Drefract.golden.update=true}.
 * The full report, with the first differing line of every failure, goes to
 * {@code target/conformance/validation-report.txt}.
 */
class ValidationConformanceTest {
    private static final Pattern PROVIDER =
            Pattern.compile("datasource\\s+\\w+\\s*\\{[^}]*?provider\\s*=\\s*\"([a-z]+)\"", Pattern.DOTALL);

    /**
     * Corpus files where Refract deliberately differs from Prisma 6, with the reason. They are
     * still run and reported, as divergences, never silently skipped.
     */
    static final java.util.Map<String, String> DIVERGENCES = java.util.Map.of(
            "preview_features/schema_engine_driver_adapters/postgres/url_is_still_required.prisma",
            "Refract accepts Prisma 7 datasources without `url` (the connection then comes from DATABASE_URL "
                    + "or Refract's configuration), so Prisma 6's missing-url error is not reported");

    record Outcome(String path, String group, boolean coloredMatch, boolean plainMatch, String reason) {
    }

    @Test
    void validationCorpus() throws IOException {
        Path dir = Corpus.prismaEngines().resolve("psl/psl/tests/validation");
        List<Outcome> outcomes = new ArrayList<>();
        for (Path file : Corpus.files(dir, ".prisma")) {
            outcomes.add(check(dir.relativize(file).toString(), Corpus.read(file)));
        }
        String report = report(outcomes);
        Path out = Path.of("target", "conformance", "validation-report.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report.substring(0, report.indexOf("\n\n") + 1));

        TreeSet<String> passing = new TreeSet<>();
        outcomes.stream().filter(Outcome::plainMatch).forEach(o -> passing.add(o.path()));
        Path golden = Path.of("src", "test", "resources", "conformance", "validation-passing.txt");
        if (Golden.updating()) {
            Files.writeString(golden, String.join("\n", passing) + "\n");
            return;
        }
        List<String> mustPass = Files.exists(golden)
                ? Files.readAllLines(golden).stream().filter(l -> !l.isBlank()).toList() : List.of();
        List<String> regressed = mustPass.stream().filter(p -> !passing.contains(p)).toList();
        assertThat(regressed).as("files that passed before and fail now (see %s)", out.toAbsolutePath()).isEmpty();
    }

    static Outcome check(String path, String text) {
        String group = group(text);
        String expected = expectedDiagnostics(text);
        String actual;
        try {
            ValidatedSchema schema = PrismaSchema.validate(text);
            actual = schema.render(true);
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(path, group, false, false, "threw " + e);
        }
        actual = trimEnd(actual);
        boolean colored = actual.equals(expected);
        String plainActual = Corpus.stripAnsi(actual);
        String plainExpected = Corpus.stripAnsi(expected);
        boolean plain = plainActual.equals(plainExpected);
        return new Outcome(path, group, colored, plain, plain ? "" : firstDifference(plainExpected, plainActual));
    }

    static String group(String text) {
        Matcher m = PROVIDER.matcher(text);
        if (!m.find()) {
            return "main";
        }
        return switch (m.group(1)) {
            case "sqlserver", "cockroachdb", "mongodb" -> "other";
            default -> "main";
        };
    }

    /** The trailing run of comment lines, with their comment markers removed; "" when there is none. */
    static String expectedDiagnostics(String text) {
        String[] lines = trimEnd(text).split("\n", -1);
        int first = lines.length;
        while (first > 0 && lines[first - 1].startsWith("//")) {
            first--;
        }
        StringBuilder b = new StringBuilder();
        for (int i = first; i < lines.length; i++) {
            String l = lines[i];
            b.append(l.startsWith("// ") ? l.substring(3) : l.substring(2)).append('\n');
        }
        return trimEnd(b.toString());
    }

    private static String trimEnd(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) {
            end--;
        }
        return s.substring(0, end);
    }

    private static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end>";
            String al = i < a.length ? a[i] : "<end>";
            if (!el.equals(al)) {
                return "line " + (i + 1) + ": expected [" + el + "] but got [" + al + "]";
            }
        }
        return "";
    }

    private static final java.util.function.Predicate<Outcome> DIVERGES = o -> DIVERGENCES.containsKey(o.path());

    private static String report(List<Outcome> outcomes) {
        StringBuilder b = new StringBuilder();
        for (String group : List.of("main", "other")) {
            List<Outcome> g = outcomes.stream().filter(o -> o.group().equals(group)).toList();
            long plain = g.stream().filter(Outcome::plainMatch).count();
            long colored = g.stream().filter(Outcome::coloredMatch).count();
            long diverging = g.stream().filter(o -> !o.plainMatch() && DIVERGES.test(o)).count();
            b.append(String.format("validation corpus [%s]: %d/%d pass (%.1f%%) without colours, %d with colours,"
                            + " %d deliberate divergence(s)%n",
                    group.equals("main") ? "postgresql, mysql, sqlite, none" : "sqlserver, cockroachdb, mongodb",
                    plain, g.size(), g.isEmpty() ? 0.0 : 100.0 * plain / g.size(), colored, diverging));
        }
        b.append('\n');
        for (Outcome o : outcomes) {
            if (!o.plainMatch() && DIVERGES.test(o)) {
                b.append("DIVERGES (deliberate) [").append(o.group()).append("] ").append(o.path()).append(": ")
                        .append(DIVERGENCES.get(o.path())).append('\n');
            } else if (!o.plainMatch()) {
                b.append("FAIL [").append(o.group()).append("] ").append(o.path()).append(": ").append(o.reason())
                        .append('\n');
            }
        }
        return b.toString();
    }
}
