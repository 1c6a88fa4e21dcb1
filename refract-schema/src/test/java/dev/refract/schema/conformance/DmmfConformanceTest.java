package dev.refract.schema.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.model.SchemaModel;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidatedSchema;
import dev.refract.schema.dmmf.DatamodelDmmf;
import dev.refract.schema.model.SchemaModels;
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
 * Prisma's DMMF corpus: for each {@code X.prisma}, the {@code datamodel} section Refract writes
 * must equal {@code X.json}, compared as JSON trees (and, reported separately, as text).
 *
 * <p>Which pairs pass is a golden file ({@code conformance/dmmf-passing.txt}): a pair that passed
 * must keep passing; new passes are recorded with {@code -Drefract.golden.update=true}. The report,
 * with the first differing JSON path of every failure, goes to
 * {@code target/conformance/dmmf-report.txt}.
 */
class DmmfConformanceTest {
    record Outcome(String name, boolean treeMatch, boolean textMatch, String reason) {
    }

    @Test
    void dmmfCorpus() throws IOException {
        Path dir = Corpus.prismaEngines().resolve("query-engine/dmmf/test_files");
        List<Outcome> outcomes = new ArrayList<>();
        for (Path schemaFile : Corpus.files(dir, ".prisma")) {
            String name = schemaFile.getFileName().toString().replaceFirst("\\.prisma$", "");
            Path expectedFile = dir.resolve(name + ".json");
            if (Files.exists(expectedFile)) {
                outcomes.add(check(name, Corpus.read(schemaFile), Corpus.read(expectedFile)));
            }
        }
        String report = report(outcomes);
        Path out = Path.of("target", "conformance", "dmmf-report.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);

        TreeSet<String> passing = new TreeSet<>();
        outcomes.stream().filter(Outcome::treeMatch).forEach(o -> passing.add(o.name()));
        Path golden = Path.of("src", "test", "resources", "conformance", "dmmf-passing.txt");
        if (Golden.updating()) {
            Files.writeString(golden, String.join("\n", passing) + "\n");
            return;
        }
        List<String> mustPass = Files.exists(golden)
                ? Files.readAllLines(golden).stream().filter(l -> !l.isBlank()).toList() : List.of();
        List<String> regressed = mustPass.stream().filter(p -> !passing.contains(p)).toList();
        assertThat(regressed).as("pairs that passed before and fail now (see %s)", out.toAbsolutePath()).isEmpty();
    }

    static Outcome check(String name, String schemaText, String expectedJson) {
        String actual;
        try {
            ValidatedSchema validated = PrismaSchema.validate(schemaText);
            Optional<SchemaModel> model = SchemaModels.from(validated);
            if (model.isEmpty()) {
                String printed = validated.render(false).strip();
                return new Outcome(name, false, false, "schema reported invalid: "
                        + printed.lines().findFirst().orElse("?") + " " + printed.lines().skip(1).findFirst().orElse(""));
            }
            actual = DatamodelDmmf.json(model.get());
        } catch (RuntimeException e) {
            return new Outcome(name, false, false, "threw " + e);
        }
        String difference = JsonTree.firstDifference(JsonTree.parse(expectedJson), JsonTree.parse(actual));
        boolean textMatch = actual.equals(expectedJson) || actual.equals(expectedJson.stripTrailing());
        return new Outcome(name, difference == null, textMatch, difference);
    }

    private static String report(List<Outcome> outcomes) {
        long trees = outcomes.stream().filter(Outcome::treeMatch).count();
        long texts = outcomes.stream().filter(Outcome::textMatch).count();
        StringBuilder b = new StringBuilder();
        b.append("DMMF corpus: ").append(trees).append('/').append(outcomes.size()).append(" pairs match as JSON, ")
                .append(texts).append('/').append(outcomes.size()).append(" byte for byte\n\n");
        for (Outcome o : outcomes) {
            b.append(o.treeMatch() ? (o.textMatch() ? "PASS      " : "PASS tree ") : "FAIL      ").append(o.name());
            if (!o.treeMatch()) {
                b.append("\n    ").append(o.reason());
            }
            b.append('\n');
        }
        return b.toString();
    }
}
