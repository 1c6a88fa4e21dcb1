package dev.refract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.migrate.history.MigrationsFolder;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress line: drawn on stderr on a terminal and cleared before each stdout line; absent when piped. */
class ProgressTest {
    @TempDir
    Path dir;

    @Test
    void deployShowsProgressOnlyOnATerminal() throws Exception {
        Path prisma = Files.createDirectories(dir.resolve("prisma"));
        Files.writeString(prisma.resolve("schema.prisma"),
                "datasource db {\n  provider = \"sqlite\"\n  url      = \"file:./dev.db\"\n}\n");
        MigrationsFolder folder = MigrationsFolder.besideSchema(prisma);
        folder.writeLock("sqlite");
        folder.create(Instant.parse("2024-01-01T00:00:00Z"), "a", "CREATE TABLE \"A\" (id INTEGER);\n");
        folder.create(Instant.parse("2024-01-02T00:00:00Z"), "b", "CREATE TABLE \"B\" (id INTEGER);\n");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext terminal = new CliContext(dir, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), true);
        assertThat(Main.run(new String[] {"migrate", "deploy"}, terminal)).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(
                "\r\033[KApplying migration 1/2 20240101000000_a\r\033[K"
                        + "\r\033[KApplying migration 2/2 20240102000000_b\r\033[K");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Applying migration `20240101000000_a`\n"
                + "Applying migration `20240102000000_b`\n");

        Files.delete(dir.resolve("prisma/dev.db"));
        CliRun piped = CliRun.in(dir, "migrate", "deploy");
        assertThat(piped.exitCode()).isZero();
        assertThat(piped.err()).isEmpty();
        assertThat(piped.out()).isEqualTo(out.toString(StandardCharsets.UTF_8));
    }
}
