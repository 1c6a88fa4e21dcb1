package dev.refract.migrate.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.migrate.ddl.CreateSchema;
import dev.refract.migrate.ddl.MigrationDiff;
import dev.refract.migrate.ddl.SqlSchema;
import dev.refract.migrate.describe.SchemaDescriber;
import dev.refract.model.SchemaModel;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.model.SchemaModels;
import dev.refract.testing.Golden;
import dev.refract.testing.TestDatabase;
import dev.refract.testing.TestDatabases;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every kind of destructive change warning and unexecutable step, with its row counts, on real
 * PostgreSQL and SQLite: each case creates its "before" schema, inserts rows, describes the
 * database and checks the diff to its "after" schema. The texts (counted, and the pure check's
 * hedged wording that {@code migrate dev} writes on top of a migration) are golden files.
 */
class DestructiveChecksTest {
    /** A schema change on a database holding {@code seed}'s rows; {@code only} limits it to one provider. */
    record Case(String name, String only, String before, String seed, String after) {
    }

    static final List<Case> CASES = List.of(
            new Case("drop_table", null, "model User { id Int @id }\nmodel Post { id Int @id }",
                    "INSERT INTO \"Post\" (id) VALUES (1), (2), (3)", "model User { id Int @id }"),
            new Case("drop_empty_table", null, "model User { id Int @id }\nmodel Post { id Int @id }",
                    "INSERT INTO \"User\" (id) VALUES (1)", "model User { id Int @id }"),
            new Case("drop_column", null, "model User { id Int @id\n x String? }",
                    "INSERT INTO \"User\" (id, x) VALUES (1, 'a'), (2, 'b'), (3, NULL)", "model User { id Int @id }"),
            new Case("drop_column_of_nulls", null, "model User { id Int @id\n x String? }",
                    "INSERT INTO \"User\" (id, x) VALUES (1, NULL)", "model User { id Int @id }"),
            new Case("add_required_column", null, "model User { id Int @id }",
                    "INSERT INTO \"User\" (id) VALUES (1), (2)", "model User { id Int @id\n x String }"),
            new Case("add_required_column_empty_table", null, "model User { id Int @id }", "",
                    "model User { id Int @id\n x String }"),
            new Case("add_required_column_with_default", null, "model User { id Int @id }",
                    "INSERT INTO \"User\" (id) VALUES (1), (2)", "model User { id Int @id\n x String @default(\"a\") }"),
            new Case("add_unique", null, "model User { id Int @id\n email String }",
                    "INSERT INTO \"User\" (id, email) VALUES (1, 'a'), (2, 'a')",
                    "model User { id Int @id\n email String @unique }"),
            new Case("make_required", null, "model User { id Int @id\n x String? }",
                    "INSERT INTO \"User\" (id, x) VALUES (1, 'a'), (2, NULL), (3, NULL)",
                    "model User { id Int @id\n x String }"),
            new Case("make_required_no_nulls", null, "model User { id Int @id\n x String? }",
                    "INSERT INTO \"User\" (id, x) VALUES (1, 'a')", "model User { id Int @id\n x String }"),
            new Case("primary_key_change", null, "model User { id Int @id\n code String @default(\"c\") }",
                    "INSERT INTO \"User\" (id) VALUES (1)", "model User { id Int\n code String @id @default(\"c\") }"),
            new Case("risky_cast_varchar", "postgresql", "model T { id Int @id\n x String? @db.VarChar(10) }",
                    "INSERT INTO \"T\" (id, x) VALUES (1, 'abc'), (2, NULL)",
                    "model T { id Int @id\n x String? @db.VarChar(3) }"),
            new Case("risky_cast_text_to_int", "postgresql", "model T { id Int @id\n x String? }",
                    "INSERT INTO \"T\" (id, x) VALUES (1, '12')", "model T { id Int @id\n x Int? }"),
            new Case("risky_cast_sqlite", "sqlite", "model T { id Int @id\n x Int? }",
                    "INSERT INTO \"T\" (id, x) VALUES (1, 1), (2, 0)", "model T { id Int @id\n x Boolean? }"),
            new Case("not_castable_sqlite", "sqlite", "model T { id Int @id\n x String? }",
                    "INSERT INTO \"T\" (id, x) VALUES (1, '12')", "model T { id Int @id\n x Int? }"),
            new Case("drop_and_recreate_optional", "postgresql",
                    "model T { id Int @id\n x Mood? }\nenum Mood { A\n B }\nenum Other { A\n B }",
                    "INSERT INTO \"T\" (id, x) VALUES (1, 'A'), (2, 'B')",
                    "model T { id Int @id\n x Other? }\nenum Mood { A\n B }\nenum Other { A\n B }"),
            new Case("drop_and_recreate_required", "postgresql",
                    "model T { id Int @id\n x Mood }\nenum Mood { A\n B }\nenum Other { A\n B }",
                    "INSERT INTO \"T\" (id, x) VALUES (1, 'A')",
                    "model T { id Int @id\n x Other }\nenum Mood { A\n B }\nenum Other { A\n B }"),
            new Case("scalar_to_list", "postgresql", "model T { id Int @id\n x String? }",
                    "INSERT INTO \"T\" (id, x) VALUES (1, 'a'), (2, NULL)", "model T { id Int @id\n x String[] }"),
            new Case("enum_value_removal", "postgresql", "model T { id Int @id\n m Mood }\nenum Mood { A\n B\n C }",
                    "INSERT INTO \"T\" (id, m) VALUES (1, 'A')", "model T { id Int @id\n m Mood }\nenum Mood { A }"));

    @Test
    void postgresql() throws Exception {
        run("postgresql");
    }

    @Test
    void sqlite() throws Exception {
        run("sqlite");
    }

    private static void run(String provider) throws Exception {
        StringBuilder out = new StringBuilder();
        for (Case c : CASES) {
            if (c.only() != null && !c.only().equals(provider)) {
                continue;
            }
            try (TestDatabase db = TestDatabases.of(provider); Connection conn = db.connect()) {
                MigrationDiff diff = prepare(provider, c, conn);
                CheckResult counted = DestructiveChecks.check(conn, provider, diff);
                CheckResult pure = DestructiveChecks.pureCheck(diff);
                out.append("## ").append(c.name()).append('\n');
                list(out, "warnings", counted.warnings());
                list(out, "unexecutable", counted.unexecutable());
                out.append("pure check header:\n").append(pure.header().isEmpty() ? "(none)\n" : pure.header());
                out.append('\n');
            }
        }
        Golden.assertMatches("check/" + provider + ".txt", out.toString());
    }

    /** Creates {@code c.before} with its rows, and diffs the described database to {@code c.after}. */
    static MigrationDiff prepare(String provider, Case c, Connection conn) throws Exception {
        try (Statement st = conn.createStatement()) {
            for (String sql : CreateSchema.statements(model(provider, c.before()))) {
                st.execute(sql);
            }
            if (!c.seed().isEmpty()) {
                st.execute(c.seed());
            }
        }
        SqlSchema described = SchemaDescriber.describe(conn, provider, List.of());
        return MigrationDiff.between(described, SqlSchema.of(model(provider, c.after())), provider);
    }

    static SchemaModel model(String provider, String body) {
        String text = "datasource db {\n  provider = \"" + provider + "\"\n  url = \"" + provider
                + "://x\"\n}\n" + body.replace(" { ", " {\n ").replace(" }", "\n}") + "\n";
        var validated = PrismaSchema.validate(text);
        assertThat(validated.render(false)).as(text).isEmpty();
        return SchemaModels.from(validated).orElseThrow();
    }

    private static void list(StringBuilder out, String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        out.append(title).append(":\n");
        items.forEach(i -> out.append("  - ").append(i).append('\n'));
    }
}
