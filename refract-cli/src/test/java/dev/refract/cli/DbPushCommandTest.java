package dev.refract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.migrate.ddl.SqlSchema;
import dev.refract.migrate.describe.SchemaDescriber;
import dev.refract.testing.Golden;
import dev.refract.testing.TestDatabase;
import dev.refract.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code refract db push} end to end on real PostgreSQL and SQLite: the happy path, already in
 * sync, data loss refused (the database left as it was), {@code --accept-data-loss}, an
 * unexecutable step refused even with it, and {@code --force-reset}. Whole outputs are golden
 * files, with the database's name and the duration replaced.
 */
class DbPushCommandTest {
    private static final String V1 = "model User {\n  id   Int     @id\n  name String?\n  x    String?\n}\n\n"
            + "model Post {\n  id Int @id\n}\n";
    private static final String V2 = "model User {\n  id   Int     @id\n  name String?\n}\n";
    private static final String V3 = "model User {\n  id   Int     @id\n  name String?\n  req  String\n}\n";

    @TempDir
    Path dir;

    private TestDatabase db;

    private void schema(String provider, String models) throws Exception {
        Path prisma = Files.createDirectories(dir.resolve("prisma"));
        Files.writeString(prisma.resolve("schema.prisma"), "datasource db {\n  provider = \"" + provider
                + "\"\n  url      = env(\"DATABASE_URL\")\n}\n\n" + models);
        Files.writeString(dir.resolve(".env"), "DATABASE_URL=\"" + db.prismaUrl() + "\"\n");
    }

    private String run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "db";
        all[1] = "push";
        System.arraycopy(args, 0, all, 2, args.length);
        CliRun r = CliRun.in(dir, all);
        String text = "exit " + r.exitCode() + "\n--- stdout\n" + r.out() + "--- stderr\n" + r.err();
        String file = db.file() == null ? null : db.file().getFileName().toString();
        text = text.replace(db.prismaUrl(), "<url>").replace(db.name(), "<database>")
                .replaceAll("Done in [0-9.]+m?s", "Done in <duration>");
        return file == null ? text : text.replace(file, "<database>");
    }

    private SqlSchema describe(Connection c) {
        return SchemaDescriber.describe(c, db.provider(), List.of());
    }

    private static long count(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @org.junit.jupiter.api.Test
    void createsAMissingSqliteDatabase() throws Exception {
        Path prisma = Files.createDirectories(dir.resolve("prisma"));
        Files.writeString(prisma.resolve("schema.prisma"), "datasource db {\n  provider = \"sqlite\"\n"
                + "  url      = \"file:./new.db\"\n}\n\n" + V2);
        CliRun r = CliRun.in(dir, "db", "push");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().replaceAll("Done in [0-9.]+m?s", "Done in <duration>")).isEqualTo(
                "Prisma schema loaded from prisma/schema.prisma\n"
                + "Datasource \"db\": SQLite database \"new.db\" at \"file:./new.db\"\n\n"
                + "SQLite database new.db created at file:./new.db\n\n"
                + "🚀  Your database is now in sync with your Prisma schema. Done in <duration>\n\n");
        assertThat(prisma.resolve("new.db")).exists();
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "sqlite"})
    void pushScenarios(String provider) throws Exception {
        try (TestDatabase database = TestDatabases.of(provider)) {
            db = database;
            StringBuilder golden = new StringBuilder();
            schema(provider, V1);
            golden.append("## push to an empty database\n").append(run("--skip-generate"));
            golden.append("\n## push again\n").append(run());
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                assertThat(count(c, "SELECT COUNT(*) FROM \"User\"")).isZero();
                st.execute("INSERT INTO \"User\" (id, name, x) VALUES (1, 'a', 'x1'), (2, 'b', 'x2'), (3, 'c', NULL)");
                st.execute("INSERT INTO \"Post\" (id) VALUES (1), (2), (3)");
            }

            schema(provider, V2);
            SqlSchema before;
            try (Connection c = db.connect()) {
                before = describe(c);
            }
            golden.append("\n## drop a column and a table holding data\n").append(run());
            try (Connection c = db.connect()) {
                assertThat(describe(c)).as("refused push leaves the database unchanged").isEqualTo(before);
                assertThat(count(c, "SELECT COUNT(*) FROM \"Post\"")).isEqualTo(3);
            }
            golden.append("\n## the same with --accept-data-loss\n").append(run("--accept-data-loss"));
            try (Connection c = db.connect()) {
                assertThat(describe(c).tables()).extracting(SqlSchema.Table::name).containsExactly("User");
                assertThat(count(c, "SELECT COUNT(*) FROM \"User\"")).isEqualTo(3);
            }

            schema(provider, V3);
            try (Connection c = db.connect()) {
                before = describe(c);
            }
            golden.append("\n## add a required column to a table with rows\n").append(run("--accept-data-loss"));
            try (Connection c = db.connect()) {
                assertThat(describe(c)).as("unexecutable push leaves the database unchanged").isEqualTo(before);
            }
            golden.append("\n## the same with --force-reset\n").append(run("--force-reset"));
            try (Connection c = db.connect()) {
                assertThat(count(c, "SELECT COUNT(*) FROM \"User\"")).isZero();
                assertThat(describe(c).tables().get(0).columns()).extracting(SqlSchema.Column::name)
                        .containsExactly("id", "name", "req");
                assertThat(describe(c).tables()).hasSize(1);
                // db push never writes the migration history.
                assertThat(count(c, provider.equals("sqlite")
                        ? "SELECT COUNT(*) FROM sqlite_master WHERE name = '_prisma_migrations'"
                        : "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = '_prisma_migrations'"))
                        .isZero();
            }
            Golden.assertMatches("db-push/" + provider + ".txt", golden.toString());
        }
    }
}
