package dev.refract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.testing.TestDatabase;
import dev.refract.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** migrate diff --from-migrations / --to-migrations, replayed on a shadow database as Prisma does. */
class MigrateDiffMigrationsTest {
    @TempDir
    Path dir;

    private void schema(String provider, String url, String models) throws Exception {
        Path prisma = Files.createDirectories(dir.resolve("prisma"));
        Files.writeString(prisma.resolve("schema.prisma"), "datasource db {\n  provider = \"" + provider
                + "\"\n  url      = \"" + url + "\"\n}\n\n" + models);
    }

    @Test
    void sqliteNeedsNoShadowUrl() throws Exception {
        schema("sqlite", "file:./dev.db", "model User {\n  id Int @id\n}\n");
        assertThat(CliRun.in(dir, "migrate", "dev", "--name", "init").exitCode()).isZero();
        CliRun same = CliRun.in(dir, "migrate", "diff", "--from-migrations", "prisma/migrations",
                "--to-schema-datamodel", "prisma/schema.prisma", "--exit-code");
        assertThat(same.err()).isEmpty();
        assertThat(same.out()).isEqualTo("No difference detected.\n\n");
        assertThat(same.exitCode()).isZero();
        schema("sqlite", "file:./dev.db", "model User {\n  id Int @id\n  name String?\n}\n");
        CliRun changed = CliRun.in(dir, "migrate", "diff", "--from-migrations", "prisma/migrations",
                "--to-schema-datamodel", "prisma/schema.prisma", "--script", "--exit-code");
        assertThat(changed.exitCode()).isEqualTo(2);
        assertThat(changed.out()).isEqualTo("-- AlterTable\nALTER TABLE \"User\" ADD COLUMN \"name\" TEXT;\n\n");
        CliRun fromEmpty = CliRun.in(dir, "migrate", "diff", "--from-empty", "--to-migrations", "prisma/migrations");
        assertThat(fromEmpty.out()).isEqualTo("\n[+] Added tables\n  - User\n\n");
    }

    @Test
    void postgresqlNeedsTheShadowUrlAndALockFile() throws Exception {
        try (TestDatabase dev = TestDatabases.postgres(); TestDatabase shadow = TestDatabases.postgres()) {
            schema("postgresql", dev.prismaUrl(), "model User {\n  id Int @id\n}\n");
            assertThat(CliRun.in(dir, "migrate", "dev", "--name", "init").exitCode()).isZero();
            CliRun without = CliRun.in(dir, "migrate", "diff", "--from-migrations", "prisma/migrations",
                    "--to-schema-datamodel", "prisma/schema.prisma");
            assertThat(without.exitCode()).isEqualTo(1);
            assertThat(without.err()).isEqualTo("Error: You must pass the --shadow-database-url if you want to diff a"
                    + " migrations directory.\n");
            try (Connection c = shadow.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE \"User\" (id INT)"); // emptied before the migrations replay
            }
            CliRun with = CliRun.in(dir, "migrate", "diff", "--from-migrations", "prisma/migrations",
                    "--to-schema-datasource", "prisma/schema.prisma", "--shadow-database-url", shadow.prismaUrl(),
                    "--exit-code");
            assertThat(with.err()).isEmpty();
            assertThat(with.out()).isEqualTo("No difference detected.\n\n");
            Files.delete(dir.resolve("prisma/migrations/migration_lock.toml"));
            CliRun noLock = CliRun.in(dir, "migrate", "diff", "--from-migrations", "prisma/migrations",
                    "--to-empty", "--shadow-database-url", shadow.prismaUrl());
            assertThat(noLock.exitCode()).isEqualTo(1);
            assertThat(noLock.err()).isEqualTo("Error: Could not determine the connector from the migrations directory"
                    + " (missing migration_lock.toml).\n");
        }
    }
}
