package dev.refract.engine.exec.raw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.refract.engine.error.RefractException;
import dev.refract.engine.raw.Sql;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Raw SQL on SQLite: declared types, expressions by value, {@code ?} placeholders. */
class SqliteRawQueryTest extends RawQueryContract {
    @Override
    protected String provider() {
        return "sqlite";
    }

    @Override
    String uniqueCode() {
        return "SQLITE_CONSTRAINT_UNIQUE";
    }

    @Override
    String uniqueMessage() {
        return "UNIQUE constraint failed: User.email";
    }

    @Override
    String syntaxErrorCode() {
        return "SQLITE_ERROR";
    }

    @Test
    void expressionsAreReadByWhatTheyHold() {
        Map<String, Object> row = engine().queryRaw(Sql.of("SELECT 1 AS i, 1.5 AS f, 'x' AS s, x'00ff' AS b,"
                + " NULL AS n, {} AS p", "param")).get(0);
        assertThat(row.get("i")).isEqualTo(1L);
        assertThat(row.get("f")).isEqualTo(1.5);
        assertThat(row.get("s")).isEqualTo("x");
        assertThat((byte[]) row.get("b")).containsExactly(0, 255);
        assertThat(row).containsEntry("n", null).containsEntry("p", "param");
    }

    @Test
    void aDateTimeStoredAsIsoTextIsReadToo() {
        engine().executeRawUnsafe("INSERT INTO \"User\" (id, email, born, created_at) VALUES (?, ?, ?, ?)", 20,
                "iso@x.io", "2024-01-02T03:04:05.678Z", Instant.parse("2024-01-02T00:00:00Z"));
        Map<String, Object> row = engine().queryRawUnsafe("SELECT born, created_at FROM \"User\" WHERE id = ?", 20)
                .get(0);
        assertThat(row).containsEntry("born", Instant.parse("2024-01-02T03:04:05.678Z"))
                .containsEntry("created_at", Instant.parse("2024-01-02T00:00:00Z"));
    }

    @Test
    void executeRawRefusesRowsAsPrismasSqliteDriverDoes() {
        RefractException e = catchThrowableOfType(() -> engine().executeRaw(Sql.of("SELECT 1")), RefractException.class);
        assertThat(e.code()).isEqualTo("P2010");
        assertThat(e.getMessage()).contains("Execute returned results");
    }
}
