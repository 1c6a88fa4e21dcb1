package dev.refract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** refract db pull, end to end on SQLite and PostgreSQL: --print, writing the schema file, P4001. */
class DbPullCommandTest {
    private static final String HEADER = "generator client {\n  provider = \"prisma-client-js\"\n}\n\n";

    @TempDir
    Path dir;

    private Connection setUp(String provider) throws Exception {
        Path prisma = Files.createDirectories(dir.resolve("prisma"));
        Files.writeString(prisma.resolve("schema.prisma"), HEADER + "datasource db {\n  provider = \"" + provider
                + "\"\n  url      = env(\"DATABASE_URL\")\n}\n\nmodel Stale {\n  id Int @id\n}\n");
        String url;
        Connection c;
        if (provider.equals("sqlite")) {
            url = "file:./dev.db";
            c = DriverManager.getConnection("jdbc:sqlite:" + prisma.resolve("dev.db"));
        } else {
            String name = "refract_pull_" + UUID.randomUUID().toString().substring(0, 8);
            Properties p = new Properties();
            p.setProperty("user", "postgres");
            try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", p);
                 Statement st = admin.createStatement()) {
                st.execute("CREATE DATABASE \"" + name + "\"");
            }
            url = "postgresql://postgres@127.0.0.1:5432/" + name;
            c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + name, p);
        }
        Files.writeString(dir.resolve(".env"), "DATABASE_URL=\"" + url + "\"\n");
        return c;
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void printsAndWrites(String provider) throws Exception {
        try (Connection c = setUp(provider); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE \"User\" (id INTEGER NOT NULL PRIMARY KEY, email TEXT NOT NULL)");
            st.execute("CREATE TABLE \"Post\" (id INTEGER NOT NULL PRIMARY KEY, author_id INTEGER NOT NULL"
                    + " REFERENCES \"User\"(id) ON DELETE CASCADE ON UPDATE CASCADE)");
        }
        String models = "model Post {\n  id        Int  @id\n  author_id Int\n"
                + "  User      User @relation(fields: [author_id], references: [id], onDelete: Cascade)\n}\n\n"
                + "model User {\n  id    Int    @id\n  email String\n  Post  Post[]\n}\n";
        if (provider.equals("sqlite")) {
            models = models.replace("  id        Int  @id\n", "  id        Int  @id @default(autoincrement())\n")
                    .replace("  id    Int    @id\n", "  id    Int    @id @default(autoincrement())\n");
        }
        String expected = HEADER + "datasource db {\n  provider = \"" + provider
                + "\"\n  url      = env(\"DATABASE_URL\")\n}\n\n" + models;
        CliRun print = CliRun.in(dir, "db", "pull", "--print");
        assertThat(print.exitCode()).as(print.err()).isZero();
        assertThat(print.out()).isEqualTo(expected);
        assertThat(Files.readString(dir.resolve("prisma/schema.prisma"))).contains("model Stale");

        CliRun write = CliRun.in(dir, "db", "pull");
        assertThat(write.exitCode()).as(write.err()).isZero();
        assertThat(write.out()).startsWith("Prisma schema loaded from prisma/schema.prisma\n✔ Introspected 2 models"
                + " and wrote them into prisma/schema.prisma in ");
        assertThat(Files.readString(dir.resolve("prisma/schema.prisma"))).isEqualTo(expected);
    }

    @Test
    void emptyDatabaseIsP4001() throws Exception {
        setUp("sqlite").close();
        CliRun run = CliRun.in(dir, "db", "pull");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("Error: P4001\n\nThe introspected database was empty:");
        assertThat(Files.readString(dir.resolve("prisma/schema.prisma"))).contains("model Stale");
    }
}
