package dev.refract.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code refract migrate diff}: output compared with what Prisma 6.19's {@code migrate diff} printed
 * for the same schemas (the summary, the script, the empty forms), exit codes with and without
 * {@code --exit-code}, flag and schema errors.
 */
class MigrateDiffCommandTest {
    private static final String HEADER = "datasource db {\n  provider = \"postgresql\"\n  url = env(\"DATABASE_URL\")\n}\n";

    @TempDir
    Path dir;

    private void schemas() throws IOException {
        Files.writeString(dir.resolve("a.prisma"), HEADER
                + "model User {\n  id Int @id @default(autoincrement())\n  name String\n}\n");
        Files.writeString(dir.resolve("b.prisma"), HEADER
                + "model User {\n  id Int @id @default(autoincrement())\n  name String?\n  email String @unique\n}\n");
    }

    @Test
    void summaryAndScriptAsPrismaPrintsThem() throws IOException {
        schemas();
        CliRun summary = CliRun.in(dir, "migrate", "diff", "--from-schema-datamodel", "a.prisma",
                "--to-schema-datamodel", "b.prisma");
        assertThat(summary.exitCode()).isZero();
        assertThat(summary.out()).isEqualTo("\n[*] Changed the `User` table\n  [+] Added column `email`\n"
                + "  [*] Altered column `name` (changed from Required to Nullable)\n"
                + "  [+] Added unique index on columns (email)\n\n");
        CliRun script = CliRun.in(dir, "migrate", "diff", "--from-schema-datamodel", "a.prisma",
                "--to-schema-datamodel", "b.prisma", "--script", "--exit-code");
        assertThat(script.exitCode()).isEqualTo(2);
        assertThat(script.out()).isEqualTo("-- AlterTable\nALTER TABLE \"User\" ADD COLUMN     \"email\" TEXT NOT NULL,\n"
                + "ALTER COLUMN \"name\" DROP NOT NULL;\n\n-- CreateIndex\n"
                + "CREATE UNIQUE INDEX \"User_email_key\" ON \"User\"(\"email\");\n\n");
    }

    @Test
    void noDifference() throws IOException {
        schemas();
        CliRun script = CliRun.in(dir, "migrate", "diff", "--from-schema-datamodel", "a.prisma",
                "--to-schema-datamodel", "a.prisma", "--script", "--exit-code");
        assertThat(script.exitCode()).isZero();
        assertThat(script.out()).isEqualTo("-- This is an empty migration.\n\n");
        CliRun summary = CliRun.in(dir, "migrate", "diff", "--from-empty", "--to-empty");
        assertThat(summary.exitCode()).isZero();
        assertThat(summary.out()).isEqualTo("No difference detected.\n\n");
    }

    @Test
    void toEmptyDropsEverything() throws IOException {
        schemas();
        CliRun script = CliRun.in(dir, "migrate", "diff", "--from-schema-datamodel", "a.prisma", "--to-empty",
                "--script", "-o", "out/down.sql");
        assertThat(script.exitCode()).isZero();
        assertThat(Files.readString(dir.resolve("out/down.sql"))).isEqualTo("-- DropTable\nDROP TABLE \"User\";\n\n");
    }

    /** Prisma's own {@code migrate diff --from-empty} of the differential suite's schemas, kept in refract-engine. */
    @Test
    void fromEmptyMatchesPrismasRecordedDdl() throws IOException {
        for (String dialect : new String[] {"postgresql", "sqlite"}) {
            Path suite = Path.of("..", "refract-engine", "src", "test", "resources", "differential");
            Path ddl = suite.resolve("prisma-ddl." + dialect + ".sql");
            assumeTrue(Files.exists(ddl), "no differential suite");
            String url = dialect.equals("sqlite") ? "\"file:unused.db\"" : "env(\"DATABASE_URL\")";
            String schema = Files.readString(suite.resolve("schema." + dialect + ".prisma"))
                    .replaceFirst("(?m)^(  provider = \"" + dialect + "\")$", "$1\n  url      = " + url.replace("$", "\\$"));
            Files.writeString(dir.resolve(dialect + ".prisma"), schema);
            CliRun run = CliRun.in(dir, "migrate", "diff", "--from-empty", "--to-schema-datamodel", dialect + ".prisma",
                    "--script");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).as(dialect).isEqualTo(Files.readString(ddl));
        }
    }

    @Test
    void errors() throws IOException {
        schemas();
        CliRun missing = CliRun.in(dir, "migrate", "diff", "--to-schema-datamodel", "b.prisma", "--exit-code");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("--from-empty");
        Files.writeString(dir.resolve("bad.prisma"), HEADER + "model User {\n  id Nope @id\n}\n");
        CliRun invalid = CliRun.in(dir, "migrate", "diff", "--from-empty", "--to-schema-datamodel", "bad.prisma",
                "--exit-code");
        assertThat(invalid.exitCode()).isEqualTo(1);
        assertThat(invalid.out()).isEmpty();
    }
}
