package dev.refract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.testing.TestDatabase;
import dev.refract.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** refract migrate dev and reset end to end: Prisma's output, folders, drift and exit codes. */
class MigrateDevCommandTest {
    @TempDir
    Path dir;

    private static final String USER = "model User {\n  id    Int    @id @default(autoincrement())\n  email String @unique\n}\n";

    private void schema(String provider, String url, String models) throws Exception {
        Path prisma = Files.createDirectories(dir.resolve("prisma"));
        Files.writeString(prisma.resolve("schema.prisma"), "datasource db {\n  provider = \"" + provider
                + "\"\n  url      = \"" + url + "\"\n}\n\n" + models);
    }

    private List<String> migrations() throws Exception {
        try (Stream<Path> s = Files.list(dir.resolve("prisma/migrations"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void sqliteInitCreatesTheDatabaseAndTheFirstMigration() throws Exception {
        schema("sqlite", "file:./dev.db", USER);
        CliRun run = CliRun.in(dir, "migrate", "dev", "--name", "init");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        List<String> names = migrations();
        assertThat(names).hasSize(2).last().isEqualTo("migration_lock.toml");
        assertThat(names.get(0)).matches("\\d{14}_init");
        assertThat(run.out()).isEqualTo("Prisma schema loaded from prisma/schema.prisma\n"
                + "Datasource \"db\": SQLite database \"dev.db\" at \"file:./dev.db\"\n\n"
                + "SQLite database dev.db created at file:./dev.db\n\n\n"
                + "The following migration(s) have been created and applied from new schema changes:\n\n"
                + "prisma/migrations/\n  └─ " + names.get(0) + "/\n    └─ migration.sql\n\n"
                + "Your database is now in sync with your schema.\n");
        assertThat(Files.readString(dir.resolve("prisma/migrations/" + names.get(0) + "/migration.sql")))
                .startsWith("-- CreateTable\nCREATE TABLE \"User\"");
        assertThat(Files.readString(dir.resolve("prisma/migrations/migration_lock.toml"))).contains("provider = \"sqlite\"");

        CliRun again = CliRun.in(dir, "migrate", "dev");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).endsWith("\nAlready in sync, no schema change or pending migration was found.\n");
        assertThat(CliRun.in(dir, "migrate", "status").exitCode()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void nextMigrationDriftAndReset(String provider) throws Exception {
        try (TestDatabase t = TestDatabases.of(provider)) {
            schema(provider, t.prismaUrl(), USER);
            assertThat(CliRun.in(dir, "migrate", "dev", "--name", "init").exitCode()).isZero();
            schema(provider, t.prismaUrl(), USER.replace("@unique\n", "@unique\n  name  String?\n"));
            CliRun second = CliRun.in(dir, "migrate", "dev");
            assertThat(second.exitCode()).as(second.err()).isZero();
            List<String> names = migrations();
            assertThat(names).hasSize(3);
            assertThat(names.get(1)).matches("\\d{14}");
            assertThat(Files.readString(dir.resolve("prisma/migrations/" + names.get(1) + "/migration.sql")))
                    .containsPattern("ADD COLUMN\\s+\"name\" TEXT");

            // Drift: a table made by hand.
            try (Connection c = t.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE \"Extra\" (id INTEGER PRIMARY KEY)");
            }
            CliRun drift = CliRun.in(dir, "migrate", "dev");
            assertThat(drift.exitCode()).isEqualTo(130);
            assertThat(drift.out()).contains("Drift detected: Your database schema is not in sync with your migration"
                    + " history.\n\nThe following is a summary of the differences between the expected database schema"
                    + " given your migrations files, and the actual schema of the database.\n\nIt should be understood as"
                    + " the set of changes to get from the expected schema to the actual schema.\n\n[+] Added tables\n"
                    + "  - Extra\n\nWe need to reset the ");
            assertThat(drift.out()).endsWith("\n\nYou may use refract migrate reset to drop the development database.\n"
                    + "All data will be lost.\n");

            CliRun refused = CliRun.in(dir, "migrate", "reset");
            assertThat(refused.exitCode()).isEqualTo(1);
            assertThat(refused.err()).startsWith("Error: Prisma Migrate has detected that the environment is"
                    + " non-interactive.");
            CliRun reset = CliRun.in(dir, "migrate", "reset", "--force");
            assertThat(reset.exitCode()).as(reset.err()).isZero();
            assertThat(reset.out()).contains("\nDatabase reset successful\n\nThe following migration(s) have been applied:"
                    + "\n\nmigrations/\n  └─ " + names.get(0) + "/\n    └─ migration.sql\n  └─ " + names.get(1)
                    + "/\n    └─ migration.sql\n");
            assertThat(CliRun.in(dir, "migrate", "dev").out()).endsWith("Already in sync, no schema change or pending"
                    + " migration was found.\n");

            // An edited migration needs a reset too.
            Files.writeString(dir.resolve("prisma/migrations/" + names.get(0) + "/migration.sql"), "-- edited\n",
                    java.nio.file.StandardOpenOption.APPEND);
            CliRun edited = CliRun.in(dir, "migrate", "dev");
            assertThat(edited.exitCode()).isEqualTo(130);
            assertThat(edited.out()).contains("The migration `" + names.get(0) + "` was modified after it was applied.\n"
                    + "We need to reset the ");
        }
    }
}
