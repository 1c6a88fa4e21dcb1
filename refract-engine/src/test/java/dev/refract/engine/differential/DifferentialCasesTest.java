package dev.refract.engine.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.refract.engine.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Checks the differential suite's files are complete and well formed (no engine involved). */
class DifferentialCasesTest {
    private static final Set<String> READ_ACTIONS = Set.of("findUnique", "findUniqueOrThrow", "findFirst",
            "findFirstOrThrow", "findMany", "aggregate", "groupBy");

    @Test
    void everyCaseIsOneReadDocument() {
        List<DifferentialCases.Case> cases = DifferentialCases.all();
        assertTrue(cases.size() >= 100, "cases: " + cases.size());
        for (DifferentialCases.Case c : cases) {
            Map<String, Object> doc = Json.parseObject(c.documentText());
            assertTrue(doc.get("modelName") instanceof String, c + ": modelName");
            assertTrue(READ_ACTIONS.contains(doc.get("action")), c + ": action " + doc.get("action"));
            assertTrue(doc.get("query") instanceof Map<?, ?> q && q.get("arguments") instanceof Map
                    && q.get("selection") instanceof Map, c + ": query {arguments, selection}");
            assertTrue(c.name().matches("\\d{3}-[a-zA-Z0-9-]+"), c + ": name");
            assertFalse(c.dialects().isEmpty(), c + ": no dialect");
            assertTrue(DifferentialCases.DIALECTS.containsAll(c.dialects()), c + ": dialects " + c.dialects());
        }
    }

    @Test
    void everyPostgresqlCaseHasAValidExpectedFile() {
        for (DifferentialCases.Case c : DifferentialCases.forDialect("postgresql")) {
            assertTrue(c.expected("postgresql").isPresent(), c + " has no expected/postgresql file");
            checkAnswer(c, c.expectedJson("postgresql"));
        }
    }

    @Test
    void expectedFilesMatchTheCasesOfTheirDialect() throws IOException {
        for (String dialect : DifferentialCases.DIALECTS) {
            Path dir = DifferentialCases.root().resolve("expected").resolve(dialect);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            Set<String> recorded;
            try (Stream<Path> files = Files.list(dir)) {
                recorded = files.map(p -> p.getFileName().toString().replaceFirst("\\.json$", ""))
                        .collect(Collectors.toCollection(TreeSet::new));
            }
            Set<String> runnable = DifferentialCases.forDialect(dialect).stream().map(DifferentialCases.Case::name)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(runnable, recorded, "expected/" + dialect + " against the cases that run there");
            for (DifferentialCases.Case c : DifferentialCases.forDialect(dialect)) {
                checkAnswer(c, c.expectedJson(dialect));
            }
        }
    }

    @Test
    void schemaSeedAndDdlExistPerDialect() {
        for (String dialect : DifferentialCases.DIALECTS) {
            assertTrue(Files.isRegularFile(DifferentialCases.schema(dialect)), "schema " + dialect);
            assertTrue(Files.isRegularFile(DifferentialCases.seed(dialect)), "seed " + dialect);
            assertTrue(Files.isRegularFile(DifferentialCases.prismaDdl(dialect)), "ddl " + dialect);
        }
    }

    /** An answer is a value, or exactly {@code {"error": {"code", "message"}}}. */
    private static void checkAnswer(DifferentialCases.Case c, Object answer) {
        if (answer instanceof Map<?, ?> m && m.containsKey("error")) {
            assertEquals(1, m.size(), c + ": error answer has other keys");
            assertTrue(m.get("error") instanceof Map<?, ?> e && e.get("code") instanceof String
                    && e.get("message") instanceof String, c + ": error {code, message}");
        }
    }
}
