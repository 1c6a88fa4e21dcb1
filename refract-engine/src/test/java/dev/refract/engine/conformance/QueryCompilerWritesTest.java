package dev.refract.engine.conformance;

import dev.refract.engine.QueryEngine;
import dev.refract.engine.error.RefractException;
import dev.refract.engine.json.Json;
import dev.refract.engine.protocol.ProtocolReader;
import dev.refract.engine.testing.Ratchet;
import dev.refract.testing.TestDatabase;
import dev.refract.testing.TestDatabases;
import dev.refract.migrate.ddl.CreateSchema;
import dev.refract.model.SchemaModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Prisma's query-compiler corpus, the write and raw documents: each runs on PostgreSQL and SQLite
 * against a fresh database of the corpus schema, seeded with the few rows its plan needs
 * ({@code conformance/qc-writes/<name>.sql}). Its result must have the snapshot's shape, and the
 * database must then hold what the plan's statements write ({@code <name>.expect}, see
 * {@link WriteExpectation}). Both files are ours, derived from reading each snapshot's plan.
 */
class QueryCompilerWritesTest {
    private static final Set<String> WRITES = Set.of("createOne", "createMany", "createManyAndReturn", "updateOne",
            "upsertOne", "deleteOne", "deleteMany", "executeRaw", "queryRaw");
    private static final Path CASES = Path.of("src/test/resources/conformance/qc-writes");

    @TestFactory
    Stream<DynamicTest> postgresql() throws IOException {
        return run("postgresql");
    }

    @TestFactory
    Stream<DynamicTest> sqlite() throws IOException {
        return run("sqlite");
    }

    private Stream<DynamicTest> run(String provider) throws IOException {
        Path dir = QueryCompilerCorpusTest.corpus();
        SchemaModel model = QueryCompilerCorpusTest.model(dir, provider);
        Ratchet ratchet = new Ratchet(Path.of("src/test/resources/conformance/query-compiler-writes-passing-"
                + provider + ".txt"), "query-compiler-writes-" + provider);
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve("data"))) {
            for (Path doc : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                String text = Files.readString(doc);
                String action = String.valueOf(Json.parseObject(text).get("action"));
                if (!WRITES.contains(action)) {
                    continue;
                }
                String file = doc.getFileName().toString();
                String name = file.substring(0, file.length() - ".json".length());
                Path snap = dir.resolve("snapshots/queries__queries@" + file + ".snap");
                tests.add(DynamicTest.dynamicTest(file, () -> ratchet.record(file,
                        problem(provider, model, name, action, text, Files.readString(snap)))));
            }
        }
        tests.add(DynamicTest.dynamicTest("report", ratchet::report));
        return tests.stream();
    }

    /** Null when the document did what its plan implies on a fresh database, else what is wrong. */
    private static String problem(String provider, SchemaModel model, String name, String action, String text,
            String snapshot) throws IOException, SQLException {
        Path expectFile = CASES.resolve(name + ".expect");
        if (!Files.exists(expectFile)) {
            return "no " + expectFile + " to check the end state against";
        }
        WriteExpectation expect = WriteExpectation.read(expectFile, provider);
        try (TestDatabase db = provider.equals("sqlite") ? TestDatabases.sqlite() : TestDatabases.postgres()) {
            prepare(db, model, CASES.resolve(name + ".sql"));
            List<String> problems = new ArrayList<>();
            try (QueryEngine engine = QueryEngine.create(model, db.dataSource())) {
                Object result = engine.execute(ProtocolReader.read(model, text));
                if (expect.error != null) {
                    problems.add("succeeded with " + result + ", the plan fails with " + expect.error);
                } else {
                    checkResult(result, action, snapshot, expect, problems);
                }
            } catch (RefractException e) {
                if (!java.util.Objects.equals(e.code(), expect.error)) {
                    problems.add("failed: " + e.code() + " " + e.getMessage());
                }
            } catch (RuntimeException e) {
                problems.add("failed: " + e);
            }
            try (Connection c = db.connect()) {
                expect.checkState(c, problems);
            }
            return problems.isEmpty() ? null : String.join("; ", problems);
        }
    }

    private static void checkResult(Object result, String action, String snapshot, WriteExpectation expect,
            List<String> problems) {
        DataMap shape = DataMap.ofSnapshot(snapshot);
        if (shape != null) {
            QueryCompilerCorpusTest.ShapeCheck.check(result, shape, "$", problems);
        } else if (snapshot.contains("\ndataMap affectedRows")) {
            if (!(result instanceof Map<?, ?> m) || m.size() != 1 || !(m.get("count") instanceof Integer)) {
                problems.add("expected {count: Int} (affectedRows), got " + result);
            }
        } else if (action.equals("executeRaw") && !(result instanceof Integer)) {
            problems.add("executeRaw: expected an Integer count, got " + result);
        } else if (action.equals("queryRaw") && !(result instanceof List<?>)) {
            problems.add("queryRaw: expected a list of rows, got " + result);
        }
        if (expect.result != null) {
            Object size = result instanceof List<?> l ? (Object) l.size()
                    : result instanceof Map<?, ?> m && m.size() == 1 && m.containsKey("count") ? m.get("count")
                    : result;
            if (!expect.result.equals(size)) {
                problems.add("result size " + size + ", the plan implies " + expect.result + " (" + result + ")");
            }
        }
    }

    /** Creates the corpus schema and the document's seed rows, then moves sequences past them. */
    private static void prepare(TestDatabase db, SchemaModel model, Path seed) throws IOException, SQLException {
        boolean sqlite = db.provider().equals("sqlite");
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String ddl : CreateSchema.statements(model)) {
                st.execute(ddl);
            }
            if (Files.exists(seed)) {
                for (String line : Files.readAllLines(seed)) {
                    if (line.startsWith("INSERT")) {
                        st.execute(sqlite ? line.replace("true", "1").replace("false", "0") : line);
                    }
                }
            }
            if (!sqlite) {
                syncSequences(c);
            }
        }
    }

    /**
     * Seeds write explicit ids, which PostgreSQL's SERIAL sequences do not see (SQLite's AUTOINCREMENT
     * does): set each to the column's maximum + 1 so that the next generated id is the same on both.
     */
    private static void syncSequences(Connection c) throws SQLException {
        List<String[]> serials = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT table_name, column_name,"
                + " pg_get_serial_sequence(quote_ident(table_name), column_name) FROM information_schema.columns"
                + " WHERE table_schema = current_schema() AND column_default LIKE 'nextval(%'")) {
            while (rs.next()) {
                serials.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        }
        try (Statement st = c.createStatement()) {
            for (String[] s : serials) {
                st.execute("SELECT setval('" + s[2] + "', COALESCE((SELECT MAX(\"" + s[1] + "\") FROM \"" + s[0]
                        + "\"), 0) + 1, false)");
            }
        }
    }
}
