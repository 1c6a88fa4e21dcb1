package dev.refract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.schema.PrismaSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code refract init} in-process on temporary folders. */
class InitCommandTest {
    @TempDir
    Path dir;

    @Test
    void sqliteProjectThatValidatesAndGenerates() throws IOException {
        CliRun run = CliRun.in(dir, "init", "--datasource-provider", "sqlite");
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("""

                ✔ Your Prisma schema was created at prisma/schema.prisma
                  You can now open it in your favorite editor.

                Next steps:
                1. Set the DATABASE_URL in the .env file to point to your existing database (SQLite creates the file).
                2. Run refract db pull to turn your database schema into a Prisma schema, or add models to prisma/schema.prisma and run refract migrate dev.
                3. Run refract generate to generate the Java client (refract.client.Refract). You can then start querying your database.
                """);
        String schema = Files.readString(dir.resolve("prisma/schema.prisma"));
        assertThat(schema).contains("generator client {\n  provider = \"refract-java\"\n}")
                .contains("datasource db {\n  provider = \"sqlite\"\n  url      = env(\"DATABASE_URL\")\n}");
        assertThat(PrismaSchema.validate(schema).isValid()).isTrue();
        assertThat(Files.readString(dir.resolve(".env"))).endsWith("\nDATABASE_URL=\"file:./dev.db\"\n");
        assertThat(Files.readString(dir.resolve(".gitignore"))).contains("\n.env\n");
        // The new project's next step works: a model added, the client generates.
        Files.writeString(dir.resolve("prisma/schema.prisma"), schema + "\nmodel User {\n  id Int @id\n}\n");
        assertThat(CliRun.in(dir, "validate").exitCode()).isEqualTo(0);
        assertThat(CliRun.in(dir, "generate").exitCode()).isEqualTo(0);
    }

    @Test
    void defaultsToPostgresqlAndAsksForTheProvider() throws IOException {
        CliRun run = CliRun.in(dir, "init");
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).contains("1. Set the DATABASE_URL in the .env file to point to your existing database.\n"
                + "2. Set the provider of the datasource block in schema.prisma to match your database: postgresql, mysql or sqlite.\n");
        assertThat(Files.readString(dir.resolve("prisma/schema.prisma"))).contains("provider = \"postgresql\"");
        assertThat(Files.readString(dir.resolve(".env")))
                .contains("DATABASE_URL=\"postgresql://johndoe:randompassword@localhost:5432/mydb?schema=public\"");
    }

    @Test
    void mysqlAndOutput() throws IOException {
        assertThat(CliRun.in(dir, "init", "--datasource-provider", "MySQL", "--output", "../src/gen").exitCode()).isEqualTo(0);
        assertThat(Files.readString(dir.resolve("prisma/schema.prisma")))
                .contains("  provider = \"refract-java\"\n  output   = \"../src/gen\"\n").contains("provider = \"mysql\"");
        assertThat(Files.readString(dir.resolve(".env"))).contains("DATABASE_URL=\"mysql://johndoe:randompassword@localhost:3306/mydb\"");
        // generate writes where the generator block says, relative to the schema's folder.
        Files.writeString(dir.resolve("prisma/schema.prisma"), "model User {\n  id Int @id\n}\n", java.nio.file.StandardOpenOption.APPEND);
        CliRun generate = CliRun.in(dir, "generate");
        assertThat(generate.exitCode()).isEqualTo(0);
        assertThat(generate.out()).endsWith(" to src/gen\n");
        assertThat(dir.resolve("src/gen/refract/client/Refract.java")).exists();
    }

    @Test
    void urlPicksTheProvider() throws IOException {
        CliRun run = CliRun.in(dir, "init", "--url", "postgres://u:p@db:5432/app");
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).doesNotContain("Set the DATABASE_URL").contains("1. Run refract db pull");
        assertThat(Files.readString(dir.resolve("prisma/schema.prisma"))).contains("provider = \"postgresql\"");
        assertThat(Files.readString(dir.resolve(".env"))).contains("DATABASE_URL=\"postgres://u:p@db:5432/app\"");
    }

    @Test
    void refusesInAProjectAlreadyUsingPrismaAndWritesNothing() throws IOException {
        Files.createDirectories(dir.resolve("prisma"));
        Files.writeString(dir.resolve("prisma/schema.prisma"), "// mine\n");
        CliRun run = CliRun.in(dir, "init", "--datasource-provider", "sqlite");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("Error: File prisma/schema.prisma already exists in your project.\n"
                + "Please try again in a project that is not yet using Prisma or Refract.\n");
        assertThat(Files.readString(dir.resolve("prisma/schema.prisma"))).isEqualTo("// mine\n");
        assertThat(dir.resolve(".env")).doesNotExist();

        Files.delete(dir.resolve("prisma/schema.prisma"));
        assertThat(CliRun.in(dir, "init").err()).startsWith("Error: A folder called prisma already exists in your project.");
        Files.delete(dir.resolve("prisma"));
        Files.writeString(dir.resolve("schema.prisma"), "// mine\n");
        assertThat(CliRun.in(dir, "init").err()).startsWith("Error: File schema.prisma already exists in your project.");
    }

    @Test
    void badProviderAndUrl() {
        CliRun run = CliRun.in(dir, "init", "--datasource-provider", "oracle");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("Error: Provider \"oracle\" is invalid or not supported. "
                + "Try again with \"postgresql\", \"mysql\" or \"sqlite\".\n");
        assertThat(CliRun.in(dir, "init", "--url", "redis://x").err()).startsWith("Error: Unknown protocol of --url redis://x");
        assertThat(dir.resolve("prisma")).doesNotExist();
    }

    @Test
    void existingEnvAndGitignoreAreKept() throws IOException {
        Files.writeString(dir.resolve(".env"), "OTHER=1");
        Files.writeString(dir.resolve(".gitignore"), "target/");
        CliRun run = CliRun.in(dir, "init", "--datasource-provider", "sqlite");
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(Files.readString(dir.resolve(".env"))).startsWith("OTHER=1\n\n# This was inserted by `refract init`:\n")
                .endsWith("DATABASE_URL=\"file:./dev.db\"\n");
        assertThat(Files.readString(dir.resolve(".gitignore"))).startsWith("target/\n").endsWith("\n.env\n");

        Path other = dir.resolve("other");
        Files.createDirectories(other);
        Files.writeString(other.resolve(".env"), "DATABASE_URL=\"file:./mine.db\"\n");
        Files.writeString(other.resolve(".gitignore"), ".env\n");
        CliRun again = CliRun.in(other, "init", "--datasource-provider", "sqlite");
        assertThat(again.out()).contains("\nwarn Refract would have added DATABASE_URL but it already exists in .env\n");
        assertThat(Files.readString(other.resolve(".env"))).isEqualTo("DATABASE_URL=\"file:./mine.db\"\n");
        assertThat(Files.readString(other.resolve(".gitignore"))).isEqualTo(".env\n");
    }
}
