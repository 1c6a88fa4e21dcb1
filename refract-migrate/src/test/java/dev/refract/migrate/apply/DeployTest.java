package dev.refract.migrate.apply;

import dev.refract.testing.TestDatabase;
import dev.refract.testing.TestDatabases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.engine.error.RefractException;
import dev.refract.migrate.history.Checksums;
import dev.refract.migrate.history.HistoryTable;
import dev.refract.migrate.history.MigrationRecord;
import dev.refract.migrate.history.MigrationsFolder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** deploy, status and resolve on real PostgreSQL and SQLite, failure and recovery included. */
class DeployTest {
    @TempDir
    Path dir;

    private MigrationsFolder folder(String provider) throws Exception {
        MigrationsFolder folder = new MigrationsFolder(dir.resolve("migrations"));
        folder.writeLock(provider);
        write("20240101000000_init", "-- CreateTable\nCREATE TABLE \"User\" (\"id\" INTEGER NOT NULL PRIMARY KEY,"
                + " \"name\" TEXT);\n");
        write("20240102000000_post", "CREATE TABLE \"Post\" (\"id\" INTEGER NOT NULL PRIMARY KEY, \"t\" TEXT);\n"
                + "INSERT INTO \"Post\" VALUES (1, 'a;b');\n");
        return folder;
    }

    private void write(String name, String script) throws Exception {
        Path d = dir.resolve("migrations").resolve(name);
        Files.createDirectories(d);
        Files.writeString(d.resolve("migration.sql"), script, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "sqlite"})
    void deploysRecordsAndReportsStatus(String provider) throws Exception {
        try (TestDatabase t = TestDatabases.of(provider); MigrateDatabase db = MigrateDatabase.open(t.prismaUrl(), dir)) {
            MigrationsFolder folder = folder(provider);
            Migrate migrate = new Migrate(db, folder);
            assertThat(migrate.diagnose().hasMigrationsTable()).isFalse();
            assertThat(migrate.deploy(n -> { })).containsExactly("20240101000000_init", "20240102000000_post");
            assertThat(migrate.deploy(n -> { })).isEmpty();
            List<MigrationRecord> rows = new HistoryTable(db.connection(), provider).list();
            assertThat(rows).extracting(MigrationRecord::migrationName)
                    .containsExactly("20240101000000_init", "20240102000000_post");
            assertThat(rows).allSatisfy(r -> {
                assertThat(r.appliedStepsCount()).isEqualTo(1);
                assertThat(r.finishedAt()).isAfterOrEqualTo(r.startedAt());
                assertThat(r.rolledBackAt()).isNull();
                assertThat(r.logs()).isNull();
                assertThat(r.id()).hasSize(36);
            });
            assertThat(rows.get(0).checksum()).isEqualTo(Checksums.of(Files.readString(
                    dir.resolve("migrations/20240101000000_init/migration.sql"))));
            assertThat(migrate.diagnose().state()).isEqualTo(HistoryDiagnosis.State.UP_TO_DATE);

            write("20240103000000_more", "ALTER TABLE \"User\" ADD COLUMN \"age\" INTEGER;\n");
            HistoryDiagnosis behind = migrate.diagnose();
            assertThat(behind.state()).isEqualTo(HistoryDiagnosis.State.DATABASE_IS_BEHIND);
            assertThat(behind.unapplied()).containsExactly("20240103000000_more");

            // Edited after applied: detected, except when only the line endings changed.
            Path init = dir.resolve("migrations/20240101000000_init/migration.sql");
            String original = Files.readString(init);
            Files.writeString(init, original.replace("\n", "\r\n"));
            assertThat(migrate.diagnose().edited()).isEmpty();
            Files.writeString(init, original + "-- edited\n");
            assertThat(migrate.diagnose().edited()).containsExactly("20240101000000_init");
            Files.writeString(init, original);

            // Applied in the database, missing locally.
            Files.delete(dir.resolve("migrations/20240103000000_more/migration.sql"));
            Files.delete(dir.resolve("migrations/20240103000000_more"));
            Files.walk(dir.resolve("migrations/20240102000000_post")).sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
            HistoryDiagnosis folderBehind = migrate.diagnose();
            assertThat(folderBehind.state()).isEqualTo(HistoryDiagnosis.State.FOLDER_IS_BEHIND);
            assertThat(folderBehind.unpersisted()).containsExactly("20240102000000_post");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "sqlite"})
    void failureAtSecondStatementLeavesDatabaseUnchangedUntilResolved(String provider) throws Exception {
        try (TestDatabase t = TestDatabases.of(provider); MigrateDatabase db = MigrateDatabase.open(t.prismaUrl(), dir)) {
            MigrationsFolder folder = folder(provider);
            Migrate migrate = new Migrate(db, folder);
            migrate.deploy(n -> { });
            write("20240103000000_bad", "CREATE TABLE \"Tag\" (\"id\" INTEGER PRIMARY KEY);\n"
                    + "INSERT INTO \"Missing\" VALUES (1);\n");
            assertThatThrownBy(() -> migrate.deploy(n -> { }))
                    .isInstanceOfSatisfying(RefractException.class, e -> {
                        assertThat(e.code()).isEqualTo("P3018");
                        assertThat(e.getMessage()).contains("Migration name: 20240103000000_bad")
                                .contains("Missing");
                    });
            assertThat(tableExists(t, "Tag")).isFalse(); // the first statement was undone
            MigrationRecord failed = new HistoryTable(db.connection(), provider).list().get(2);
            assertThat(failed.failed()).isTrue();
            assertThat(failed.appliedStepsCount()).isZero();
            assertThat(failed.logs()).startsWith("A migration failed to apply.");
            assertThat(migrate.diagnose().failed()).containsExactly("20240103000000_bad");

            assertThatThrownBy(() -> migrate.deploy(n -> { }))
                    .isInstanceOfSatisfying(RefractException.class, e -> {
                        assertThat(e.code()).isEqualTo("P3009");
                        assertThat(e.getMessage()).contains("The `20240103000000_bad` migration started at ")
                                .contains(" UTC failed with the following logs:\nA migration failed to apply.");
                    });
            assertThatThrownBy(() -> migrate.resolveRolledBack("20240101000000_init"))
                    .hasFieldOrPropertyWithValue("code", "P3012");
            assertThatThrownBy(() -> migrate.resolveRolledBack("nope")).hasFieldOrPropertyWithValue("code", "P3011");
            assertThatThrownBy(() -> migrate.resolveApplied("20240101000000_init"))
                    .hasFieldOrPropertyWithValue("code", "P3008");
            assertThatThrownBy(() -> migrate.resolveApplied("nope")).hasFieldOrPropertyWithValue("code", "P3017");

            migrate.resolveRolledBack("20240103000000_bad");
            write("20240103000000_bad", "CREATE TABLE \"Tag\" (\"id\" INTEGER PRIMARY KEY);\n");
            assertThat(migrate.deploy(n -> { })).containsExactly("20240103000000_bad");
            assertThat(tableExists(t, "Tag")).isTrue();
            List<MigrationRecord> rows = new HistoryTable(db.connection(), provider).list();
            assertThat(rows).hasSize(4);
            assertThat(rows.get(2).rolledBackAt()).isNotNull();
            assertThat(migrate.diagnose().state()).isEqualTo(HistoryDiagnosis.State.UP_TO_DATE);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "sqlite"})
    void resolveAppliedBaselinesAndClosesFailures(String provider) throws Exception {
        try (TestDatabase t = TestDatabases.of(provider); MigrateDatabase db = MigrateDatabase.open(t.prismaUrl(), dir)) {
            MigrationsFolder folder = folder(provider);
            try (Connection c = t.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE \"User\" (\"id\" INTEGER NOT NULL PRIMARY KEY, \"name\" TEXT)");
            }
            Migrate migrate = new Migrate(db, folder);
            assertThatThrownBy(() -> migrate.deploy(n -> { })).hasFieldOrPropertyWithValue("code", "P3005");
            migrate.resolveApplied("20240101000000_init");
            MigrationRecord baseline = new HistoryTable(db.connection(), provider).list().get(0);
            assertThat(baseline.appliedStepsCount()).isZero();
            assertThat(baseline.logs()).isEmpty();
            assertThat(baseline.finishedAt()).isNotNull();
            assertThat(migrate.deploy(n -> { })).containsExactly("20240102000000_post");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "sqlite"})
    void refusesAFolderOfAnotherProvider(String provider) throws Exception {
        try (TestDatabase t = TestDatabases.of(provider); MigrateDatabase db = MigrateDatabase.open(t.prismaUrl(), dir)) {
            MigrationsFolder folder = folder(provider);
            folder.writeLock(provider.equals("sqlite") ? "postgresql" : "sqlite");
            assertThatThrownBy(() -> new Migrate(db, folder).deploy(n -> { }))
                    .hasFieldOrPropertyWithValue("code", "P3019");
        }
    }

    @org.junit.jupiter.api.Test
    void createsTheUrlsSchemaOnPostgres() throws Exception {
        try (TestDatabase t = TestDatabases.postgres();
             MigrateDatabase db = MigrateDatabase.open(t.prismaUrl() + "?schema=tenant_1", dir)) {
            Migrate migrate = new Migrate(db, folder("postgresql"));
            assertThat(migrate.deploy(n -> { })).hasSize(2);
            try (Connection c = t.connect(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM information_schema.tables"
                         + " WHERE table_schema = 'tenant_1'")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(3); // User, Post and _prisma_migrations
            }
            assertThat(migrate.diagnose().state()).isEqualTo(HistoryDiagnosis.State.UP_TO_DATE);
        }
    }

    static boolean tableExists(TestDatabase t, String table) throws SQLException {
        try (Connection c = t.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(t.provider().equals("sqlite")
                     ? "SELECT count(*) FROM sqlite_master WHERE name = '" + table + "'"
                     : "SELECT count(*) FROM information_schema.tables WHERE table_name = '" + table + "'")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }
}
