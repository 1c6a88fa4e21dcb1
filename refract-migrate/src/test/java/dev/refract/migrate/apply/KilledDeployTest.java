package dev.refract.migrate.apply;

import dev.refract.testing.TestDatabase;
import dev.refract.testing.TestDatabases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.engine.error.RefractException;
import dev.refract.migrate.history.HistoryTable;
import dev.refract.migrate.history.MigrationRecord;
import dev.refract.migrate.history.MigrationsFolder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deploy whose session dies in the middle of a migration (the server ends it, as when the
 * process is killed) leaves the migration recorded as started and nothing of it applied; the
 * lock goes with the session; resolve --rolled-back plus deploy then converge.
 */
class KilledDeployTest {
    @TempDir
    Path dir;

    @Test
    void resolveAndDeployConvergeAfterADeployDiesMidMigration() throws Exception {
        MigrationsFolder folder = new MigrationsFolder(dir.resolve("migrations"));
        folder.writeLock("postgresql");
        Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
        folder.create(t0, "one", "CREATE TABLE \"A\" (id INT);\n");
        folder.create(t0.plusSeconds(1), "slow", "CREATE TABLE \"B\" (id INT);\nSELECT pg_sleep(30);\n");
        try (TestDatabase t = TestDatabases.postgres()) {
            CompletableFuture<Void> deploy = CompletableFuture.runAsync(() -> {
                try (MigrateDatabase db = MigrateDatabase.open(t.prismaUrl(), dir)) {
                    new Migrate(db, folder).deploy(n -> { });
                }
            });
            try (Connection c = t.connect()) {
                // Wait until the slow migration runs, then end its session.
                waitFor(c, "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep%'");
                try (Statement st = c.createStatement()) {
                    st.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep%'");
                }
            }
            assertThatThrownBy(deploy::join).hasCauseInstanceOf(RefractException.class);
            assertThat(DeployTest.tableExists(t, "A")).isTrue();
            assertThat(DeployTest.tableExists(t, "B")).isFalse();
            try (MigrateDatabase db = MigrateDatabase.open(t.prismaUrl(), dir)) {
                Migrate migrate = new Migrate(db, folder);
                List<MigrationRecord> rows = new HistoryTable(db.connection(), "postgresql").list();
                assertThat(rows).hasSize(2);
                assertThat(rows.get(1).failed()).isTrue();
                assertThatThrownBy(() -> migrate.deploy(n -> { })).hasFieldOrPropertyWithValue("code", "P3009");
                String slow = rows.get(1).migrationName();
                migrate.resolveRolledBack(slow);
                folder.create(t0.plusSeconds(1), "slow", "CREATE TABLE \"B\" (id INT);\n");
                assertThat(migrate.deploy(n -> { })).containsExactly(slow);
                assertThat(DeployTest.tableExists(t, "B")).isTrue();
                assertThat(migrate.diagnose().state()).isEqualTo(HistoryDiagnosis.State.UP_TO_DATE);
                assertThat(migrate.diagnose().failed()).isEmpty();
            }
        }
    }

    private static void waitFor(Connection c, String countQuery) throws Exception {
        for (int i = 0; i < 200; i++) {
            try (PreparedStatement ps = c.prepareStatement(countQuery); ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the slow migration never started");
    }
}
