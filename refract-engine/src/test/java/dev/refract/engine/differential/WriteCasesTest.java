package dev.refract.engine.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** The write suite's files are complete and consistent (no engine involved). */
class WriteCasesTest {
    @Test
    void everyCaseIsASequenceOfDocumentsWithKnownStates() {
        List<WriteCases.Case> cases = WriteCases.all();
        assertTrue(cases.size() >= 60, "cases: " + cases.size());
        Set<String> states = WriteCases.stateDocuments().keySet();
        for (WriteCases.Case c : cases) {
            assertTrue(c.name().matches("\\d{3}-[a-zA-Z0-9-]+"), c + ": name");
            assertTrue(!c.steps().isEmpty(), c + ": no steps");
            for (Map<String, Object> step : c.steps()) {
                assertTrue(step.get("action") instanceof String, c + ": action");
                assertTrue(step.get("query") instanceof Map<?, ?>, c + ": query");
            }
            assertTrue(states.containsAll(c.state()), c + ": unknown state in " + c.state());
            assertTrue(DifferentialCases.DIALECTS.containsAll(c.dialects()), c + ": dialects " + c.dialects());
        }
    }

    @Test
    void expectedFilesAnswerEveryStepAndReadEveryState() throws IOException {
        for (String dialect : DifferentialCases.DIALECTS) {
            Set<String> recorded;
            try (Stream<Path> files = Files.list(WriteCases.root().resolve("expected").resolve(dialect))) {
                recorded = files.map(p -> p.getFileName().toString().replaceFirst("\\.json$", ""))
                        .collect(Collectors.toCollection(TreeSet::new));
            }
            Set<String> runnable = WriteCases.forDialect(dialect).stream().map(WriteCases.Case::name)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(runnable, recorded, "writes/expected/" + dialect + " against the cases that run there");
            for (WriteCases.Case c : WriteCases.forDialect(dialect)) {
                Map<?, ?> expected = (Map<?, ?>) c.expected(dialect).orElseThrow();
                assertEquals(c.steps().size(), ((List<?>) expected.get("answers")).size(), c + ": one answer per step");
                assertEquals(new TreeSet<>(c.state()), new TreeSet<>(((Map<?, ?>) expected.get("state")).keySet()),
                        c + ": the state read back");
            }
        }
    }
}
