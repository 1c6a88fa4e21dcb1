package dev.refract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.schema.diagnostics.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The format command's contract (what is written, when, and the exit codes), run with a
 * stand-in formatter that strips trailing blanks: the real formatter's output is tested in
 * refract-schema.
 */
class FormatCommandTest {
    static final SchemaFormatter STRIP = files -> files.stream()
            .map(SourceFile::text).map(t -> t.replaceAll("[ \\t]+\\n", "\n")).toList();
    static final String FORMATTED = ValidateCommandTest.VALID;
    static final String UNFORMATTED = FORMATTED.replace("model User {", "model User {   ");

    @TempDir
    Path dir;

    @Test
    void rewritesUnformattedFilesInPlace() throws IOException {
        Path file = write("prisma/schema.prisma", UNFORMATTED);
        CliRun run = CliRun.in(dir, STRIP, "format");
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).startsWith("Formatted prisma/schema.prisma in ").endsWith("ms 🚀\n");
        assertThat(Files.readString(file)).isEqualTo(FORMATTED);
    }

    @Test
    void checkReportsUnformattedFilesAndWritesNothing() throws IOException {
        Path file = write("prisma/schema.prisma", UNFORMATTED);
        CliRun run = CliRun.in(dir, STRIP, "format", "--check");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("! There are unformatted files. Run refract format to format them.\n"
                + "  prisma/schema.prisma\n");
        assertThat(Files.readString(file)).isEqualTo(UNFORMATTED);
    }

    @Test
    void checkPassesOnFormattedFiles() throws IOException {
        write("prisma/schema.prisma", FORMATTED);
        CliRun run = CliRun.in(dir, STRIP, "format", "--check");
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).isEqualTo("All files are formatted correctly!\n");
    }

    @Test
    void invalidSchemaIsReportedAndNeverRewritten() throws IOException {
        String invalid = ValidateCommandTest.INVALID.replace("model User {", "model User {   ");
        Path file = write("prisma/schema.prisma", invalid);
        CliRun run = CliRun.in(dir, STRIP, "format");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("Validation Error Count: 1");
        assertThat(Files.readString(file)).isEqualTo(invalid);
    }

    @Test
    void folderSchemaFormatsOnlyTheFilesThatChange() throws IOException {
        Path main = write("prisma/schema/main.prisma", "datasource db {\n  provider = \"postgresql\"\n}   \n");
        Path user = write("prisma/schema/user.prisma", "model User {\n  id Int @id\n}\n");
        Files.setLastModifiedTime(user, java.nio.file.attribute.FileTime.fromMillis(0));
        CliRun run = CliRun.in(dir, STRIP, "format", "--schema", "prisma/schema");
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).startsWith("Formatted prisma/schema in ");
        assertThat(Files.readString(main)).isEqualTo("datasource db {\n  provider = \"postgresql\"\n}\n");
        assertThat(Files.getLastModifiedTime(user).toMillis()).isZero();
    }

    @Test
    void realFormatterAlignsColumnsAsPrismaDoes() throws IOException {
        // Expected output: what Prisma 7.10's `prisma format` wrote for the same input.
        Path file = write("prisma/schema.prisma",
                "datasource db {\n  provider = \"postgresql\"\n}\n\nmodel User {\n  id Int @id\n  name String\n}\n");
        CliRun check = CliRun.in(dir, "format", "--check");
        assertThat(check.exitCode()).isEqualTo(1);
        CliRun run = CliRun.in(dir, "format");
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(Files.readString(file)).isEqualTo(
                "datasource db {\n  provider = \"postgresql\"\n}\n\nmodel User {\n  id   Int    @id\n  name String\n}\n");
        assertThat(CliRun.in(dir, "format", "--check").exitCode()).isEqualTo(0);
    }

    @Test
    void realFormatterNeverRewritesASchemaWithSyntaxErrors() throws IOException {
        String broken = "model User {\n  id Int @id\n  }}\n  bla\n";
        Path file = write("schema.prisma", broken);
        CliRun run = CliRun.in(dir, "format");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("This line is invalid");
        assertThat(Files.readString(file)).isEqualTo(broken);
    }

    @Test
    void unwritableFileIsReportedWithoutAStackTrace() throws IOException {
        Path file = write("prisma/schema.prisma", UNFORMATTED);
        // Root may write anywhere, so the write is made to fail another way: by the time it
        // happens, a folder stands where the file was.
        SchemaFormatter sabotage = files -> {
            try {
                Files.delete(file);
                Files.createDirectories(file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return STRIP.format(files);
        };
        CliRun run = CliRun.in(dir, sabotage, "format");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Error: Could not write `prisma/schema.prisma`").doesNotContain("\tat ");
    }

    @Test
    void missingSchemaIsAUsageError() {
        assertThat(CliRun.in(dir, STRIP, "format").exitCode()).isEqualTo(2);
        assertThat(CliRun.in(dir, STRIP, "format", "--schema", "x.prisma").exitCode()).isEqualTo(2);
    }

    private Path write(String relative, String text) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }
}
