package dev.refract.engine.exec.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.engine.ir.Filter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Writes with {@code RETURNING} on SQLite in WAL mode keep the WAL bounded. SQLite runs its
 * automatic checkpoint only when a statement reports {@code SQLITE_DONE}: an {@code INSERT ...
 * RETURNING} whose result set is closed after its one row still commits, but never checkpoints,
 * and the WAL then grows by every page written (about 13 KB per insert of this table). Refract
 * reads every statement to its end, which is what this test holds it to.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqliteWalCheckpointTest extends WriteDatabase {
    /** Writes per kind; unchecked, they would leave a WAL of tens of megabytes. */
    private static final int WRITES = 1500;
    /** The automatic checkpoint runs at 1,000 pages of 4 KB; twice that leaves room for the last ones. */
    private static final long WAL_BOUND = 8L << 20;

    @Override
    String provider() {
        return "sqlite";
    }

    @Test
    void createUpdateAndDeleteWithReturningLetTheWalCheckpoint() throws Exception {
        try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs =
                st.executeQuery("PRAGMA journal_mode = WAL")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
        }
        for (int i = 0; i < WRITES; i++) {
            engine.execute(x.create("User", x.data("User", "email", "w" + i + "@x", "name", "W"), x.all("User")));
        }
        for (int i = 0; i < WRITES; i++) {
            Filter byEmail = x.eq("User", "email", "w" + i + "@x");
            engine.execute(x.update("User", byEmail, x.data("User", "name", "V" + i), x.all("User")));
        }
        for (int i = 0; i < WRITES; i++) {
            engine.execute(x.delete("User", x.eq("User", "email", "w" + i + "@x"), x.all("User")));
        }
        Path wal = Path.of(db.file() + "-wal");
        assertThat(Files.size(wal)).as("WAL bytes after %d writes of each kind", WRITES).isLessThan(WAL_BOUND);
        assertThat(count("users")).isZero();
    }
}
