package dev.refract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code refract migrate diff} with a live database on one side (described): a database created
 * from schema A (the from-empty script, run with {@code db execute}) has no difference from A, and
 * its diff to B is the one between the two schemas; also through {@code --from-schema-datasource}.
 */
class MigrateDiffUrlTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void describedDatabaseDiffsLikeItsSchema(String provider) throws Exception {
        String url;
        if (provider.equals("sqlite")) {
            url = "file:./dev.db";
        } else {
            String name = "refract_diff_" + UUID.randomUUID().toString().substring(0, 8);
            try (Connection c = admin(); Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE \"" + name + "\"");
            }
            url = "postgresql://postgres@127.0.0.1:5432/" + name;
        }
        String header = "datasource db {\n  provider = \"" + provider + "\"\n  url      = \"" + url + "\"\n}\n\n";
        Files.writeString(dir.resolve("a.prisma"), header + "model User {\n  id    Int    @id @default(autoincrement())\n"
                + "  name  String\n  email String @unique\n  posts Post[]\n}\n\nmodel Post {\n"
                + "  id       Int    @id @default(autoincrement())\n  title    String\n"
                + "  author   User   @relation(fields: [authorId], references: [id])\n  authorId Int\n\n"
                + "  @@index([title])\n}\n");
        Files.writeString(dir.resolve("b.prisma"), header + "model User {\n  id    Int     @id @default(autoincrement())\n"
                + "  name  String?\n  email String\n  age   Int?\n}\n");
        CliRun create = CliRun.in(dir, "migrate", "diff", "--from-empty", "--to-schema-datamodel", "a.prisma",
                "--script", "-o", "a.sql");
        assertThat(create.exitCode()).as(create.err()).isZero();
        CliRun exec = CliRun.in(dir, "db", "execute", "--file", "a.sql", "--url", url);
        assertThat(exec.exitCode()).as(exec.err()).isZero();

        CliRun same = CliRun.in(dir, "migrate", "diff", "--from-url", url, "--to-schema-datamodel", "a.prisma",
                "--exit-code");
        assertThat(same.err()).isEmpty();
        assertThat(same.out()).isEqualTo("No difference detected.\n\n");
        assertThat(same.exitCode()).isZero();

        CliRun expected = CliRun.in(dir, "migrate", "diff", "--from-schema-datamodel", "a.prisma",
                "--to-schema-datamodel", "b.prisma", "--script");
        CliRun actual = CliRun.in(dir, "migrate", "diff", "--from-schema-datasource", "a.prisma",
                "--to-schema-datamodel", "b.prisma", "--script", "--exit-code");
        assertThat(actual.err()).isEmpty();
        assertThat(actual.exitCode()).isEqualTo(2);
        assertThat(actual.out()).isEqualTo(expected.out());

        CliRun down = CliRun.in(dir, "migrate", "diff", "--from-schema-datamodel", "a.prisma", "--to-url", url,
                "--exit-code");
        assertThat(down.out()).isEqualTo("No difference detected.\n\n");
    }

    private static Connection admin() throws Exception {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", p);
    }
}
