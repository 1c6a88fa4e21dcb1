package dev.refract.engine.exec.raw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.refract.engine.error.RefractException;
import dev.refract.engine.events.QueryEvent;
import dev.refract.engine.ir.Query;
import dev.refract.engine.json.Json;
import dev.refract.engine.protocol.ProtocolReader;
import dev.refract.engine.raw.Sql;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * SQL injection: hostile strings in every place a value reaches SQL (filters through the JSON
 * protocol: equals, contains, startsWith, in, Json path keys and values; orderBy input; raw
 * parameters and {@link Sql} values) are found as data where they were stored, never appear in
 * the text of any statement the engine sends, and the canary table survives.
 *
 * <p>Each hostile value carries a marker ({@code HOSTILE<n>:}) so that a value spliced into the
 * text, even escaped, would show in the statements' text.
 */
abstract class InjectionContract extends RawDatabase {
    static final List<String> CORES = List.of(
            "'", "''", "\"", "'; DROP TABLE \"Canary\"; --", "\"; DROP TABLE \"Canary\"; --", "\\", "\\'", "it\\'s",
            "a\u0000b", "$1", "$2 $1", "?", "? ?", "--", "/*", "*/ DROP TABLE \"Canary\"; /*", "$$", "$tag$ x $tag$",
            "\u2018\u2019\u201c\u201d\u02bc\uff07", "' OR '1'='1", "%", "_", "\n; DELETE FROM \"Canary\";\r\n",
            "\\x27", "{}", "{{}}", "`", "]", "E'\\''");

    private static final int FIRST_ID = 1000;

    private static String hostile(int i) {
        return "HOSTILE" + i + ":" + CORES.get(i);
    }

    /** PostgreSQL cannot store NUL in text; the attempt must fail cleanly, not inject. */
    private boolean storable(String value) {
        return !(postgres() && value.indexOf('\u0000') >= 0);
    }

    /** LIKE's own metacharacters (and PostgreSQL's default escape) make contains/startsWith match differently, as in Prisma. */
    private static boolean likeSafe(String value) {
        return value.indexOf('%') < 0 && value.indexOf('_') < 0 && value.indexOf('\\') < 0;
    }

    private Object find(Map<String, Object> where) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("where", where);
        args.put("orderBy", List.of(Map.of("id", "asc")));
        String doc = Json.write(Map.of("modelName", "User", "action", "findMany", "query",
                Map.of("arguments", args, "selection", Map.of("id", true))));
        Query q = ProtocolReader.read(schema(), doc);
        return engine().execute(q);
    }

    private Object protocol(Map<String, Object> document) {
        return engine().execute(ProtocolReader.read(schema(), Json.write(document)));
    }

    private static List<Object> ids(Object rows) {
        List<Object> out = new ArrayList<>();
        for (Object r : (List<?>) rows) {
            out.add(((Map<?, ?>) r).get("id"));
        }
        return out;
    }

    @Test
    void hostileValuesAreDataNeverSql() {
        SoftAssertions soft = new SoftAssertions();
        for (int i = 0; i < CORES.size(); i++) {
            String h = hostile(i);
            int id = FIRST_ID + i;
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("k", h);
            meta.put(h, h);
            Sql insert = Sql.of("INSERT INTO {} (id, email, name, meta, created_at) VALUES ({}, {}, {}, {}, {})",
                    Sql.identifier("User"), id, "e" + i + h, h, new dev.refract.engine.ir.Values.Json(Json.write(meta)),
                    java.time.Instant.EPOCH);
            if (!storable(h)) {
                soft.assertThat(catchThrowable(() -> engine().executeRaw(insert))).as("NUL on PostgreSQL")
                        .isInstanceOf(RefractException.class);
                soft.assertThat(catchThrowable(() -> find(Map.of("name", Map.of("equals", h)))))
                        .isInstanceOf(RefractException.class);
                continue;
            }
            soft.assertThat(engine().executeRaw(insert)).as("insert %s", h).isEqualTo(1);
            soft.assertThat(ids(find(Map.of("name", Map.of("equals", h))))).as("equals %s", h).containsExactly(id);
            soft.assertThat(ids(find(Map.of("name", h)))).as("shorthand equals %s", h).containsExactly(id);
            soft.assertThat(ids(find(Map.of("name", Map.of("in", List.of(h, "HOSTILE-none"))))))
                    .as("in %s", h).containsExactly(id);
            soft.assertThat(ids(find(Map.of("name", Map.of("not", h), "id", id)))).as("not %s", h).isEmpty();
            List<Object> contains = ids(find(Map.of("name", Map.of("contains", h))));
            List<Object> starts = ids(find(Map.of("name", Map.of("startsWith", h))));
            List<Object> jsonContains = ids(find(jsonFilter(h, h, "string_contains")));
            if (likeSafe(h)) {
                soft.assertThat(contains).as("contains %s", h).contains(id);
                soft.assertThat(starts).as("startsWith %s", h).contains(id);
                soft.assertThat(jsonContains).as("json path string_contains %s", h).contains(id);
            }
            soft.assertThat(ids(find(jsonEquals(h)))).as("json equals at path %s", h).containsExactly(id);
            soft.assertThat(ids(engine().queryRaw(Sql.of("SELECT id FROM {} WHERE name = {}", Sql.identifier("User"), h))))
                    .as("Sql value %s", h).containsExactly(id);
            soft.assertThat(ids(engine().queryRawUnsafe("SELECT id FROM \"User\" WHERE name = "
                    + (postgres() ? "$1" : "?"), h))).as("raw parameter %s", h).containsExactly(id);
            soft.assertThat(engine().queryRaw(Sql.of("SELECT name FROM \"User\" WHERE id = {}", id)))
                    .as("stored %s", h).containsExactly(Map.of("name", h));
            soft.assertThat(ids(protocol(Map.of("action", "queryRaw", "query", Map.of("arguments", Map.of("query",
                    "SELECT id FROM \"User\" WHERE name = " + (postgres() ? "$1" : "?"), "parameters",
                    Json.write(List.of(h))), "selection", Map.of()))))).as("queryRaw document %s", h).containsExactly(id);
            soft.assertThat(protocol(Map.of("modelName", "User", "action", "updateMany", "query", Map.of("arguments",
                    Map.of("where", Map.of("name", h), "data", Map.of("name", h)), "selection", Map.of("count", true)))))
                    .as("updateMany %s", h).isEqualTo(Map.of("count", 1));
            Throwable unknown = catchThrowable(() -> find(Map.of("id", id, "HOSTILE_OR", h)));
            soft.assertThat(unknown).as("unknown filter field").isInstanceOf(RefractException.class);
        }
        soft.assertAll();
        assertNoHostileText();
        assertCanaryAlive();
    }

    /** {@code meta: {path: ..., string_contains: value}} at the key {@code key} (PostgreSQL) or {@code $.k} (SQLite). */
    private Map<String, Object> jsonFilter(String key, String value, String op) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("path", postgres() ? List.of(key) : "$.k");
        f.put(op, value);
        return Map.of("meta", f);
    }

    private Map<String, Object> jsonEquals(String h) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("path", postgres() ? List.of(h) : "$.k");
        f.put("equals", Map.of("$type", "Json", "value", Json.write(h)));
        return Map.of("meta", f);
    }

    @Test
    void hostileJsonPathsAndOrderByInputNeverReachTheText() {
        for (int i = 0; i < CORES.size(); i++) {
            String h = hostile(i);
            if (!storable(h)) {
                continue;
            }
            // A hostile JSON path: bound, so it finds nothing or the database refuses it as a path.
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("path", postgres() ? List.of("k", h) : "$.k" + h);
            f.put("string_contains", "x");
            Throwable t = catchThrowable(() -> find(Map.of("meta", f)));
            if (t == null) {
                assertThat(ids(find(Map.of("meta", f)))).isEmpty();
            } else {
                assertThat(t).isInstanceOf(RefractException.class);
            }
            // orderBy: a hostile field name, direction or nulls position is refused by validation.
            for (Object orderBy : List.of(Map.of(h, "asc"), Map.of("name", h),
                    Map.of("name", Map.of("sort", "asc", "nulls", h)), List.of(Map.of("name", "desc"), Map.of(h, h)))) {
                String doc = Json.write(Map.of("modelName", "User", "action", "findMany", "query",
                        Map.of("arguments", Map.of("orderBy", orderBy), "selection", Map.of("id", true))));
                assertThat(catchThrowable(() -> engine().execute(ProtocolReader.read(schema(), doc))))
                        .as("orderBy %s", orderBy).isInstanceOf(RefractException.class);
            }
        }
        assertNoHostileText();
        assertCanaryAlive();
    }

    private void assertNoHostileText() {
        assertThat(events).isNotEmpty();
        for (QueryEvent e : events) {
            assertThat(e.sql()).doesNotContain("HOSTILE").doesNotContain("DROP").doesNotContain("DELETE");
        }
        assertThat(events.stream().flatMap(e -> e.params().stream()).filter(p -> String.valueOf(p).contains("HOSTILE")))
                .as("the hostile strings went in as parameters").isNotEmpty();
    }

    private void assertCanaryAlive() {
        assertThat(engine().queryRaw(Sql.of("SELECT id, note FROM {}", Sql.identifier("Canary"))))
                .containsExactly(Map.of("id", 1, "note", "alive"));
    }

    @Test
    void stackedCommandsInUnsafeTextDoNotRun() {
        // PostgreSQL refuses several commands in one prepared statement (as Prisma's engine sends it);
        // SQLite's driver compiles the first command only. Either way the DROP never runs.
        Throwable t = catchThrowable(() -> engine().executeRawUnsafe("UPDATE \"Canary\" SET note = note;"
                + " DROP TABLE \"Canary\""));
        if (postgres()) {
            assertThat(t).isInstanceOf(RefractException.class).hasMessage("Raw query failed. Code: `42601`. Message:"
                    + " `cannot insert multiple commands into a prepared statement`");
        }
        catchThrowable(() -> engine().queryRawUnsafe("SELECT 1; DROP TABLE \"Canary\""));
        assertCanaryAlive();
    }
}
