package dev.refract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.schema.PrismaSchema;
import dev.refract.schema.diagnostics.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    static final String VALID = """
            datasource db {
              provider = "postgresql"
            }

            model User {
              id   Int    @id
              name String
            }
            """;
    // A line that starts with no keyword is a parse error in every version of the pipeline.
    static final String INVALID = VALID + "\nthis is not a block\n";

    @TempDir
    Path dir;

    @Test
    void validSchemaAtDefaultLocation() throws IOException {
        write("prisma/schema.prisma", VALID);
        CliRun run = CliRun.in(dir, "validate");
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).isEqualTo("The schema at prisma/schema.prisma is valid 🚀\n");
        assertThat(run.err()).isEqualTo("Prisma schema loaded from prisma/schema.prisma.\n");
    }

    @Test
    void fallsBackToSchemaPrismaInTheWorkingDirectory() throws IOException {
        write("schema.prisma", VALID);
        CliRun run = CliRun.in(dir, "validate");
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).isEqualTo("The schema at schema.prisma is valid 🚀\n");
    }

    @Test
    void prismaFolderWinsOverWorkingDirectory() throws IOException {
        write("prisma/schema.prisma", VALID);
        write("schema.prisma", INVALID);
        assertThat(CliRun.in(dir, "validate").exitCode()).isEqualTo(0);
    }

    @Test
    void invalidSchemaPrintsTheRenderedDiagnosticsAndExitsOne() throws IOException {
        write("prisma/schema.prisma", INVALID);
        CliRun run = CliRun.in(dir, "validate");
        String rendered = PrismaSchema.validate(List.of(new SourceFile("prisma/schema.prisma", INVALID))).render(false);
        assertThat(rendered).contains("prisma/schema.prisma:10");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("Prisma schema loaded from prisma/schema.prisma.\n\n"
                + "Error: Prisma schema validation\nError code: P1012\n" + rendered
                + "\nValidation Error Count: 1\n");
    }

    @Test
    void colorOption() throws IOException {
        write("prisma/schema.prisma", INVALID);
        assertThat(CliRun.in(dir, "validate").err()).doesNotContain("\u001b[");
        assertThat(CliRun.in(dir, "validate", "--color=never").err()).doesNotContain("\u001b[");
        assertThat(CliRun.in(dir, "validate", "--color=always").err()).contains("\u001b[1;91merror\u001b[0m");
        assertThat(CliRun.in(dir, "validate", "--color", "ALWAYS").exitCode()).isEqualTo(1);
    }

    @Test
    void schemaOptionNamesAFile() throws IOException {
        write("elsewhere/my.prisma", VALID);
        CliRun run = CliRun.in(dir, "validate", "--schema", "elsewhere/my.prisma");
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).isEqualTo("The schema at elsewhere/my.prisma is valid 🚀\n");
        assertThat(CliRun.in(dir, "validate", "--schema=./elsewhere/../elsewhere/my.prisma").out())
                .isEqualTo("The schema at elsewhere/my.prisma is valid 🚀\n");
    }

    @Test
    void fileOutsideTheWorkingDirectoryIsNamedByItsAbsolutePath() throws IOException {
        write("outside/schema.prisma", INVALID);
        Files.createDirectories(dir.resolve("cwd"));
        CliRun run = CliRun.in(dir.resolve("cwd"), "validate", "--schema", "../outside/schema.prisma");
        Path absolute = dir.resolve("outside/schema.prisma").toAbsolutePath().normalize();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("-->  " + absolute + ":10");
    }

    @Test
    void folderSchemaReadsEveryPrismaFileRecursivelyInOrder() throws IOException {
        write("prisma/schema/main.prisma", "datasource db {\n  provider = \"postgresql\"\n}\n");
        write("prisma/schema/models/user.prisma", "model User {\n  id Int @id\n}\n");
        write("prisma/schema/a.prisma", "model A {\n  id Int @id\n}\n");
        write("prisma/schema/notes.txt", "not a schema file\n");
        CliRun run = CliRun.in(dir, "validate", "--schema", "prisma/schema/");
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).isEqualTo("The schemas at prisma/schema are valid 🚀\n");
        assertThat(run.err()).isEqualTo("Prisma schema loaded from prisma/schema.\n");

        SchemaLocation location = new SchemaLocator(dir).locate("prisma/schema");
        assertThat(location.files()).extracting(SourceFile::name).containsExactly(
                "prisma/schema/a.prisma", "prisma/schema/main.prisma", "prisma/schema/models/user.prisma");
    }

    @Test
    void folderSchemaDiagnosticsNameTheFileTheyAreIn() throws IOException {
        write("prisma/schema/main.prisma", "datasource db {\n  provider = \"postgresql\"\n}\n");
        write("prisma/schema/models/user.prisma", "model User {\n  id Int @id\n}\nnonsense\n");
        CliRun run = CliRun.in(dir, "validate", "--schema", "prisma/schema");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("-->  prisma/schema/models/user.prisma:4");
    }

    @Test
    void folderWithOneFileSpeaksInTheSingular() throws IOException {
        write("one/only.prisma", VALID);
        assertThat(CliRun.in(dir, "validate", "--schema", "one").out()).isEqualTo("The schema at one is valid 🚀\n");
    }

    @Test
    void missingSchemaIsAUsageError() {
        CliRun run = CliRun.in(dir, "validate");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("Error: Could not find a Prisma schema")
                .contains("prisma/schema.prisma: file not found\nschema.prisma: file not found")
                .doesNotContain("\tat ");
    }

    @Test
    void missingSchemaOptionPathIsAUsageError() {
        CliRun run = CliRun.in(dir, "validate", "--schema", "nope.prisma");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(
                "Error: Could not load `--schema` from provided path `nope.prisma`: file or directory not found\n");
    }

    @Test
    void emptySchemaFolderIsAUsageError() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        CliRun run = CliRun.in(dir, "validate", "--schema", "empty");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Could not find any `*.prisma` file in the schema folder `empty`");
    }

    @Test
    void schemaThatIsNotUtf8IsAUsageError() throws IOException {
        Files.write(dir.resolve("schema.prisma"), new byte[] {'m', (byte) 0xC3, (byte) 0x28});
        CliRun run = CliRun.in(dir, "validate");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("Error: Could not read `schema.prisma`: it is not valid UTF-8\n");
    }

    @Test
    void badFlagsAreUsageErrors() throws IOException {
        write("schema.prisma", VALID);
        assertThat(CliRun.in(dir, "validate", "--bogus").exitCode()).isEqualTo(2);
        assertThat(CliRun.in(dir, "validate", "--color=sometimes").exitCode()).isEqualTo(2);
        assertThat(CliRun.in(dir, "frobnicate").exitCode()).isEqualTo(2);
        CliRun bare = CliRun.in(dir);
        assertThat(bare.exitCode()).isEqualTo(2);
        assertThat(bare.err()).contains("Usage: refract");
    }

    @Test
    void helpAndVersionExitZero() {
        CliRun help = CliRun.in(dir, "validate", "--help");
        assertThat(help.exitCode()).isEqualTo(0);
        assertThat(help.out()).contains("--schema=PATH", "--color=WHEN");
        assertThat(CliRun.in(dir, "--version").out()).startsWith("refract ");
    }

    private void write(String relative, String text) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }
}
