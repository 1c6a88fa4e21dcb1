package dev.refract.schema.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.schema.diagnostics.SourceFile;
import dev.refract.schema.format.Formatter;
import dev.refract.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Prisma's formatter corpus: {@code reformatter/X.prisma} formats to {@code X.reformatted.prisma}
 * byte for byte, and {@code reformatter_multi_file/<case>/} to {@code <case>.reformatted/}.
 * A case passes when, in addition, formatting is idempotent: the expected text formats to
 * itself and formatting our own output changes nothing.
 *
 * <p>As for validation, the passing cases are a ratchet ({@code conformance/format-passing.txt},
 * rewritten with {@code -Drefract.golden.update=true}): a case that passed must keep passing.
 * Every failing case is written with a diff to {@code target/conformance/format-report.txt}.
 */
class FormatterConformanceTest {
    private static final String SUFFIX = ".reformatted.prisma";

    record Outcome(String name, String problems) {
        boolean passed() {
            return problems.isEmpty();
        }
    }

    @Test
    void formatterCorpus() throws IOException {
        Path tests = Corpus.prismaEngines().resolve("psl/psl/tests");
        List<Outcome> outcomes = new ArrayList<>();
        Path single = tests.resolve("reformatter");
        for (Path input : Corpus.files(single, ".prisma")) {
            if (input.toString().endsWith(SUFFIX)) {
                continue;
            }
            String name = single.relativize(input).toString();
            Path expected = input.resolveSibling(input.getFileName().toString().replace(".prisma", SUFFIX));
            outcomes.add(checkSingle("reformatter/" + name, Corpus.read(input), Corpus.read(expected)));
        }
        Path multi = tests.resolve("reformatter_multi_file");
        try (Stream<Path> cases = Files.list(multi)) {
            for (Path dir : cases.filter(Files::isDirectory).sorted().toList()) {
                if (!dir.getFileName().toString().endsWith(".reformatted")) {
                    outcomes.add(checkMulti("reformatter_multi_file/" + dir.getFileName(), dir,
                            dir.resolveSibling(dir.getFileName() + ".reformatted")));
                }
            }
        }

        TreeSet<String> passing = new TreeSet<>();
        StringBuilder report = new StringBuilder();
        outcomes.stream().filter(Outcome::passed).forEach(o -> passing.add(o.name()));
        report.append(String.format("formatter corpus: %d/%d pass%n%n", passing.size(), outcomes.size()));
        for (Outcome o : outcomes) {
            if (!o.passed()) {
                report.append("FAIL ").append(o.name()).append('\n').append(o.problems()).append('\n');
            }
        }
        Path out = Path.of("target", "conformance", "format-report.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);

        Path golden = Path.of("src", "test", "resources", "conformance", "format-passing.txt");
        if (Golden.updating()) {
            Files.writeString(golden, String.join("\n", passing) + "\n");
            return;
        }
        List<String> mustPass = Files.exists(golden)
                ? Files.readAllLines(golden).stream().filter(l -> !l.isBlank()).toList() : List.of();
        List<String> regressed = mustPass.stream().filter(p -> !passing.contains(p)).toList();
        assertThat(regressed).as("cases that passed before and fail now:%n%s", report).isEmpty();
    }

    private static Outcome checkSingle(String name, String input, String expected) {
        StringBuilder problems = new StringBuilder();
        try {
            String actual = Formatter.format(input);
            compare("format(input)", expected, actual, problems);
            compare("format(expected)", expected, Formatter.format(expected), problems);
            compare("format(format(input))", actual, Formatter.format(actual), problems);
        } catch (RuntimeException e) {
            problems.append("threw ").append(e).append('\n');
        }
        return new Outcome(name, problems.toString());
    }

    private static Outcome checkMulti(String name, Path inputDir, Path expectedDir) {
        List<SourceFile> inputs = new ArrayList<>();
        List<SourceFile> expected = new ArrayList<>();
        for (Path f : Corpus.files(inputDir, ".prisma")) {
            String file = inputDir.relativize(f).toString();
            inputs.add(new SourceFile(file, Corpus.read(f)));
            expected.add(new SourceFile(file, Corpus.read(expectedDir.resolve(file))));
        }
        StringBuilder problems = new StringBuilder();
        try {
            List<String> actual = Formatter.format(inputs);
            List<String> again = Formatter.format(expected);
            List<SourceFile> actualFiles = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                actualFiles.add(new SourceFile(inputs.get(i).name(), actual.get(i)));
            }
            List<String> twice = Formatter.format(actualFiles);
            for (int i = 0; i < inputs.size(); i++) {
                String file = inputs.get(i).name();
                compare(file + ": format(input)", expected.get(i).text(), actual.get(i), problems);
                compare(file + ": format(expected)", expected.get(i).text(), again.get(i), problems);
                compare(file + ": format(format(input))", actual.get(i), twice.get(i), problems);
            }
        } catch (RuntimeException e) {
            problems.append("threw ").append(e).append('\n');
        }
        return new Outcome(name, problems.toString());
    }

    private static void compare(String what, String expected, String actual, StringBuilder problems) {
        String diff = TextDiff.diff(expected, actual);
        if (!diff.isEmpty()) {
            problems.append("  ").append(what).append(" differs (- expected, + actual):\n").append(diff);
        }
    }
}
