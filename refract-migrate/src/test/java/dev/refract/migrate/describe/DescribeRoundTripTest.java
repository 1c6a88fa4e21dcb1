package dev.refract.migrate.describe;

import dev.refract.testing.TestDatabase;
import dev.refract.testing.TestDatabases;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.migrate.ddl.CreateSchema;
import dev.refract.migrate.ddl.SqlSchema;
import dev.refract.model.SchemaModel;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidatedSchema;
import dev.refract.schema.model.SchemaModels;
import dev.refract.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Describing what {@link CreateSchema} created gives back the calculator's {@link SqlSchema}, up
 * to {@link Canonical}'s normalisation. Schemas: Prisma's migration corpus
 * ({@code single_migration_tests/<db>/**.prisma}, when {@code -Drefract.conformance} or
 * {@code ../shared/conformance} has it) and the engine's differential schemas. Cases that pass are
 * listed in {@code describe/roundtrip-passing.txt} and must keep passing; the others' diffs go to
 * {@code target/describe-roundtrip/}.
 */
public class DescribeRoundTripTest {
    private static final Path RATCHET = Path.of("src/test/resources/describe/roundtrip-passing.txt");
    private static final String MARKER = "// Expected Migration:";

    @Test
    void describedSchemaEqualsCalculatedSchema() throws Exception {
        Map<String, String> cases = cases();
        Path reports = Path.of("target", "describe-roundtrip");
        Files.createDirectories(reports);
        TreeSet<String> passing = new TreeSet<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Map.Entry<String, String> c : cases.entrySet()) {
            ValidatedSchema validated = PrismaSchema.validate(c.getValue());
            SchemaModel model = SchemaModels.from(validated).orElse(null);
            if (model == null) {
                continue;
            }
            boolean postgres = !model.provider().equals("sqlite");
            int[] count = counts.computeIfAbsent(postgres ? "postgresql" : "sqlite", k -> new int[2]);
            count[1]++;
            String failure = check(model, postgres);
            if (failure == null) {
                count[0]++;
                passing.add(c.getKey());
            } else {
                Files.writeString(reports.resolve(c.getKey().replace('/', '_') + ".txt"), failure);
            }
        }
        StringBuilder summary = new StringBuilder();
        counts.forEach((k, v) -> summary.append(' ').append(k).append(' ').append(v[0]).append('/').append(v[1]));
        System.out.println("[describe] round trip:" + summary);
        if (Boolean.getBoolean("refract.golden.update")) {
            Files.writeString(RATCHET, "# Schemas whose described database equals the calculated schema; regenerate "
                    + "with -Drefract.golden.update=true\n" + String.join("\n", passing) + "\n");
            return;
        }
        List<String> expected = Files.readAllLines(RATCHET).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        List<String> absent = expected.stream().filter(cases::containsKey).filter(n -> !passing.contains(n)).toList();
        assertThat(absent).as("schemas that used to round-trip (diffs in %s)", reports.toAbsolutePath()).isEmpty();
        assertThat(passing).as("the differential schemas always run").contains("differential/schema.postgresql.prisma",
                "differential/schema.sqlite.prisma");
    }

    /** Null when the described schema equals the calculated one, else a report. */
    private static String check(SchemaModel model, boolean postgres) throws Exception {
        String expected = Canonical.of(SqlSchema.of(model), postgres);
        try (TestDatabase db = TestDatabases.of(postgres ? "postgresql" : "sqlite")) {
            try (Connection c = db.connect()) {
                try (Statement st = c.createStatement()) {
                    for (String sql : CreateSchema.statements(model)) {
                        st.execute(sql);
                    }
                }
                List<String> schemas = model.datasource() == null ? List.of() : model.datasource().schemas();
                String actual = Canonical.of(SchemaDescriber.describe(c, db.provider(), schemas), postgres);
                return expected.equals(actual) ? null : Golden.diff(expected, actual);
            }
        } catch (Exception e) {
            return "threw " + e;
        }
    }

    /** The schemas by name: the migration corpus (when present) and the differential schemas. */
    public static Map<String, String> cases() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        String configured = System.getProperty("refract.conformance");
        Path root = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of("..", "..", "shared", "conformance");
        Path corpus = root.resolve("prisma-engines/schema-engine/sql-migration-tests/tests/single_migration_tests");
        for (String dialect : List.of("postgres", "sqlite")) {
            Path dir = corpus.resolve(dialect);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".prisma")).sorted().toList()) {
                    String text = Files.readString(p);
                    int at = text.indexOf(MARKER);
                    out.put(corpus.relativize(p).toString().replace('\\', '/'), at < 0 ? text : text.substring(0, at));
                }
            }
        }
        Path differential = Path.of("..", "refract-engine", "src", "test", "resources", "differential");
        for (String dialect : List.of("postgresql", "sqlite")) {
            Path p = differential.resolve("schema." + dialect + ".prisma");
            out.put("differential/schema." + dialect + ".prisma", Files.readString(p));
        }
        return out;
    }
}
