package dev.refract.migrate.apply;

import dev.refract.testing.TestDatabase;
import dev.refract.testing.TestDatabases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.engine.error.RefractException;
import dev.refract.migrate.history.MigrationsFolder;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The migration lock times out with P1002 while another session holds it, and is free again after. */
class MigrationLockTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "sqlite"})
    void timesOutWhileHeldAndIsReleasedOnEveryPath(String provider) throws Exception {
        try (TestDatabase t = TestDatabases.of(provider);
             MigrateDatabase holder = MigrateDatabase.open(t.prismaUrl(), dir);
             MigrateDatabase other = MigrateDatabase.open(t.prismaUrl(), dir)) {
            MigrationsFolder folder = new MigrationsFolder(dir.resolve("migrations"));
            try (MigrationLock held = MigrationLock.acquire(holder, Duration.ofSeconds(1))) {
                assertThatThrownBy(() -> new Migrate(other, folder, Duration.ofMillis(200)).deploy(n -> { }))
                        .isInstanceOfSatisfying(RefractException.class, e -> {
                            assertThat(e.code()).isEqualTo("P1002");
                            assertThat(e.getMessage()).contains("Timeout: 200ms");
                        });
            }
            // A command that fails (P3011 here) releases the lock too.
            assertThatThrownBy(() -> new Migrate(other, folder).resolveRolledBack("x"))
                    .hasFieldOrPropertyWithValue("code", "P3011");
            try (MigrationLock again = MigrationLock.acquire(holder, Duration.ofMillis(200))) {
                assertThat(again).isNotNull();
            }
            if (provider.equals("postgresql")) {
                assertThat(new Migrate(other, folder).deploy(n -> { })).isEmpty();
            }
        }
    }
}
