package dev.refract.migrate.apply;

import dev.refract.testing.TestDatabase;
import dev.refract.testing.TestDatabases;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.migrate.history.HistoryTable;
import dev.refract.migrate.history.MigrationRecord;
import dev.refract.migrate.history.MigrationsFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two deploys started together, each on its own connection, apply every migration exactly once:
 * the lock makes the second wait, and it then finds nothing left to do. Twenty rounds per dialect.
 */
class ConcurrentDeployTest {
    private static final int ROUNDS = 20;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "sqlite"})
    void twoDeploysApplyEachMigrationOnce(String provider) throws Exception {
        MigrationsFolder folder = new MigrationsFolder(dir.resolve("migrations"));
        folder.writeLock(provider);
        for (int i = 1; i <= 5; i++) {
            // Not idempotent: a second run of any of them would fail (or count twice).
            folder.create(Instant.parse("2024-01-01T00:00:00Z").plusSeconds(i), "m" + i,
                    "CREATE TABLE \"T" + i + "\" (\"id\" INTEGER PRIMARY KEY);\n"
                            + "CREATE TABLE IF NOT EXISTS \"Runs\" (\"n\" INTEGER);\nINSERT INTO \"Runs\" VALUES (" + i + ");\n");
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                try (TestDatabase t = TestDatabases.of(provider)) {
                    CountDownLatch start = new CountDownLatch(1);
                    List<Future<List<String>>> runs = new ArrayList<>();
                    for (int k = 0; k < 2; k++) {
                        runs.add(pool.submit(() -> {
                            try (MigrateDatabase db = MigrateDatabase.open(t.prismaUrl(), dir)) {
                                start.await();
                                return new Migrate(db, folder).deploy(n -> { });
                            }
                        }));
                    }
                    start.countDown();
                    List<String> applied = new ArrayList<>();
                    for (Future<List<String>> run : runs) {
                        applied.addAll(run.get()); // both succeed
                    }
                    assertThat(applied).hasSize(5).doesNotHaveDuplicates();
                    try (Connection c = t.connect(); Statement st = c.createStatement();
                         ResultSet rs = st.executeQuery("SELECT count(*) FROM \"Runs\"")) {
                        rs.next();
                        assertThat(rs.getInt(1)).isEqualTo(5);
                        List<MigrationRecord> rows = new HistoryTable(c, provider).list();
                        assertThat(rows).hasSize(5).allMatch(MigrationRecord::applied);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        if (provider.equals("sqlite")) {
            assertThat(Files.exists(dir)).isTrue();
        }
    }
}
