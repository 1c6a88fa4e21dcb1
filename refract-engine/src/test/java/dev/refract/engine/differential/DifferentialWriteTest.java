package dev.refract.engine.differential;

import dev.refract.engine.QueryEngine;
import dev.refract.engine.error.RefractException;
import dev.refract.engine.json.Json;
import dev.refract.engine.protocol.ProtocolReader;
import dev.refract.engine.result.ClientJson;
import dev.refract.engine.testing.Ratchet;
import dev.refract.model.SchemaModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The differential write suite: every case of {@code differential/writes/cases} runs on a fresh copy of the
 * seeded database (refract-migrate's tables and the shared seed, see {@link SeededCopies}): each of its
 * documents through the JSON protocol reader and the engine, then the case's state documents; the answers and the end state must equal what Prisma 7
 * answered and left ({@code writes/expected/<dialect>}), volatile values compared as {@link VolatileValues}
 * tokens.
 *
 * <p>A {@link Ratchet}: cases listed in {@code differential/passing-writes-<dialect>.txt} must pass; the
 * others are reported in {@code target/differential-writes-<dialect>.txt}, and grouped by their first
 * difference in {@code target/differential-writes-<dialect>-groups.txt}.
 */
class DifferentialWriteTest {
    private static final List<SeededCopies> OPEN = new ArrayList<>();

    @AfterAll
    static void closeTemplates() {
        OPEN.forEach(SeededCopies::close);
    }

    @TestFactory
    Stream<DynamicTest> postgresql() {
        return run("postgresql");
    }

    @TestFactory
    Stream<DynamicTest> sqlite() {
        return run("sqlite");
    }

    private Stream<DynamicTest> run(String dialect) {
        SchemaModel model = DifferentialTest.model(dialect);
        Map<String, Map<String, Object>> stateDocs = WriteCases.stateDocuments();
        Ratchet ratchet = new Ratchet(passingList(dialect), "differential-writes-" + dialect);
        WriteFailures failures = new WriteFailures("differential-writes-" + dialect + "-groups");
        SeededCopies databases = new SeededCopies(model, dialect);
        OPEN.add(databases);
        List<DynamicTest> tests = new ArrayList<>();
        for (WriteCases.Case c : WriteCases.forDialect(dialect)) {
            tests.add(DynamicTest.dynamicTest(c.name(), () -> {
                WriteFailures.Difference d = check(databases, model, c, dialect, stateDocs);
                failures.add(c.name(), d);
                ratchet.record(c.name(), d == null ? null : d.detail());
            }));
        }
        tests.add(DynamicTest.dynamicTest("report", () -> {
            failures.write();
            ratchet.report();
        }));
        return tests.stream();
    }

    /** The source file when run from the module (so that -Drefract.ratchet.update=true rewrites it), else the class path copy. */
    private static Path passingList(String dialect) {
        String file = "passing-writes-" + dialect + ".txt";
        Path source = Path.of("src", "test", "resources", "differential");
        return Files.isDirectory(source) ? source.resolve(file) : DifferentialCases.root().resolve(file);
    }

    /** Null when Refract answers and leaves the database as Prisma did, else the first difference. */
    static WriteFailures.Difference check(SeededCopies databases, SchemaModel model, WriteCases.Case c, String dialect,
            Map<String, Map<String, Object>> stateDocs) {
        Map<String, Object> actual = new LinkedHashMap<>();
        try (SeededCopies.Copy db = databases.copy(); QueryEngine engine = QueryEngine.create(model, db.dataSource())) {
            List<Object> answers = new ArrayList<>();
            for (Map<String, Object> step : c.steps()) {
                answers.add(answer(engine, model, step));
            }
            Map<String, Object> state = new LinkedHashMap<>();
            for (String s : c.state()) {
                state.put(s, answer(engine, model, stateDocs.get(s)));
            }
            actual.put("answers", answers);
            actual.put("state", state);
        }
        Object expected = c.expected(dialect)
                .orElseThrow(() -> new IllegalStateException(c.name() + " has no expected file for " + dialect));
        return WriteFailures.compare(c, expected, VolatileValues.normalize(actual));
    }

    /** The codes whose {@code meta} the recorder keeps and the answers compare (the database's carry driver details). */
    private static final List<String> META_CODES = List.of("P2014", "P2017", "P2018", "P2025");

    /**
     * The answer as parsed JSON: the value, {@code {"error": {code, message}}} ({@code meta} too for
     * {@link #META_CODES}), or {@code {"crash": "..."}}.
     */
    private static Object answer(QueryEngine engine, SchemaModel model, Map<String, Object> document) {
        try {
            return Json.parse(ClientJson.write(engine.execute(ProtocolReader.read(model, document))));
        } catch (RefractException e) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("code", e.code());
            error.put("message", e.getMessage());
            if (META_CODES.contains(e.code())) {
                // The meta of the errors the engine raises itself, as recorded (through JSON, as Prisma's was).
                error.put("meta", Json.parse(Json.write(e.meta())));
            }
            return Map.of("error", error);
        } catch (RuntimeException e) {
            return Map.of("crash", String.valueOf(e));
        }
    }
}
