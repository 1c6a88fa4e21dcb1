package dev.refract.engine.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.refract.engine.error.QueryValidationException;
import dev.refract.engine.error.RefractException;
import dev.refract.engine.json.Json;
import dev.refract.model.SchemaModel;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.model.SchemaModels;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Prisma's query validation corpus: each {@code <dir>/X.query.json}, read against
 * {@code <dir>/schema.prisma}, must fail with the error of {@code X.expected.json} (one level up):
 * the same message, error code and meta (compared as parsed JSON). Cases that pass are listed in
 * {@code protocol/validation-passing.txt}, a ratchet: a listed case must keep passing. A report of
 * every case goes to {@code target/conformance/protocol-validation.txt}.
 */
class ValidationConformanceTest {
    private static final String RATCHET = "/protocol/validation-passing.txt";

    static Path corpus() {
        String configured = System.getProperty("refract.conformance");
        Path root = configured != null && !configured.isBlank() && !configured.startsWith("${")
                ? Path.of(configured) : Path.of("..", "..", "shared", "conformance");
        Path dir = root.resolve("prisma-engines/query-engine/core-tests/tests/query_validation_tests");
        assumeTrue(Files.isDirectory(dir), "Prisma query validation corpus not found at " + dir.toAbsolutePath()
                + ": skipping (pass -Drefract.conformance=/work/shared/conformance)");
        return dir;
    }

    @Test
    void corpusMatchesPrisma() throws IOException {
        Path dir = corpus();
        List<Path> queries;
        try (Stream<Path> s = Files.walk(dir)) {
            queries = s.filter(p -> p.toString().endsWith(".query.json")).sorted().toList();
        }
        List<String> passing = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        for (Path query : queries) {
            String name = dir.relativize(query).toString();
            String outcome = run(dir, query);
            if (outcome == null) {
                passing.add(name);
                report.append("PASS ").append(name).append('\n');
            } else {
                report.append("FAIL ").append(name).append('\n').append(outcome.indent(4));
            }
        }
        Path out = Path.of("target", "conformance");
        Files.createDirectories(out);
        Files.writeString(out.resolve("protocol-validation.txt"), report.toString());
        System.out.println("protocol validation corpus: " + passing.size() + "/" + queries.size() + " pass");
        assertThat(queries).isNotEmpty();
        assertThat(new TreeSet<>(passing)).as("ratchet %s (report in target/conformance)", RATCHET)
                .containsAll(ratchet());
    }

    private static List<String> ratchet() throws IOException {
        try (var in = ValidationConformanceTest.class.getResourceAsStream(RATCHET)) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes()).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }

    /** Null when the case passes, else what differed. */
    private static String run(Path dir, Path query) {
        String base = query.getFileName().toString().replace(".query.json", "");
        Path expectedFile = dir.resolve(base + ".expected.json");
        if (!Files.exists(expectedFile)) {
            return "no expected file " + expectedFile.getFileName();
        }
        SchemaModel schema = SchemaModels.from(PrismaSchema.validate(read(query.resolveSibling("schema.prisma"))))
                .orElse(null);
        if (schema == null) {
            return "the schema does not validate";
        }
        Map<String, Object> expected = Json.parseObject(read(expectedFile));
        Map<String, Object> actual = new LinkedHashMap<>();
        try {
            Object ir = ProtocolReader.read(schema, read(query));
            return "no error; read as " + ir;
        } catch (QueryValidationException e) {
            actual.put("is_panic", false);
            actual.put("message", e.getMessage());
            actual.put("meta", Json.parse(Json.write(e.meta())));
            actual.put("error_code", e.code());
        } catch (RefractException e) {
            return "raised " + e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (RuntimeException e) {
            return "crashed: " + e;
        }
        if (actual.equals(expected)) {
            return null;
        }
        return "expected:\n" + Json.writePretty(expected).indent(2) + "actual:\n" + Json.writePretty(actual).indent(2);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
