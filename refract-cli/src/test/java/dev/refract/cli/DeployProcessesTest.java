package dev.refract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.migrate.history.HistoryTable;
import dev.refract.migrate.history.MigrationRecord;
import dev.refract.migrate.history.MigrationsFolder;
import dev.refract.testing.TestDatabase;
import dev.refract.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code refract migrate deploy} as real OS processes (child JVMs running the CLI's Main): two
 * started at the same instant apply every migration exactly once, twenty rounds per dialect; and
 * a deploy killed ({@code kill -9}) at a random point leaves a state from which
 * {@code resolve --rolled-back} (when an interrupted attempt is recorded) plus {@code deploy}
 * converge on the fully migrated schema, every migration's effects present exactly once.
 *
 * <p>What a kill leaves: each migration's history row is written (started, autocommit) before its
 * transaction opens, and finished inside it. So a kill during a migration leaves that row started
 * and never finished (logs null, 0 steps), which deploy and status treat as failed (P3009), as
 * Prisma does, while the migration's own statements are rolled back with the dead session (the
 * PostgreSQL backend aborts the open transaction; SQLite's hot journal is rolled back by the next
 * connection). A kill between two migrations leaves no such row, and deploy just continues.
 */
class DeployProcessesTest {
    private static final int MIGRATIONS_RACED = 5;
    private static final int ROUNDS = 20;
    private static final int MIGRATIONS_KILLED = 24;
    private static final int KILLS = 6;

    @TempDir
    Path dir;

    private void project(String provider, int migrations, boolean slow) throws Exception {
        Path prisma = Files.createDirectories(dir.resolve("prisma"));
        Files.writeString(prisma.resolve("schema.prisma"), "datasource db {\n  provider = \"" + provider
                + "\"\n  url      = env(\"DATABASE_URL\")\n}\n");
        MigrationsFolder folder = MigrationsFolder.besideSchema(prisma);
        folder.writeLock(provider);
        String pause = provider.equals("sqlite")
                ? "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 200000) SELECT count(*) FROM c;\n"
                : "SELECT pg_sleep(0.05);\n";
        for (int i = 1; i <= migrations; i++) {
            // Not idempotent: running any of them twice fails (the table exists) or counts twice.
            folder.create(Instant.parse("2024-01-01T00:00:00Z").plusSeconds(i), "m" + i,
                    "CREATE TABLE \"T" + i + "\" (\"id\" INTEGER PRIMARY KEY);\n"
                            + (slow && i % 2 == 0 ? pause : "")
                            + "CREATE TABLE IF NOT EXISTS \"Runs\" (\"n\" INTEGER);\n"
                            + "INSERT INTO \"Runs\" VALUES (" + i + ");\n");
        }
    }

    private void pointAt(TestDatabase t) throws Exception {
        Files.writeString(dir.resolve(".env"), "DATABASE_URL=\"" + t.prismaUrl() + "\"\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "sqlite"})
    void twoProcessesStartedTogetherApplyEachMigrationOnce(String provider) throws Exception {
        project(provider, MIGRATIONS_RACED, false);
        for (int round = 0; round < ROUNDS; round++) {
            try (TestDatabase t = TestDatabases.of(provider)) {
                pointAt(t);
                Path go = dir.resolve("go-" + round);
                CliProcess a = CliProcess.start(dir, go, "migrate", "deploy");
                CliProcess b = CliProcess.start(dir, go, "migrate", "deploy");
                Files.createFile(go);
                int codeA = a.waitFor();
                int codeB = b.waitFor();
                String both = "round " + round + ":\n--- a\n" + a.output() + "\n--- b\n" + b.output();
                assertThat(codeA).as(both).isZero();
                assertThat(codeB).as(both).isZero();
                // The lock serialises them: one applies everything, the other finds nothing to do.
                List<String> outputs = List.of(a.output(), b.output());
                assertThat(outputs).as(both).filteredOn(o -> o.contains("All migrations have been successfully applied."))
                        .hasSize(1).allSatisfy(o -> assertThat(o.split("Applying migration", -1)).hasSize(MIGRATIONS_RACED + 1));
                assertThat(outputs).as(both).filteredOn(o -> o.contains("No pending migrations to apply.")).hasSize(1);
                assertMigratedOnce(t, MIGRATIONS_RACED, both);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "sqlite"})
    void resolveAndDeployConvergeAfterADeployIsKilledAtARandomPoint(String provider) throws Exception {
        project(provider, MIGRATIONS_KILLED, true);
        long seed = System.nanoTime();
        Random random = new Random(seed);
        int interrupted = 0;
        for (int round = 0; round < KILLS; round++) {
            try (TestDatabase t = TestDatabases.of(provider)) {
                pointAt(t);
                // Kill after the k-th "Applying migration" line plus up to 80 ms: inside a slow
                // migration, between two, or while the history is written.
                int k = 1 + random.nextInt(MIGRATIONS_KILLED - 1);
                int jitter = random.nextInt(80);
                String context = "seed " + seed + ", round " + round + ", kill after migration " + k + " + " + jitter + " ms";
                Path go = dir.resolve("go-" + round);
                CliProcess deploy = CliProcess.start(dir, go, "migrate", "deploy");
                Files.createFile(go);
                int seen = 0;
                while (seen < k) {
                    String line = deploy.nextLine(60);
                    assertThat(line).as(context + "\n" + deploy.output()).isNotNull();
                    if (line.startsWith("Applying migration")) {
                        seen++;
                    }
                }
                Thread.sleep(jitter);
                deploy.kill();
                context += "\n" + deploy.output();
                awaitSessionsGone(t, context);

                List<MigrationRecord> failed = rows(t).stream().filter(MigrationRecord::failed).toList();
                assertThat(failed).as(context).hasSizeLessThanOrEqualTo(1);
                if (!failed.isEmpty()) {
                    interrupted++;
                    MigrationRecord row = failed.get(0);
                    assertThat(row.startedAt()).as(context).isNotNull();
                    assertThat(row.appliedStepsCount()).as(context).isZero();
                    assertThat(row.logs()).as(context).isNull();
                    String table = "T" + row.migrationName().substring(row.migrationName().lastIndexOf("_m") + 2);
                    assertThat(tableExists(t, table)).as(context + ": nothing of the interrupted migration stays").isFalse();
                    // Prisma's status reports the pending migrations first and the failed one only
                    // when nothing else is pending; either way it exits 1.
                    CliRun status = CliRun.in(dir, "migrate", "status");
                    assertThat(status.exitCode()).as(context).isEqualTo(1);
                    if (row.migrationName().endsWith("_m" + MIGRATIONS_KILLED)) {
                        assertThat(status.err()).as(context).contains("Following migration have failed:\n" + row.migrationName());
                    }
                    assertThat(CliRun.in(dir, "migrate", "deploy").err()).as(context).contains("P3009");
                    CliRun resolve = CliRun.in(dir, "migrate", "resolve", "--rolled-back", row.migrationName());
                    assertThat(resolve.exitCode()).as(context + resolve.err()).isZero();
                }
                CliRun deployAgain = CliRun.in(dir, "migrate", "deploy");
                assertThat(deployAgain.exitCode()).as(context + "\n" + deployAgain.err()).isZero();
                assertMigratedOnce(t, MIGRATIONS_KILLED, context);
                assertThat(CliRun.in(dir, "migrate", "status").exitCode()).as(context).isZero();
            }
        }
        System.out.println("DeployProcessesTest " + provider + ": " + KILLS + " kills, " + interrupted
                + " inside a migration (seed " + seed + ")");
    }

    /** Each migration has one applied row and no other live one; its table exists; it ran once. */
    private static void assertMigratedOnce(TestDatabase t, int migrations, String context) throws Exception {
        List<MigrationRecord> live = rows(t).stream().filter(r -> r.rolledBackAt() == null).toList();
        assertThat(live).as(context).hasSize(migrations).allMatch(MigrationRecord::applied);
        assertThat(live).extracting(MigrationRecord::migrationName).as(context).doesNotHaveDuplicates();
        for (int i = 1; i <= migrations; i++) {
            assertThat(tableExists(t, "T" + i)).as(context + ": T" + i).isTrue();
        }
        try (Connection c = t.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*), count(DISTINCT \"n\") FROM \"Runs\"")) {
            rs.next();
            assertThat(rs.getInt(1)).as(context + ": rows in Runs").isEqualTo(migrations);
            assertThat(rs.getInt(2)).as(context).isEqualTo(migrations);
        }
    }

    /**
     * Waits until the killed process's PostgreSQL session has ended: until then its backend may
     * still be finishing a COMMIT the client sent just before it died, and the state is not final.
     */
    private static void awaitSessionsGone(TestDatabase t, String context) throws Exception {
        if (!t.provider().equals("postgresql")) {
            return; // SQLite has no server: the dead process is all there was
        }
        try (Connection c = t.connect();
             java.sql.PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM pg_stat_activity"
                     + " WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
            for (int i = 0; i < 600; i++) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(50);
            }
        }
        throw new AssertionError(context + "\nthe killed deploy's session did not end within 30 s");
    }

    private static List<MigrationRecord> rows(TestDatabase t) throws SQLException {
        try (Connection c = t.connect()) {
            HistoryTable history = new HistoryTable(c, t.provider());
            return history.exists() ? history.list() : new ArrayList<>();
        }
    }

    private static boolean tableExists(TestDatabase t, String name) throws SQLException {
        try (Connection c = t.connect();
             ResultSet rs = c.getMetaData().getTables(null, null, name, new String[] {"TABLE"})) {
            return rs.next();
        }
    }
}
