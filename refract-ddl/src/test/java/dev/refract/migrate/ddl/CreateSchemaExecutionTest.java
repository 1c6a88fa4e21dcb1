package dev.refract.migrate.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.refract.model.SchemaModel;
import dev.refract.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the statements on real databases: every golden schema for SQLite on a fresh SQLite file,
 * every golden schema for PostgreSQL at 127.0.0.1:5432 in this class's own database
 * ({@code refract_ddl_1}, created and dropped here, emptied before each schema); the rich schemas
 * then take rows that exercise their defaults and keys. MySQL schemas run on the MySQL or
 * MariaDB server at 127.0.0.1:3306 (user root) in {@code refract_ddl_1}.
 */
class CreateSchemaExecutionTest {
    private static final String PG = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String PG_DB = "refract_ddl_1";
    private static final String MYSQL = "jdbc:mariadb://127.0.0.1:3306/";
    private static final String MYSQL_DB = "refract_ddl_1";

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyGoldenSchemaRuns() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : goldenSchemas()) {
            String name = file.getFileName().toString();
            SchemaModel model = Schemas.parse(Files.readString(file));
            if ("sqlite".equals(model.provider())) {
                tests.add(DynamicTest.dynamicTest(name, () -> onSqlite(name, model, c -> { })));
            } else if ("postgresql".equals(model.provider())) {
                tests.add(DynamicTest.dynamicTest(name, () -> onPostgres(model, c -> { })));
            } else if ("mysql".equals(model.provider())) {
                tests.add(DynamicTest.dynamicTest(name, () -> onMysql(model, c -> { })));
            }
        }
        return tests.stream();
    }

    @Test
    void richSqliteSchemaTakesRows() throws Exception {
        onSqlite("rich", Schemas.parse(Golden.resource("golden/rich-sqlite.prisma")), c -> {
            try (Statement s = c.createStatement()) {
                assertThat(tables(c, null)).contains("users", "Post", "Label", "Group", "Comment", "Like",
                        "_Friends", "_LabelToPost", "_GroupToUser");
                s.execute("INSERT INTO users (email, updated_at, token) VALUES ('a@b', 0, 't')");
                s.execute("INSERT INTO Post (id, title, author_id) VALUES ('p1', 'hello', 1)");
                s.execute("INSERT INTO _Friends (A, B) VALUES (1, 1)");
                try (ResultSet rs = s.executeQuery("SELECT id, role, active, quote, data FROM users")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).isEqualTo(1);
                    assertThat(rs.getString(2)).isEqualTo("USER");
                    assertThat(rs.getString(4)).isEqualTo("it's");
                    // SQLite reads Prisma's unquoted DEFAULT [] as an empty string.
                    assertThat(rs.getString(5)).isEmpty();
                }
                assertThat(failsWith(s, "INSERT INTO Post (id, title, author_id) VALUES ('p2', 'x', 99)"))
                        .contains("FOREIGN KEY");
                assertThat(failsWith(s, "INSERT INTO _Friends (A, B) VALUES (1, 1)")).contains("UNIQUE");
            }
        });
    }

    @Test
    void richMysqlSchemaTakesRows() throws Exception {
        onMysql(Schemas.parse(Golden.resource("golden/rich-mysql.prisma")), c -> {
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO users (email, updated_at, since, data, token) VALUES ('a@b', now(), now(), '{}', 't')");
                s.execute("INSERT INTO Post (id, title, author_id) VALUES ('p1', 'hello', 1)");
                s.execute("INSERT INTO _Friends (A, B) VALUES (1, 1)");
                try (ResultSet rs = s.executeQuery("SELECT id, role, active, price, quote FROM users")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).isEqualTo(1);
                    assertThat(rs.getString(2)).isEqualTo("USER");
                    assertThat(rs.getBoolean(3)).isTrue();
                    assertThat(rs.getBigDecimal(4)).isEqualByComparingTo("10.25");
                    assertThat(rs.getString(5)).isEqualTo("it's");
                }
                assertThat(failsWith(s, "INSERT INTO Post (id, title, author_id) VALUES ('p2', 'x', 99)"))
                        .contains("Post_author_id_fkey");
                assertThat(failsWith(s, "INSERT INTO _Friends (A, B) VALUES (1, 1)")).contains("_Friends_AB_unique");
            }
        });
    }

    @Test
    void richPostgresSchemaTakesRows() throws Exception {
        onPostgres(Schemas.parse(Golden.resource("golden/rich-postgres.prisma")), c -> {
            try (Statement s = c.createStatement()) {
                assertThat(tables(c, "public")).contains("users", "Post", "Label", "Group", "Comment", "Like",
                        "_Friends", "_LabelToPost", "_GroupToUser");
                s.execute("INSERT INTO users (email, updated_at, token) VALUES ('a@b', now(), gen_random_uuid())");
                s.execute("INSERT INTO \"Post\" (id, title, author_id) VALUES ('p1', 'hello', 1)");
                s.execute("INSERT INTO \"_Friends\" (\"A\", \"B\") VALUES (1, 1)");
                try (ResultSet rs = s.executeQuery("SELECT id, role, moods, tags, price, quote, since FROM users")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).isEqualTo(1);
                    assertThat(rs.getString(2)).isEqualTo("USER");
                    assertThat(rs.getString(3)).isEqualTo("{HAPPY}");
                    assertThat(rs.getString(4)).isEqualTo("{a,b}");
                    assertThat(rs.getBigDecimal(5)).isEqualByComparingTo("10.25");
                    assertThat(rs.getString(6)).isEqualTo("it's");
                    assertThat(rs.getString(7)).startsWith("2020-01-01 00:00:00");
                }
                assertThat(failsWith(s, "INSERT INTO \"Post\" (id, title, author_id) VALUES ('p2', 'x', 99)"))
                        .contains("Post_author_id_fkey");
                assertThat(failsWith(s, "INSERT INTO \"_Friends\" (\"A\", \"B\") VALUES (1, 1)"))
                        .contains("_Friends_AB_pkey");
            }
        });
    }

    private interface Check {
        void accept(Connection c) throws Exception;
    }

    private void onSqlite(String name, SchemaModel model, Check check) throws Exception {
        Path file = dir.resolve(name.replace(".prisma", "") + ".db");
        Files.deleteIfExists(file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            for (String sql : CreateSchema.statements(model)) {
                s.execute(sql);
            }
            check.accept(c);
        }
    }

    private static void onPostgres(SchemaModel model, Check check) throws Exception {
        assumeTrue(postgres != null, "PostgreSQL not reachable at 127.0.0.1:5432");
        try (Statement s = postgres.createStatement()) {
            // A clean database without recreating one per schema: drop every user schema.
            List<String> schemas = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' "
                    + "AND nspname <> 'information_schema'")) {
                while (rs.next()) {
                    schemas.add(rs.getString(1));
                }
            }
            for (String schema : schemas) {
                s.execute("DROP SCHEMA \"" + schema + "\" CASCADE");
            }
            s.execute("CREATE SCHEMA public");
            // The types test uses CITEXT, which lives in an extension.
            s.execute("CREATE EXTENSION IF NOT EXISTS citext");
            for (String sql : CreateSchema.statements(model)) {
                s.execute(sql);
            }
        }
        check.accept(postgres);
    }

    private static Connection postgres;
    private static Connection mysql;

    @BeforeAll
    static void createDatabase() throws SQLException {
        try (Connection admin = DriverManager.getConnection(PG + "test", "postgres", "");
             Statement a = admin.createStatement()) {
            a.execute("DROP DATABASE IF EXISTS " + PG_DB + " WITH (FORCE)");
            a.execute("CREATE DATABASE " + PG_DB);
        } catch (SQLException e) {
            System.out.println("[ddl] PostgreSQL not reachable at 127.0.0.1:5432, skipping its tests: " + e.getMessage());
            return;
        }
        postgres = DriverManager.getConnection(PG + PG_DB, "postgres", "");
    }

    @BeforeAll
    static void createMysqlDatabase() {
        try {
            try (Connection admin = DriverManager.getConnection(MYSQL, "root", "");
                 Statement a = admin.createStatement()) {
                a.execute("DROP DATABASE IF EXISTS " + MYSQL_DB);
                a.execute("CREATE DATABASE " + MYSQL_DB);
            }
            mysql = DriverManager.getConnection(MYSQL + MYSQL_DB, "root", "");
        } catch (SQLException e) {
            System.out.println("[ddl] MySQL/MariaDB not reachable at 127.0.0.1:3306, skipping its tests: "
                    + e.getMessage());
        }
    }

    @AfterAll
    static void dropDatabases() throws SQLException {
        if (postgres != null) {
            postgres.close();
            try (Connection admin = DriverManager.getConnection(PG + "test", "postgres", "");
                 Statement a = admin.createStatement()) {
                a.execute("DROP DATABASE IF EXISTS " + PG_DB + " WITH (FORCE)");
            }
        }
        if (mysql != null) {
            try (Statement s = mysql.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + MYSQL_DB);
            }
            mysql.close();
        }
    }

    private static void onMysql(SchemaModel model, Check check) throws Exception {
        assumeTrue(mysql != null, "MySQL/MariaDB not reachable at 127.0.0.1:3306");
        try (Statement s = mysql.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + MYSQL_DB);
            s.execute("CREATE DATABASE " + MYSQL_DB);
            s.execute("USE " + MYSQL_DB);
            for (String sql : CreateSchema.statements(model)) {
                s.execute(sql);
            }
        }
        check.accept(mysql);
    }

    private static List<Path> goldenSchemas() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src", "test", "resources", "golden"))) {
            return files.filter(p -> p.toString().endsWith(".prisma")).sorted().toList();
        }
    }

    private static String failsWith(Statement s, String sql) {
        try {
            s.execute(sql);
        } catch (SQLException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected a constraint violation from " + sql);
    }

    private static List<String> tables(Connection c, String schema) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                out.add(rs.getString("TABLE_NAME"));
            }
        }
        return out;
    }
}
