package dev.refract.engine.differential;

import dev.refract.engine.QueryEngine;
import dev.refract.engine.error.RefractException;
import dev.refract.engine.ir.Query;
import dev.refract.engine.json.Json;
import dev.refract.engine.protocol.ProtocolReader;
import dev.refract.engine.result.ClientJson;
import dev.refract.engine.testing.Ratchet;
import dev.refract.testing.TestDatabase;
import dev.refract.testing.TestDatabases;
import dev.refract.migrate.ddl.CreateSchema;
import dev.refract.model.SchemaModel;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidatedSchema;
import dev.refract.schema.model.SchemaModels;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The differential suite: every case of {@code differential/cases} runs through the JSON protocol
 * reader and the engine on a database created by refract-migrate and filled with the shared seed,
 * and its JSON must equal what Prisma 7 answered ({@code expected/<dialect>}).
 *
 * <p>A {@link Ratchet}: cases listed in {@code differential/passing-<dialect>.txt} must pass; the
 * others are reported in {@code target/differential-<dialect>.txt}.
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
        Ratchet ratchet = new Ratchet(DifferentialCases.root().resolve("passing-" + dialect + ".txt"),
                "differential-" + dialect);
        List<DynamicTest> tests = new ArrayList<>();
        for (DifferentialCases.Case c : DifferentialCases.forDialect(dialect)) {
            tests.add(DynamicTest.dynamicTest(c.name(), () -> ratchet.record(c.name(), check(engine, model, c, dialect))));
        }
        tests.add(DynamicTest.dynamicTest("report", ratchet::report));
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
        String divergence = Divergences.reason(c.name(), dialect);
        if (divergence != null) {
            // Prisma fails here where Refract answers: the only kind of divergence we allow.
            boolean prismaFailed = expected instanceof Map<?, ?> m && m.containsKey("error");
            boolean weAnswer = !(actual instanceof Map<?, ?> m2 && m2.containsKey("error"));
            return prismaFailed && weAnswer ? null
                    : "listed as a deliberate divergence (" + divergence + ") but Prisma answered "
                    + Json.write(expected) + " and Refract " + actualText;
        }
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

    /** Creates the tables with refract-migrate and loads the seed. */
    static void setUp(TestDatabase db, SchemaModel model, String dialect) {
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
}
