package dev.refract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.testing.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code refract migrate lint}: over the folder, over one script, exit codes, and SQLite left alone. */
class MigrateLintCommandTest {
    @TempDir
    Path dir;

    private void folder(String provider) throws Exception {
        Path prisma = Files.createDirectories(dir.resolve("prisma"));
        Files.writeString(prisma.resolve("schema.prisma"), "datasource db {\n  provider = \"" + provider
                + "\"\n  url      = env(\"DATABASE_URL\")\n}\n\nmodel User {\n  id Int @id\n}\n");
        Path init = Files.createDirectories(prisma.resolve("migrations/20240101000000_init"));
        Files.writeString(init.resolve("migration.sql"), "-- CreateTable\nCREATE TABLE \"User\" (\n"
                + "    \"id\" INTEGER NOT NULL,\n    \"email\" TEXT NOT NULL,\n\n"
                + "    CONSTRAINT \"User_pkey\" PRIMARY KEY (\"id\")\n);\n\n"
                + "-- CreateIndex\nCREATE UNIQUE INDEX \"User_email_key\" ON \"User\"(\"email\");\n");
        Path next = Files.createDirectories(prisma.resolve("migrations/20240102000000_email_index"));
        Files.writeString(next.resolve("migration.sql"), "-- CreateIndex\nCREATE INDEX \"User_email_idx\" ON \"User\"(\"email\");\n");
    }

    @Test
    void folderAndScript() throws Exception {
        folder("postgresql");
        CliRun all = CliRun.in(dir, "migrate", "lint");
        assertThat(all.exitCode()).as(all.err()).isZero();
        CliRun strict = CliRun.in(dir, "migrate", "lint", "--exit-code");
        assertThat(strict.exitCode()).isEqualTo(MigrateLintCommand.FOUND);
        Files.writeString(dir.resolve("next.sql"), "ALTER TABLE \"User\" ADD COLUMN \"age\" INTEGER NOT NULL;\n");
        CliRun script = CliRun.in(dir, "migrate", "lint", "--file", "next.sql", "--exit-code");
        assertThat(script.exitCode()).isEqualTo(MigrateLintCommand.FOUND);
        Golden.assertMatches("migrate-lint/postgresql.txt", "$ refract migrate lint\n" + all.out()
                + "\n$ refract migrate lint --file next.sql\n" + script.out());
    }

    @Test
    void cleanFolderExitsZeroWithExitCode() throws Exception {
        folder("postgresql");
        Files.delete(dir.resolve("prisma/migrations/20240102000000_email_index/migration.sql"));
        Files.delete(dir.resolve("prisma/migrations/20240102000000_email_index"));
        CliRun run = CliRun.in(dir, "migrate", "lint", "--exit-code");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).endsWith("\nNo risky operation found.\n");
    }

    @Test
    void sqliteIsNotLinted() throws Exception {
        folder("sqlite");
        CliRun run = CliRun.in(dir, "migrate", "lint", "--exit-code");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("Prisma schema loaded from prisma/schema.prisma\n\n"
                + "The migration lint checks PostgreSQL migrations; this schema uses sqlite.\n");
    }
}
