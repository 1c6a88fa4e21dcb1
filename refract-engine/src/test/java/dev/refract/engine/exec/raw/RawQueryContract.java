package dev.refract.engine.exec.raw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.refract.engine.error.RefractException;
import dev.refract.engine.ir.Action;
import dev.refract.engine.ir.RawQuery;
import dev.refract.engine.ir.Values;
import dev.refract.engine.raw.Sql;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** queryRaw and executeRaw on a real database: values in, typed rows out, counts, errors, events. */
abstract class RawQueryContract extends RawDatabase {
    static final Instant BORN = Instant.parse("1990-01-02T03:04:05.678Z");
    static final byte[] AVATAR = {0, 1, 2, (byte) 255};

    private void insertUser(int id, String email) {
        engine().executeRaw(Sql.of("INSERT INTO \"User\" (id, email, name, role, big, score, balance, active, born,"
                        + " meta, avatar, created_at) VALUES ({}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {})",
                id, email, "Ann", "ADMIN", 9007199254740993L, 0.5, new BigDecimal("12.50"), true, BORN,
                new Values.Json("{\"a\":[1,2]}"), AVATAR, BORN));
    }

    @Test
    void executeRawReturnsTheAffectedRowCount() {
        assertThat(engine().executeRaw(Sql.of("INSERT INTO \"User\" (id, email, created_at) VALUES ({}, {}, {}),"
                + " ({}, {}, {})", 10, "a@x.io", BORN, 11, "b@x.io", BORN))).isEqualTo(2);
        assertThat(engine().executeRaw(Sql.of("UPDATE \"User\" SET name = {} WHERE id IN (", "z")
                .append(Sql.list(List.of(10, 11, 12))).append(")"))).isEqualTo(2);
        assertThat(engine().executeRaw(Sql.of("DELETE FROM \"User\" WHERE id = {}", 99))).isZero();
        assertThat(engine().executeRaw(Sql.of("DELETE FROM \"User\" WHERE id >= {} AND id <= {}", 10, 11)))
                .isEqualTo(2);
    }

    @Test
    void queryRawTypesEachValueByItsColumn() {
        insertUser(1, "ann@x.io");
        List<Map<String, Object>> rows = engine().queryRaw(Sql.of("SELECT id, email, name, role, big, score, balance,"
                + " active, born, meta, avatar, created_at FROM \"User\" WHERE id = {}", 1));
        assertThat(rows).hasSize(1);
        Map<String, Object> row = rows.get(0);
        assertThat(row.keySet()).containsExactly("id", "email", "name", "role", "big", "score", "balance", "active",
                "born", "meta", "avatar", "created_at");
        assertThat(row.get("id")).isEqualTo(1);
        assertThat(row.get("email")).isEqualTo("ann@x.io");
        assertThat(row.get("role")).isEqualTo("ADMIN");
        assertThat(row.get("big")).isEqualTo(9007199254740993L);
        assertThat(row.get("score")).isEqualTo(0.5);
        assertThat((BigDecimal) row.get("balance")).isEqualByComparingTo("12.5");
        assertThat(row.get("active")).isEqualTo(true);
        assertThat(row.get("born")).isEqualTo(BORN);
        assertThat(row.get("created_at")).isEqualTo(BORN);
        assertThat(row.get("meta")).isInstanceOf(Values.Json.class);
        assertThat(row.get("meta").toString().replace(" ", "")).isEqualTo("{\"a\":[1,2]}");
        assertThat((byte[]) row.get("avatar")).containsExactly(AVATAR);
        assertThat(row).isInstanceOf(java.util.LinkedHashMap.class);
    }

    @Test
    void nullsAndEmptyResults() {
        engine().executeRaw(Sql.of("INSERT INTO \"User\" (id, email, name, created_at) VALUES ({}, {}, {}, {})", 2,
                "nul@x.io", null, BORN));
        Map<String, Object> row = engine().queryRaw(Sql.of("SELECT name, big, born, meta FROM \"User\" WHERE id = {}",
                2)).get(0);
        assertThat(row).containsEntry("name", null).containsEntry("big", null).containsEntry("born", null)
                .containsEntry("meta", null);
        assertThat(engine().queryRaw(Sql.of("SELECT * FROM \"User\" WHERE id = {}", -1))).isEmpty();
    }

    @Test
    void aCountIsALongAsPrismaReturnsABigInt() {
        Map<String, Object> row = engine().queryRaw(Sql.of("SELECT count(*) AS n FROM \"Canary\"")).get(0);
        assertThat(row.get("n")).isEqualTo(1L);
    }

    record UserRow(int id, String email, Instant createdAt, Long big, Values.Json meta) {
    }

    /** A class with a no-argument constructor, filled by field name. */
    static final class UserBean {
        private Integer id;
        private String email;
        private LocalDateTime createdAt;
        private boolean active;
    }

    @Test
    void rowsMapToRecordsAndClassesBySnakeOrCamelName() {
        insertUser(3, "rec@x.io");
        Sql q = Sql.of("SELECT id, email, created_at, big, meta, active FROM {} WHERE id = {}", Sql.identifier("User"), 3);
        UserRow r = engine().queryRaw(q, UserRow.class).get(0);
        assertThat(r.id()).isEqualTo(3);
        assertThat(r.email()).isEqualTo("rec@x.io");
        assertThat(r.createdAt()).isEqualTo(BORN);
        assertThat(r.big()).isEqualTo(9007199254740993L);
        UserBean b = engine().queryRaw(q, UserBean.class).get(0);
        assertThat(b.id).isEqualTo(3);
        assertThat(b.createdAt).isEqualTo(LocalDateTime.parse("1990-01-02T03:04:05.678"));
        assertThat(b.active).isTrue();
        assertThatThrownBy(() -> engine().queryRaw(Sql.of("SELECT id FROM \"User\" WHERE id = {}", 3), UserRow.class))
                .isInstanceOf(RefractException.class).hasMessageContaining("UserRow.email");
    }

    @Test
    void aUniqueViolationIsP2010WithTheDatabasesCodeAsPrismaReportsRawFailures() {
        insertUser(4, "dup@x.io");
        RefractException e = catchThrowableOfType(() -> insertUser(5, "dup@x.io"), RefractException.class);
        assertThat(e.code()).isEqualTo("P2010");
        assertThat(e.getMessage()).isEqualTo("Raw query failed. Code: `" + uniqueCode() + "`. Message: `"
                + uniqueMessage() + "`");
        assertThat(e.meta()).containsEntry("code", uniqueCode()).containsEntry("message", uniqueMessage());
    }

    abstract String uniqueCode();

    abstract String uniqueMessage();

    @Test
    void aSyntaxErrorIsP2010() {
        RefractException e = catchThrowableOfType(() -> engine().queryRaw(Sql.of("SELEC 1")), RefractException.class);
        assertThat(e.code()).isEqualTo("P2010");
        assertThat(e.getMessage()).startsWith("Raw query failed. Code: `" + syntaxErrorCode() + "`. Message: `");
        assertThat(e.getMessage()).contains("syntax error");
    }

    abstract String syntaxErrorCode();

    @Test
    void aWrongNumberOfParametersFailsBeforeAnythingRuns() {
        String text = postgres() ? "SELECT $1::int AS a, $2::int AS b" : "SELECT ? AS a, ? AS b";
        RefractException few = catchThrowableOfType(() -> engine().queryRawUnsafe(text, 1), RefractException.class);
        RefractException many = catchThrowableOfType(() -> engine().queryRawUnsafe(text, 1, 2, 3),
                RefractException.class);
        if (postgres()) {
            // PostgreSQL's own answer to Prisma 7's driver
            assertThat(few.getMessage()).isEqualTo("Raw query failed. Code: `08P01`. Message: `bind message supplies 1"
                    + " parameters, but prepared statement \"\" requires 2`");
            assertThat(many.code()).isEqualTo("P2010");
        } else {
            assertThat(few.code()).isEqualTo("P1016");
            assertThat(few.getMessage()).isEqualTo("Your raw query had an incorrect number of parameters. Expected:"
                    + " `2`, actual: `1`.");
            assertThat(many.code()).isEqualTo("P1016");
        }
    }

    @Test
    void everyStatementIsReportedWithItsPlaceholdersAndValues() {
        engine().queryRaw(Sql.of("SELECT note FROM \"Canary\" WHERE id = {}", 1));
        engine().executeRaw(Sql.of("UPDATE \"Canary\" SET note = note WHERE id = {}", 1));
        assertThat(events).hasSize(2);
        assertThat(events.get(0).sql()).isEqualTo("SELECT note FROM \"Canary\" WHERE id = ?");
        assertThat(events.get(0).params()).containsExactly(1);
        assertThat(events.get(0).rows()).isEqualTo(1);
        assertThat(events.get(0).request()).isInstanceOf(RawQuery.class);
        assertThat(((RawQuery) events.get(1).request()).action()).isEqualTo(Action.EXECUTE_RAW);
        assertThat(events.get(1).rows()).isEqualTo(1);
    }

    @Test
    void aFailedStatementIsReportedToo() {
        assertThatThrownBy(() -> engine().queryRaw(Sql.of("SELECT nope FROM \"Canary\""))).isInstanceOf(
                RefractException.class);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).rows()).isEqualTo(-1);
    }

    @Test
    void theIrRunsThroughExecuteAsTheProtocolReaderProducesIt() {
        String text = postgres() ? "SELECT note FROM \"Canary\" WHERE id = $1" : "SELECT note FROM \"Canary\" WHERE id = ?";
        Object rows = engine().execute(new RawQuery(Action.QUERY_RAW, text, List.of(1)));
        assertThat(rows).isEqualTo(List.of(Map.of("note", "alive")));
        Object count = engine().execute(new RawQuery(Action.EXECUTE_RAW,
                text.replace("SELECT note FROM \"Canary\"", "UPDATE \"Canary\" SET note = note"), List.of(1)));
        assertThat(count).isEqualTo(1);
    }

    @Test
    void hostileIdentifiersAreQuoted() {
        String name = "we\"ird'; DROP TABLE \"Canary\"; -- $1 ? /*";
        engine().executeRaw(Sql.of("CREATE TABLE {} ({} integer, {} text)", Sql.identifier(name),
                Sql.identifier("i\"d"), Sql.identifier("v?")));
        engine().executeRaw(Sql.of("INSERT INTO {} VALUES ({}, {})", Sql.identifier(name), 1, "x"));
        List<Map<String, Object>> rows = engine().queryRaw(Sql.of("SELECT {}, {} FROM {}", Sql.identifier("i\"d"),
                Sql.identifier("v?"), Sql.identifier(name)));
        assertThat(rows).containsExactly(Map.of("i\"d", 1, "v?", "x"));
        assertThat(engine().queryRaw(Sql.of("SELECT note FROM \"Canary\" WHERE id = 1"))).containsExactly(
                Map.of("note", "alive"));
        engine().executeRaw(Sql.of("DROP TABLE {}", Sql.identifier(name)));
    }

    @Test
    void rawSqlRunsInsideATransaction() {
        assertThatThrownBy(() -> engine().transaction(tx -> {
            tx.executeRaw(Sql.of("UPDATE \"Canary\" SET note = {} WHERE id = {}", "changed", 1));
            assertThat(tx.queryRaw(Sql.of("SELECT note FROM \"Canary\""))).containsExactly(Map.of("note", "changed"));
            throw new IllegalStateException("roll back");
        })).hasMessage("roll back");
        assertThat(engine().queryRaw(Sql.of("SELECT note FROM \"Canary\""))).containsExactly(Map.of("note", "alive"));
        int updated = engine().transaction(tx -> tx.executeRawUnsafe("UPDATE \"Canary\" SET note = note"));
        assertThat(updated).isEqualTo(1);
    }

    @Test
    void queryRawOfAStatementWithoutRowsReturnsNoRows() {
        assertThat(engine().queryRaw(Sql.of("UPDATE \"Canary\" SET note = note WHERE id = {}", 1))).isEmpty();
        assertThat(engine().queryRaw(Sql.of("UPDATE \"Canary\" SET note = note WHERE id = {} RETURNING id", 1)))
                .containsExactly(Map.of("id", 1));
    }
}
