package dev.refract.migrate.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the statements on real databases: a SQLite file, and PostgreSQL at 127.0.0.1:5432. */
class CreateSchemaExecutionTest {
    private static final String PG = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String PG_DB = "refract_ddl_1";

    @Test
    void runsOnSqlite(@TempDir Path dir) throws SQLException {
        List<String> statements = CreateSchema.statements(Schemas.parse(Golden.resource("schemas/rich-sqlite.prisma")));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("ddl.db"));
             Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            for (String sql : statements) {
                s.execute(sql);
            }
            assertThat(tables(c, null)).contains("users", "Post", "Label", "Group", "Comment", "Like",
                    "_Friends", "_LabelToPost", "_GroupToUser");
            s.execute("INSERT INTO users (email, updated_at, data, token) VALUES ('a@b', 0, '{}', 't')");
            s.execute("INSERT INTO Post (id, title, author_id) VALUES ('p1', 'hello', 1)");
            try (ResultSet rs = s.executeQuery("SELECT role, active, quote FROM users")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("USER");
                assertThat(rs.getString(3)).isEqualTo("it's");
            }
        }
        assertThat(Files.exists(dir.resolve("ddl.db"))).isTrue();
    }

    @Test
    void runsOnPostgres() throws SQLException {
        Connection admin;
        try {
            admin = DriverManager.getConnection(PG + "test", "postgres", "");
        } catch (SQLException e) {
            assumeTrue(false, "PostgreSQL not reachable at 127.0.0.1:5432: " + e.getMessage());
            return;
        }
        List<String> statements = CreateSchema.statements(
                Schemas.parse(Golden.resource("schemas/rich-postgres.prisma")));
        try (admin; Statement a = admin.createStatement()) {
            a.execute("DROP DATABASE IF EXISTS " + PG_DB + " WITH (FORCE)");
            a.execute("CREATE DATABASE " + PG_DB);
            try {
                try (Connection c = DriverManager.getConnection(PG + PG_DB, "postgres", "");
                     Statement s = c.createStatement()) {
                    for (String sql : statements) {
                        s.execute(sql);
                    }
                    assertThat(tables(c, "public")).contains("users", "Post", "Label", "Group", "Comment", "Like",
                            "_Friends", "_LabelToPost", "_GroupToUser");
                    s.execute("INSERT INTO users (email, updated_at, token) VALUES ('a@b', now(), gen_random_uuid())");
                    try (ResultSet rs = s.executeQuery("SELECT id, role, moods, tags, price, quote FROM users")) {
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getInt(1)).isEqualTo(1);
                        assertThat(rs.getString(2)).isEqualTo("USER");
                        assertThat(rs.getString(3)).isEqualTo("{HAPPY}");
                        assertThat(rs.getString(4)).isEqualTo("{a,b}");
                        assertThat(rs.getBigDecimal(5)).isEqualByComparingTo("10.25");
                        assertThat(rs.getString(6)).isEqualTo("it's");
                    }
                }
            } finally {
                a.execute("DROP DATABASE IF EXISTS " + PG_DB + " WITH (FORCE)");
            }
        }
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
