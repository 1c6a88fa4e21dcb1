package dev.refract.migrate.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.migrate.ddl.MigrationDiff;
import dev.refract.migrate.history.MigrationsFolder;
import dev.refract.model.SchemaModel;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.model.SchemaModels;
import dev.refract.testing.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lint over a migrations folder whose scripts are what Refract's differ writes (Prisma's SQL)
 * for a series of schema edits, plus hand-written ones: every script and the lint's output are a
 * golden file, so a change to either shows in review.
 */
class MigrationLintTest {
    private static final String USER = "model User {\n  id    Int     @id\n  email String\n  name  String?\n%s}\n";
    private static final String POST = "model Post {\n  id       Int    @id\n  title    String%s\n  authorId Int\n%s}\n";

    /** Migration name, and the schema it migrates to (or, starting with "SQL:", a hand-written script). */
    private static final String[][] STEPS = {
        {"init", String.format(USER, "") + String.format(POST, "", "")},
        {"indexes", String.format(USER.replace("email String", "email String @unique"), "")
                + String.format(POST, "", "  @@index([title])\n")},
        {"required_age", String.format(USER.replace("email String", "email String @unique"), "  age   Int\n")
                + String.format(POST, "", "  @@index([title])\n")},
        {"title_varchar", String.format(USER.replace("email String", "email String @unique"), "  age   Int\n")
                + String.format(POST, " @db.VarChar(100)", "  @@index([title])\n")},
        {"title_wider", String.format(USER.replace("email String", "email String @unique"), "  age   Int\n")
                + String.format(POST, " @db.VarChar(200)", "  @@index([title])\n")},
        {"rename_name", String.format(USER.replace("email String", "email String @unique")
                .replace("name  String?", "fullName String?"), "  age   Int\n")
                + String.format(POST, " @db.VarChar(200)", "  @@index([title])\n")},
        {"new_table_with_index", String.format(USER.replace("email String", "email String @unique")
                .replace("name  String?", "fullName String?"), "  age   Int     @default(0)\n")
                + String.format(POST, " @db.VarChar(200)", "  @@index([title])\n")
                + "model Tag {\n  id   Int    @id\n  name String\n  @@index([name])\n}\n"},
        {"concurrent_index", "SQL:-- CreateIndex\nCREATE INDEX CONCURRENTLY \"Post_authorId_idx\" ON \"Post\"(\"authorId\");\n"},
        {"rename_table", String.format(USER.replace("email String", "email String @unique")
                .replace("name  String?", "fullName String?"), "  age   Int     @default(0)\n")
                + String.format(POST, " @db.VarChar(200)", "  @@index([title])\n")
                + "model Label {\n  id   Int    @id\n  name String\n  @@index([name])\n}\n"},
        {"title_to_int", "SQL:ALTER TABLE \"Post\" ALTER COLUMN \"title\" TYPE integer USING \"title\"::integer;\n"
                + "ALTER TABLE \"User\" ADD COLUMN \"code\" SERIAL NOT NULL,\nADD COLUMN \"nick\" TEXT NOT NULL DEFAULT '';\n"},
    };

    @TempDir
    Path dir;

    @Test
    void folderOfPrismaScripts() throws Exception {
        MigrationsFolder folder = new MigrationsFolder(dir);
        StringBuilder golden = new StringBuilder();
        SchemaModel previous = null;
        List<String> scripts = new ArrayList<>();
        for (int i = 0; i < STEPS.length; i++) {
            String name = String.format("2024010100%04d_%s", i, STEPS[i][0]);
            String script;
            if (STEPS[i][1].startsWith("SQL:")) {
                script = STEPS[i][1].substring(4);
            } else {
                SchemaModel next = model(STEPS[i][1]);
                script = previous == null ? MigrationDiff.between(null, next).script()
                        : MigrationDiff.between(previous, next).script();
                previous = next;
            }
            Files.createDirectories(dir.resolve(name));
            Files.writeString(dir.resolve(name).resolve("migration.sql"), script);
            golden.append("-- ").append(name).append("/migration.sql\n").append(script).append('\n');
            if (i == STEPS.length - 1) {
                // What migrate dev calls on the migration it just wrote: the same findings for that one.
                assertThat(MigrationLint.lint(scripts, name, script)).isEqualTo(MigrationLint.lint(folder).stream()
                        .filter(f -> f.migration().equals(name)).toList());
            }
            scripts.add(script);
        }
        golden.append("== lint\n").append(MigrationLint.render(MigrationLint.lint(folder)));
        Golden.assertMatches("lint/postgresql.txt", golden.toString());
    }

    @Test
    void cleanFolder() {
        assertThat(MigrationLint.render(MigrationLint.lint(List.of(), "x", "CREATE TABLE \"A\" (\"id\" INTEGER);\n"
                + "CREATE INDEX \"A_id_idx\" ON \"A\"(\"id\");"))).isEqualTo("No risky operation found.\n");
    }

    @Test
    void typeRewrites() {
        assertThat(TypeRewrites.rewrites("VARCHAR(10)", "VARCHAR(20)")).isFalse();
        assertThat(TypeRewrites.rewrites("VARCHAR(10)", "TEXT")).isFalse();
        assertThat(TypeRewrites.rewrites("TEXT", "VARCHAR")).isFalse();
        assertThat(TypeRewrites.rewrites("DECIMAL(10,2)", "DECIMAL(12,2)")).isFalse();
        assertThat(TypeRewrites.rewrites("TIMESTAMP(3)", "TIMESTAMP(6)")).isFalse();
        assertThat(TypeRewrites.rewrites("VARCHAR(20)", "VARCHAR(10)")).isTrue();
        assertThat(TypeRewrites.rewrites("TEXT", "VARCHAR(10)")).isTrue();
        assertThat(TypeRewrites.rewrites("INTEGER", "BIGINT")).isTrue();
        assertThat(TypeRewrites.rewrites("DECIMAL(10,2)", "DECIMAL(12,3)")).isTrue();
        assertThat(TypeRewrites.rewrites(null, "TEXT")).isTrue();
    }

    private static SchemaModel model(String body) {
        String text = "datasource db {\n  provider = \"postgresql\"\n  url = \"postgresql://x\"\n}\n" + body;
        var validated = PrismaSchema.validate(text);
        assertThat(validated.render(false)).as(text).isEmpty();
        return SchemaModels.from(validated).orElseThrow();
    }
}
