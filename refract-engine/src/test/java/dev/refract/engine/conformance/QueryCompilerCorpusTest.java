package dev.refract.engine.conformance;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.refract.engine.QueryEngine;
import dev.refract.engine.ir.Values;
import dev.refract.engine.json.Json;
import dev.refract.engine.protocol.ProtocolReader;
import dev.refract.engine.testing.Ratchet;
import dev.refract.testing.TestDatabase;
import dev.refract.testing.TestDatabases;
import dev.refract.migrate.ddl.CreateSchema;
import dev.refract.model.SchemaModel;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidatedSchema;
import dev.refract.schema.model.SchemaModels;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Prisma's query-compiler corpus ({@code query-compiler/tests/data}): every read document runs on
 * PostgreSQL and SQLite against a seeded database of the corpus schema, and its result must have
 * the shape the document's snapshot describes in its {@code dataMap} (keys, nesting, types). The
 * snapshots' SQL is Prisma's plan; ours may differ, the results may not.
 */
class QueryCompilerCorpusTest {
    private static final Set<String> READS = Set.of("findUnique", "findUniqueOrThrow", "findFirst",
            "findFirstOrThrow", "findMany", "aggregate", "groupBy");
    private static final List<TestDatabase> OPEN = new ArrayList<>();

    @AfterAll
    static void close() {
        OPEN.forEach(TestDatabase::close);
    }

    static Path corpus() {
        String root = System.getProperty("refract.conformance");
        Path dir = root == null ? null : Path.of(root, "prisma-engines/query-compiler/query-compiler/tests");
        assumeTrue(dir != null && Files.isDirectory(dir),
                "query-compiler corpus not found (set -Drefract.conformance=.../shared/conformance); skipped");
        return dir;
    }

    @TestFactory
    Stream<DynamicTest> postgresql() throws IOException {
        return run("postgresql");
    }

    @TestFactory
    Stream<DynamicTest> sqlite() throws IOException {
        return run("sqlite");
    }

    private Stream<DynamicTest> run(String provider) throws IOException {
        Path dir = corpus();
        SchemaModel model = model(dir, provider);
        TestDatabase db = provider.equals("sqlite") ? TestDatabases.sqlite() : TestDatabases.postgres();
        OPEN.add(db);
        seed(db, model, provider);
        QueryEngine engine = QueryEngine.create(model, db.dataSource());
        Ratchet ratchet = new Ratchet(Path.of("src/test/resources/conformance/query-compiler-passing-" + provider
                + ".txt"), "query-compiler-" + provider);
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve("data"))) {
            for (Path doc : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                String text = Files.readString(doc);
                Map<String, Object> document = Json.parseObject(text);
                if (!READS.contains(String.valueOf(document.get("action")))) {
                    continue;
                }
                String name = doc.getFileName().toString();
                Path snap = dir.resolve("snapshots/queries__queries@" + name + ".snap");
                if (provider.equals("sqlite") && name.equals("data-types.json")) {
                    continue; // its snapshot has a scalar list, which SQLite cannot hold
                }
                tests.add(DynamicTest.dynamicTest(name, () -> ratchet.record(name, problem(engine, model, text, snap))));
            }
        }
        tests.add(DynamicTest.dynamicTest("report", ratchet::report));
        return tests.stream();
    }

    /** The corpus schema for {@code provider}: as written for PostgreSQL, adapted for SQLite. */
    static SchemaModel model(Path dir, String provider) throws IOException {
        String schemaText = Files.readString(dir.resolve("data/schema.prisma"));
        if (provider.equals("sqlite")) {
            // SQLite has no scalar lists; the rest of the schema is portable.
            schemaText = schemaText.replace("provider = \"postgresql\"", "provider = \"sqlite\"")
                    .replaceAll("\\n\\s*intArray\\s+Int\\[\\]", "");
        }
        ValidatedSchema validated = PrismaSchema.validate(schemaText);
        return SchemaModels.from(validated).orElseThrow(() -> new AssertionError(validated.render(false)));
    }

    /** Null when the result has the snapshot's shape, else what is wrong. */
    private static String problem(QueryEngine engine, SchemaModel model, String text, Path snap) throws IOException {
        DataMap shape = DataMap.ofSnapshot(Files.readString(snap));
        Object result;
        try {
            result = engine.execute(ProtocolReader.read(model, text));
        } catch (RuntimeException e) {
            return "failed: " + e;
        }
        if (result == null) {
            return "returned null: nothing to check";
        }
        List<String> problems = new ArrayList<>();
        ShapeCheck.check(result, shape, "$", problems);
        return problems.isEmpty() ? null : problems + " in " + result;
    }

    private static void seed(TestDatabase db, SchemaModel model, String provider) throws IOException {
        String seed;
        try (InputStream in = QueryCompilerCorpusTest.class.getResourceAsStream("/conformance/query-compiler-seed.sql")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        boolean sqlite = provider.equals("sqlite");
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String ddl : CreateSchema.statements(model)) {
                st.execute(ddl);
            }
            for (String line : seed.split("\n")) {
                if (line.startsWith("INSERT")) {
                    st.execute(sqlite ? line.replace("true", "1").replace("false", "0") : line);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO \"Activation\" (\"id\", \"issued\", \"secret\","
                    + " \"done\", \"userId\") VALUES (?, ?, ?, ?, ?)")) {
                for (int i = 1; i <= 3; i++) {
                    Instant at = Instant.parse("2024-05-0" + i + "T10:00:00Z");
                    ps.setInt(1, i);
                    if (sqlite) {
                        ps.setLong(2, at.toEpochMilli());
                    } else {
                        ps.setObject(2, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
                    }
                    ps.setString(3, "s" + i);
                    ps.setBoolean(4, i % 2 == 0);
                    ps.setInt(5, i);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = sqlite
                    ? c.prepareStatement("INSERT INTO \"DataTypes\" (\"id\", \"optString\") VALUES (?, ?)")
                    : c.prepareStatement("INSERT INTO \"DataTypes\" (\"id\", \"optString\", \"intArray\") VALUES (?, ?, ?)")) {
                ps.setBytes(1, new byte[] {1, 2});
                ps.setString(2, "x");
                if (!sqlite) {
                    ps.setArray(3, c.createArrayOf("int4", new Integer[] {1, 2, 3}));
                }
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot seed the query-compiler corpus database on " + provider, e);
        }
    }

    /** Compares a result with a dataMap shape. */
    static final class ShapeCheck {
        private ShapeCheck() {
        }

        static void check(Object value, DataMap shape, String path, List<String> problems) {
            if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    check(list.get(i), shape, path + "[" + i + "]", problems);
                }
                return;
            }
            if (!(value instanceof Map<?, ?> record)) {
                problems.add(path + ": expected a record, got " + value);
                return;
            }
            if (!List.copyOf(record.keySet()).equals(List.copyOf(shape.entries.keySet()))) {
                problems.add(path + ": keys " + record.keySet() + " but the snapshot has " + shape.entries.keySet());
                return;
            }
            shape.entries.forEach((key, entry) -> {
                Object v = record.get(key);
                if (entry.nested() != null) {
                    if (v != null) {
                        check(v, entry.nested(), path + "." + key, problems);
                    }
                } else if (!typeMatches(v, entry.type())) {
                    problems.add(path + "." + key + ": " + v + (v == null ? "" : " (" + v.getClass().getSimpleName() + ")")
                            + " is not a " + entry.type());
                }
            });
        }

        static boolean typeMatches(Object v, String type) {
            boolean optional = type.endsWith("?");
            String base = optional ? type.substring(0, type.length() - 1) : type;
            if (v == null) {
                return optional;
            }
            if (base.endsWith("[]")) {
                if (!(v instanceof List<?> list)) {
                    return false;
                }
                String element = base.substring(0, base.length() - 2);
                return list.stream().allMatch(e -> typeMatches(e, element));
            }
            return switch (base) {
                case "Int" -> v instanceof Integer;
                case "BigInt" -> v instanceof Long;
                case "Float" -> v instanceof Double;
                case "Decimal" -> v instanceof BigDecimal;
                case "String" -> v instanceof String;
                case "Boolean" -> v instanceof Boolean;
                case "DateTime" -> v instanceof Instant;
                case "Json" -> v instanceof Values.Json;
                case "Bytes" -> v instanceof byte[];
                default -> v instanceof String; // an enum
            };
        }
    }
}
