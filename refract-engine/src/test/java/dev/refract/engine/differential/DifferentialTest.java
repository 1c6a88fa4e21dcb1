package dev.refract.engine.differential;

import static org.junit.jupiter.api.Assertions.fail;

import dev.refract.engine.QueryEngine;
import dev.refract.engine.error.RefractException;
import dev.refract.engine.ir.Query;
import dev.refract.engine.json.Json;
import dev.refract.engine.protocol.ProtocolReader;
import dev.refract.engine.result.ClientJson;
import dev.refract.engine.testing.TestDatabase;
import dev.refract.engine.testing.TestDatabases;
import dev.refract.migrate.ddl.CreateSchema;
import dev.refract.model.SchemaModel;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidatedSchema;
import dev.refract.schema.model.SchemaModels;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The differential suite: every case of {@code differential/cases} runs through the JSON protocol
 * reader and the engine on a database created by refract-migrate and filled with the shared seed,
 * and its JSON must equal what Prisma 7 answered ({@code expected/<dialect>}).
 *
 * <p>A ratchet: cases listed in {@code differential/passing-<dialect>.txt} must pass; the others
 * are reported (counts in {@code target/differential-<dialect>.txt}) but do not fail the build
 * until they are listed. {@code -Drefract.differential.update=true} rewrites the lists.
 */
class DifferentialTest {
    private static final List<TestDatabase> OPEN = new ArrayList<>();

    @AfterAll
    static void closeDatabases() {
        OPEN.forEach(TestDatabase::close);
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
        SchemaModel model = model(dialect);
        TestDatabase db = dialect.equals("sqlite") ? TestDatabases.sqlite() : TestDatabases.postgres();
        OPEN.add(db);
        setUp(db, model, dialect);
        QueryEngine engine = QueryEngine.create(model, db.dataSource());
        Set<String> ratchet = Ratchet.read(dialect);
        Map<String, String> outcomes = new LinkedHashMap<>();
        List<DynamicTest> tests = new ArrayList<>();
        for (DifferentialCases.Case c : DifferentialCases.forDialect(dialect)) {
            tests.add(DynamicTest.dynamicTest(c.name(), () -> {
                String problem = check(engine, model, c, dialect);
                outcomes.put(c.name(), problem);
                if (problem != null && ratchet.contains(c.name())) {
                    fail(problem);
                }
            }));
        }
        tests.add(DynamicTest.dynamicTest("report", () -> Ratchet.report(dialect, outcomes, ratchet)));
        return tests.stream();
    }

    /** Null when Refract answers as Prisma did, else what differs. */
    static String check(QueryEngine engine, SchemaModel model, DifferentialCases.Case c, String dialect) {
        Object expected = c.expectedJson(dialect);
        String actualText;
        try {
            Query query = ProtocolReader.read(model, c.documentText());
            actualText = ClientJson.write(engine.execute(query));
        } catch (RefractException e) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("code", e.code());
            error.put("message", e.getMessage());
            actualText = ClientJson.write(Map.of("error", error));
        } catch (RuntimeException e) {
            return "crashed: " + e;
        }
        Object actual = Json.parse(actualText);
        if (JsonEquality.equal(expected, actual)) {
            return null;
        }
        return "expected " + Json.write(expected) + "\n but got " + actualText;
    }

    static SchemaModel model(String dialect) {
        String text = DifferentialCases.read(DifferentialCases.schema(dialect));
        ValidatedSchema validated = PrismaSchema.validate(text);
        return SchemaModels.from(validated)
                .orElseThrow(() -> new IllegalStateException("invalid differential schema:\n" + validated.render(false)));
    }

    private static void setUp(TestDatabase db, SchemaModel model, String dialect) {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String ddl : CreateSchema.statements(model)) {
                st.execute(ddl);
            }
            for (String insert : statements(DifferentialCases.read(DifferentialCases.seed(dialect)))) {
                st.execute(insert);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set up the differential database for " + dialect, e);
        }
    }

    /** The seed's statements: each starts at a line beginning with INSERT; comment lines dropped. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n", -1)) {
            if (line.startsWith("--")) {
                continue;
            }
            if (line.startsWith("INSERT") && current.length() > 0) {
                out.add(current.toString());
                current.setLength(0);
            }
            current.append(line).append('\n');
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString());
        }
        return out;
    }

    /** The per-dialect ratchet of passing cases. */
    static final class Ratchet {
        private Ratchet() {
        }

        static Path file(String dialect) {
            return DifferentialCases.root().resolve("passing-" + dialect + ".txt");
        }

        static Set<String> read(String dialect) {
            Path f = file(dialect);
            if (!Files.exists(f)) {
                return Set.of();
            }
            try {
                Set<String> out = new TreeSet<>();
                for (String line : Files.readAllLines(f)) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        out.add(line.trim());
                    }
                }
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static void report(String dialect, Map<String, String> outcomes, Set<String> ratchet) throws IOException {
            List<String> passing = new ArrayList<>();
            StringBuilder report = new StringBuilder();
            outcomes.forEach((name, problem) -> {
                if (problem == null) {
                    passing.add(name);
                } else {
                    report.append("FAIL ").append(name).append(": ").append(problem).append("\n\n");
                }
            });
            String summary = dialect + ": " + passing.size() + "/" + outcomes.size() + " cases equal Prisma 7's answers";
            System.out.println("[differential] " + summary);
            Path target = Path.of("target");
            Files.createDirectories(target);
            Files.writeString(target.resolve("differential-" + dialect + ".txt"), summary + "\n\n" + report);
            if (Boolean.getBoolean("refract.differential.update")) {
                Files.writeString(file(dialect), "# Differential cases that equal Prisma 7 on " + dialect
                        + "; DifferentialTest fails if one of them regresses.\n" + String.join("\n", passing) + "\n");
            }
        }
    }
}
