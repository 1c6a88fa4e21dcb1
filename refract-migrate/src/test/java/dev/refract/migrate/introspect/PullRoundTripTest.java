package dev.refract.migrate.introspect;

import dev.refract.testing.TestDatabase;
import dev.refract.testing.TestDatabases;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.migrate.ddl.CreateSchema;
import dev.refract.migrate.ddl.SqlSchema;
import dev.refract.migrate.describe.Canonical;
import dev.refract.migrate.describe.DescribeRoundTripTest;
import dev.refract.migrate.describe.SchemaDescriber;
import dev.refract.model.SchemaModel;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidatedSchema;
import dev.refract.schema.model.SchemaModels;
import dev.refract.testing.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Pulling a database gives a schema that asks for that same database: for each schema of the
 * describer's round trip, create it, describe it, pull it, and check that the pulled schema is
 * valid and that its calculated {@link SqlSchema} equals the described one (up to
 * {@link Canonical}). Passing cases are listed in {@code introspect/pull-roundtrip-passing.txt};
 * reports of the others go to {@code target/pull-roundtrip/}. Known difference: a second index
 * on the same columns (sqlite/constraint_names_basic's two uniques on (a, b)) is dropped, as
 * Prisma's introspection drops it (see the corpus' multiple_single_field_unique_indexes).
 */
class PullRoundTripTest {
    private static final Path RATCHET = Path.of("src/test/resources/introspect/pull-roundtrip-passing.txt");

    @Test
    void pulledSchemaRecreatesTheDatabase() throws Exception {
        Map<String, String> cases = DescribeRoundTripTest.cases();
        Path reports = Path.of("target", "pull-roundtrip");
        Files.createDirectories(reports);
        TreeSet<String> passing = new TreeSet<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Map.Entry<String, String> c : cases.entrySet()) {
            SchemaModel model = SchemaModels.from(PrismaSchema.validate(c.getValue())).orElse(null);
            if (model == null) {
                continue;
            }
            boolean postgres = !model.provider().equals("sqlite");
            int[] count = counts.computeIfAbsent(model.provider(), k -> new int[2]);
            count[1]++;
            String failure = check(c.getValue(), model, postgres);
            if (failure == null) {
                count[0]++;
                passing.add(c.getKey());
            } else {
                Files.writeString(reports.resolve(c.getKey().replace('/', '_') + ".txt"), failure);
            }
        }
        StringBuilder summary = new StringBuilder();
        counts.forEach((k, v) -> summary.append(' ').append(k).append(' ').append(v[0]).append('/').append(v[1]));
        System.out.println("[introspection] pull round trip:" + summary);
        if (Boolean.getBoolean("refract.golden.update")) {
            Files.writeString(RATCHET, "# Schemas whose pulled schema recreates the database; regenerate with "
                    + "-Drefract.golden.update=true\n" + String.join("\n", passing) + "\n");
            return;
        }
        List<String> expected = Files.readAllLines(RATCHET).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertThat(expected.stream().filter(cases::containsKey).filter(n -> !passing.contains(n)).toList())
                .as("schemas whose pull used to round-trip (reports in %s)", reports.toAbsolutePath()).isEmpty();
    }

    private static String check(String text, SchemaModel model, boolean postgres) {
        try (TestDatabase db = TestDatabases.of(postgres ? "postgresql" : "sqlite"); Connection c = db.connect()) {
            try (Statement st = c.createStatement()) {
                for (String sql : CreateSchema.statements(model)) {
                    st.execute(sql);
                }
            }
            List<String> schemas = model.datasource() == null ? List.of() : model.datasource().schemas();
            SqlSchema described = SchemaDescriber.describe(c, db.provider(), schemas);
            String pulled = Introspection.render(described, db.provider(), Introspection.header(text), false);
            ValidatedSchema validated = PrismaSchema.validate(pulled);
            if (!validated.isValid()) {
                return "pulled schema is invalid:\n" + validated.render(false) + "\n" + pulled;
            }
            SchemaModel again = SchemaModels.from(validated).orElseThrow();
            String expected = Canonical.of(described, postgres);
            String actual = Canonical.of(SqlSchema.of(again), postgres);
            return expected.equals(actual) ? null : Golden.diff(expected, actual) + "\n" + pulled;
        } catch (Exception e) {
            return "threw " + e;
        }
    }
}
