package dev.refract.migrate.ddl;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.refract.migrate.ddl.MigrateDiffCases.Case;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every migrate-diff case on a real database: the tables of schema A created (CreateSchema), then
 * the migration from A to B applied, statement by statement, must succeed. SQLite on a fresh file
 * with foreign keys on; PostgreSQL at 127.0.0.1:5432 in this class's own database
 * ({@code refract_ddl_diff}), its schemas dropped before each case. Prisma's unrunnable
 * {@code DROP SEQUENCE ""} (see below) is the one statement skipped.
 */
class MigrateDiffExecutionTest {
    private static final String PG = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String PG_DB = "refract_ddl_diff";
    private static Connection postgres;

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyMigrationApplies() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : MigrateDiffCases.all()) {
            String name = c.dialect() + "/" + c.name();
            tests.add(DynamicTest.dynamicTest(name, () -> {
                if (c.dialect().equals("sqlite")) {
                    Path file = dir.resolve(c.name() + ".db");
                    try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                        try (Statement s = conn.createStatement()) {
                            s.execute("PRAGMA foreign_keys = ON");
                        }
                        apply(conn, c);
                    }
                } else {
                    assumeTrue(postgres != null, "PostgreSQL not reachable at 127.0.0.1:5432");
                    try (Statement s = postgres.createStatement()) {
                        s.execute("DROP SCHEMA IF EXISTS public CASCADE");
                        s.execute("CREATE SCHEMA public");
                    }
                    apply(postgres, c);
                }
            }));
        }
        return tests.stream();
    }

    private static void apply(Connection conn, Case c) throws SQLException {
        try (Statement s = conn.createStatement()) {
            for (String sql : CreateSchema.statements(c.fromModel())) {
                s.execute(sql);
            }
            for (String sql : MigrationDiff.between(c.fromModel(), c.toModel()).statements()) {
                if (sql.equals("DROP SEQUENCE \"\"")) {
                    // Prisma's own script for dropping @default(autoincrement()) between two
                    // datamodels names no sequence (it does not know it) and fails here too; the
                    // script stays Prisma's, so this one statement is not run.
                    continue;
                }
                try {
                    s.execute(sql);
                } catch (SQLException e) {
                    throw new AssertionError("statement failed: " + sql + "\n" + e.getMessage(), e);
                }
            }
        }
    }

    @BeforeAll
    static void createDatabase() {
        try (Connection admin = DriverManager.getConnection(PG + "postgres", "postgres", "");
             Statement a = admin.createStatement()) {
            a.execute("DROP DATABASE IF EXISTS " + PG_DB + " WITH (FORCE)");
            a.execute("CREATE DATABASE " + PG_DB);
            postgres = DriverManager.getConnection(PG + PG_DB, "postgres", "");
        } catch (SQLException e) {
            System.out.println("[ddl] PostgreSQL not reachable at 127.0.0.1:5432, skipping its tests: " + e.getMessage());
        }
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (postgres == null) {
            return;
        }
        postgres.close();
        try (Connection admin = DriverManager.getConnection(PG + "postgres", "postgres", "");
             Statement a = admin.createStatement()) {
            a.execute("DROP DATABASE IF EXISTS " + PG_DB + " WITH (FORCE)");
        }
    }
}
