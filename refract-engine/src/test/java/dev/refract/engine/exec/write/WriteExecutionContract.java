package dev.refract.engine.exec.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.engine.error.RefractException;
import dev.refract.engine.ir.FieldWrite.Op;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.Selection;
import dev.refract.engine.ir.Values;
import dev.refract.engine.ir.WriteData;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The write actions end to end on a real database: results, defaults, errors with Prisma's codes,
 * statement counts (a one-statement write runs alone, without a transaction) and atomicity.
 * Subclasses name the database.
 */
abstract class WriteExecutionContract extends WriteDatabase {

    @SuppressWarnings("unchecked")
    Map<String, Object> run(dev.refract.engine.ir.Query q) {
        return (Map<String, Object>) engine.execute(q);
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> runList(dev.refract.engine.ir.Query q) {
        return (List<Map<String, Object>>) engine.execute(q);
    }

    Map<String, Object> user(String email) {
        return run(x.create("User", x.data("User", "email", email), x.all("User")));
    }

    @Test
    void createFillsDefaultsInOneStatement() {
        Instant before = Instant.now().minusSeconds(1);
        Map<String, Object> u = user("ann@x.io");
        assertThat(statements()).hasSize(1);
        assertThat(statements().get(0)).startsWith("INSERT INTO").contains("RETURNING");
        assertThat(u.get("id")).isInstanceOf(Integer.class);
        assertThat(u).containsEntry("email", "ann@x.io").containsEntry("name", null).containsEntry("role", "USER")
                .containsEntry("views", 0).containsEntry("score", 1.5).containsEntry("big", 0L)
                .containsEntry("active", true).containsEntry("meta", null);
        assertThat((BigDecimal) u.get("balance")).isEqualByComparingTo("0");
        Instant created = (Instant) u.get("createdAt");
        assertThat(created).isAfter(before).isEqualTo(u.get("updatedAt"));
        assertThat(u.keySet()).first().isEqualTo("id");
    }

    @Test
    void createReturnsOnlyTheSelection() {
        Map<String, Object> u = run(x.create("User", x.data("User", "email", "a@x.io", "name", "A"),
                x.select("User", "name", "email")));
        assertThat(u).containsExactly(Map.entry("name", "A"), Map.entry("email", "a@x.io"));
    }

    @Test
    void createWithRelationsRereadsInOneTransaction() {
        int id = (Integer) user("ann@x.io").get("id");
        events.clear();
        Map<String, Object> p = run(x.create("Post", x.data("Post", "title", "hello", "authorId", id),
                x.all("Post", x.include("Post", "author", x.select("User", "email")))));
        assertThat(p.get("title")).isEqualTo("hello");
        assertThat(p.get("author")).isEqualTo(Map.of("email", "ann@x.io"));
        // In one transaction: insert, then the post and its author by the post's key.
        assertThat(statements()).hasSize(5).startsWith("BEGIN").endsWith("COMMIT");
        assertThat(statements().get(1)).startsWith("INSERT INTO");
    }

    @Test
    void clientGeneratedUuid() {
        Map<String, Object> t = run(x.create("Token", x.data("Token", "kind", "k"), x.all("Token")));
        assertThat((String) t.get("id")).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }

    @Test
    void everyClientSideGenerator() {
        Map<String, Object> g = run(x.create("Gen", WriteData.EMPTY, x.all("Gen")));
        assertThat((String) g.get("id")).matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat((String) g.get("c1")).startsWith("c").hasSize(25);
        assertThat((String) g.get("c2")).matches("[a-z][a-z0-9]{23}");
        assertThat((String) g.get("n21")).hasSize(21);
        assertThat((String) g.get("n8")).hasSize(8);
        assertThat((String) g.get("u")).matches("[0-9A-HJKMNP-TV-Z]{26}");
    }

    @Test
    void jsonValuesAndNulls() {
        Map<String, Object> u = run(x.create("User", x.data("User", "email", "j@x.io", "meta",
                new Values.Json("{\"a\":[1,2]}")), x.select("User", "id", "meta")));
        assertThat(u.get("meta").toString().replace(" ", "")).isEqualTo("{\"a\":[1,2]}");
        Map<String, Object> jsonNull = run(x.update("User", x.eq("User", "id", u.get("id")),
                x.data("User", "meta", new Values.Json("null")), x.select("User", "meta")));
        assertThat(jsonNull.get("meta")).isEqualTo(new Values.Json("null"));
        Map<String, Object> dbNull = run(x.update("User", x.eq("User", "id", u.get("id")),
                x.data("User", "meta", null), x.select("User", "meta")));
        assertThat(dbNull.get("meta")).isNull();
    }

    @Test
    void uniqueViolationIsP2002AndWritesNothing() throws Exception {
        user("ann@x.io");
        assertThatThrownBy(() -> user("ann@x.io")).isInstanceOfSatisfying(RefractException.class, e -> {
            assertThat(e.code()).isEqualTo("P2002");
            // Prisma 7: PostgreSQL's constraint by name, SQLite's fields.
            assertThat(e.getMessage()).isEqualTo(postgres() ? "Unique constraint failed on the constraint: `users_email_key`"
                    : "Unique constraint failed on the fields: (`email`)");
            assertThat(e.meta().get("target")).isEqualTo(List.of("email"));
        });
        assertThat(count("users")).isEqualTo(1);
    }

    @Test
    void foreignKeyViolationIsP2003() throws Exception {
        assertThatThrownBy(() -> run(x.create("Post", x.data("Post", "title", "t", "authorId", 999),
                x.select("Post", "id")))).isInstanceOfSatisfying(RefractException.class,
                        e -> assertThat(e.code()).isEqualTo("P2003"));
        assertThat(count("Post")).isZero();
    }

    @Test
    void missingRequiredValueIsP2011() {
        assertThatThrownBy(() -> run(x.create("Pair", x.data("Pair", "a", 1, "b", "x"), x.all("Pair"))))
                .isInstanceOfSatisfying(RefractException.class, e -> assertThat(e.code()).isEqualTo("P2011"));
    }

    @Test
    void createManyCountsAndSkipsDuplicates() throws Exception {
        List<WriteData> rows = List.of(x.data("Pair", "a", 1, "b", "x", "v", 1), x.data("Pair", "a", 1, "b", "y", "v", 2));
        assertThat(run(x.createMany("Pair", rows, false, null))).isEqualTo(Map.of("count", 2));
        assertThat(statements()).hasSize(1);
        List<WriteData> again = List.of(x.data("Pair", "a", 1, "b", "x", "v", 9), x.data("Pair", "a", 2, "b", "x", "v", 3));
        assertThat(run(x.createMany("Pair", again, true, null))).isEqualTo(Map.of("count", 1));
        assertThat(count("Pair")).isEqualTo(3);
    }

    @Test
    void createManyChunksUnderTheParameterLimitAtomically() throws Exception {
        int n = 12_000; // three parameters a row: more than one statement's worth (of rows and of parameters)
        List<WriteData> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(x.data("Pair", "a", i, "b", "k", "v", i));
        }
        assertThat(run(x.createMany("Pair", rows, false, null))).isEqualTo(Map.of("count", n));
        if (postgres()) {
            // More than one INSERT's worth: PostgreSQL copies the rows in, one statement on its own
            // (the INSERT path is PostgresBulkInsertTest's).
            assertThat(statements()).hasSize(1);
            assertThat(statements().get(0)).isEqualTo("COPY \"Pair\" (\"a\",\"b\",\"v\") FROM STDIN");
        } else {
            // At most ROWS_PER_STATEMENT rows per INSERT (well under the parameter limit here), in one transaction.
            assertThat(statements()).hasSize(2 + n / Creates.ROWS_PER_STATEMENT).startsWith("BEGIN").endsWith("COMMIT");
        }
        assertThat(count("Pair")).isEqualTo(n);
        // A duplicate in the last chunk fails the whole request: the first chunk is rolled back.
        List<WriteData> failing = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            failing.add(x.data("Pair", "a", n + i, "b", "k", "v", i));
        }
        failing.add(x.data("Pair", "a", 0, "b", "k", "v", 0));
        assertThatThrownBy(() -> run(x.createMany("Pair", failing, false, null)))
                .isInstanceOfSatisfying(RefractException.class, e -> assertThat(e.code()).isEqualTo("P2002"));
        assertThat(count("Pair")).isEqualTo(n);
    }

    @Test
    void createManyAndReturnKeepsInputOrder() {
        List<Map<String, Object>> out = runList(x.createMany("User", List.of(x.data("User", "email", "b@x.io"),
                x.data("User", "email", "a@x.io", "name", "A")), false, x.select("User", "email", "name")));
        Map<String, Object> b = new java.util.LinkedHashMap<>();
        b.put("email", "b@x.io");
        b.put("name", null);
        assertThat(out).containsExactly(b, Map.of("email", "a@x.io", "name", "A"));
        assertThat(statements()).hasSize(1);
    }

    @Test
    void createManyAndReturnWithRelations() {
        int id = (Integer) user("ann@x.io").get("id");
        Selection selection = new Selection(List.of(new Selection.Scalar(x.f("Post", "title")),
                x.include("Post", "author", x.select("User", "email"))));
        List<Map<String, Object>> out = runList(x.createMany("Post", List.of(x.data("Post", "title", "p2", "authorId", id),
                x.data("Post", "title", "p1", "authorId", id)), false, selection));
        assertThat(out).hasSize(2);
        assertThat(out.get(0)).containsEntry("title", "p2").containsEntry("author", Map.of("email", "ann@x.io"));
        assertThat(out.get(1)).containsEntry("title", "p1");
        assertThat(out.get(0).keySet()).containsExactly("title", "author");
    }

    @Test
    void updateSetsComputesAndTouchesUpdatedAt() throws Exception {
        Map<String, Object> u = user("ann@x.io");
        Thread.sleep(5);
        events.clear();
        Map<String, Object> v = run(x.update("User", x.eq("User", "email", "ann@x.io"), x.data("User",
                "name", "Ann", "views", x.op("User", "views", Op.INCREMENT, 5), "score", x.op("User", "score", Op.MULTIPLY, 4.0),
                "big", x.op("User", "big", Op.DECREMENT, 2L)), x.all("User")));
        assertThat(statements()).hasSize(1);
        assertThat(v).containsEntry("name", "Ann").containsEntry("views", 5).containsEntry("score", 6.0)
                .containsEntry("big", -2L).containsEntry("createdAt", u.get("createdAt"));
        assertThat((Instant) v.get("updatedAt")).isAfter((Instant) u.get("updatedAt"));
        Map<String, Object> w = run(x.update("User", x.eq("User", "id", u.get("id")),
                x.data("User", "views", x.op("User", "views", Op.DIVIDE, 2)), x.select("User", "views")));
        assertThat(w).isEqualTo(Map.of("views", 2));
    }

    @Test
    void updateOfAMissingRecordIsP2025() {
        assertThatThrownBy(() -> run(x.update("User", x.eq("User", "id", 404), x.data("User", "name", "x"),
                x.all("User")))).isInstanceOfSatisfying(RefractException.class, e -> {
                    assertThat(e.code()).isEqualTo("P2025");
                    assertThat(e.getMessage()).isEqualTo("An operation failed because it depends on one or more records"
                            + " that were required but not found. No record was found for an update.");
                    // Prisma Client 7.10's meta: the engine's operation after the client's modelName.
                    assertThat(e.meta()).containsExactly(Map.entry("modelName", "User"),
                            Map.entry("operation", "an update"));
                });
    }

    @Test
    void updateWithAnExtendedWhereChecksTheExtraFilter() {
        Map<String, Object> u = user("ann@x.io");
        Filter stale = new Filter.And(List.of(x.eq("User", "id", u.get("id")), x.eq("User", "views", 7)));
        assertThatThrownBy(() -> run(x.update("User", stale, x.data("User", "name", "x"), x.all("User"))))
                .isInstanceOfSatisfying(RefractException.class, e -> assertThat(e.code()).isEqualTo("P2025"));
        Filter current = new Filter.And(List.of(x.eq("User", "id", u.get("id")), x.eq("User", "views", 0)));
        assertThat(run(x.update("User", current, x.data("User", "name", "x"), x.select("User", "name"))))
                .isEqualTo(Map.of("name", "x"));
    }

    @Test
    void updateWithNothingToChangeOnlyReads() {
        Map<String, Object> u = user("ann@x.io");
        events.clear();
        Map<String, Object> v = run(x.update("User", x.eq("User", "id", u.get("id")), WriteData.EMPTY, x.all("User")));
        assertThat(v).isEqualTo(u);
        assertThat(statements()).hasSize(1).allMatch(s -> s.startsWith("SELECT"));
        assertThatThrownBy(() -> run(x.update("User", x.eq("User", "id", -1), WriteData.EMPTY, x.all("User"))))
                .isInstanceOfSatisfying(RefractException.class, e -> assertThat(e.code()).isEqualTo("P2025"));
    }

    @Test
    void updateWithRelationSelectionRereads() {
        int id = (Integer) user("ann@x.io").get("id");
        run(x.create("Post", x.data("Post", "title", "t", "authorId", id), x.select("Post", "id")));
        Map<String, Object> v = run(x.update("User", x.eq("User", "id", id), x.data("User", "name", "N"),
                x.all("User", x.include("User", "posts", x.select("Post", "title")))));
        assertThat(v.get("name")).isEqualTo("N");
        assertThat(v.get("posts")).isEqualTo(List.of(Map.of("title", "t")));
    }

    @Test
    void updateManyCountsAndLimits() throws Exception {
        for (String e : List.of("a@x.io", "b@x.io", "c@x.io")) {
            user(e);
        }
        events.clear();
        assertThat(run(x.updateMany("User", Filter.TRUE, x.data("User", "name", "n"), null, null)))
                .isEqualTo(Map.of("count", 3));
        assertThat(run(x.updateMany("User", x.eq("User", "name", "n"), x.data("User", "name", "m"), 2L, null)))
                .isEqualTo(Map.of("count", 2));
        assertThat(run(x.updateMany("User", Filter.TRUE, WriteData.EMPTY, null, null))).isEqualTo(Map.of("count", 0));
        assertThat(statements()).hasSize(2);
        List<Map<String, Object>> back = runList(x.updateMany("User", x.eq("User", "name", "n"),
                x.data("User", "views", 3), null, x.select("User", "email", "views")));
        assertThat(back).containsExactly(Map.of("email", back.get(0).get("email"), "views", 3));
    }

    @Test
    void emptyCreateManyRunsNothing() {
        assertThat(run(x.createMany("Pair", List.of(), false, null))).isEqualTo(Map.of("count", 0));
        assertThat(runList(x.createMany("Pair", List.of(), false, x.all("Pair")))).isEmpty();
        assertThat(statements()).isEmpty();
    }

    @Test
    void updateManyAndReturnWithRelationsAndALimit() {
        int id = (Integer) user("ann@x.io").get("id");
        for (String t : List.of("a", "b", "c")) {
            run(x.create("Post", x.data("Post", "title", t, "authorId", id), x.select("Post", "id")));
        }
        Selection selection = new Selection(List.of(new Selection.Scalar(x.f("Post", "title")),
                x.include("Post", "author", x.select("User", "email"))));
        List<Map<String, Object>> out = runList(x.updateMany("Post", Filter.TRUE, x.data("Post", "title", "z"), 2L,
                selection));
        assertThat(out).hasSize(2).allSatisfy(p -> assertThat(p).isEqualTo(Map.of("title", "z",
                "author", Map.of("email", "ann@x.io"))));
    }

    @Test
    void nativeUpsertCreatesThenUpdatesInOneStatement() {
        WriteData create = x.data("User", "email", "u@x.io", "name", "created");
        WriteData update = x.data("User", "name", "updated");
        Map<String, Object> first = run(x.upsert("User", x.eq("User", "email", "u@x.io"), create, update,
                x.select("User", "email", "name")));
        assertThat(first).isEqualTo(Map.of("email", "u@x.io", "name", "created"));
        Map<String, Object> second = run(x.upsert("User", x.eq("User", "email", "u@x.io"), create, update,
                x.select("User", "email", "name")));
        assertThat(second).isEqualTo(Map.of("email", "u@x.io", "name", "updated"));
        assertThat(statements()).hasSize(2).allMatch(s -> s.contains("ON CONFLICT"));
    }

    @Test
    void upsertReadsThenWritesWhenTheWhereIsNotJustTheUniqueSelector() throws Exception {
        Map<String, Object> u = user("u@x.io");
        Filter where = new Filter.And(List.of(x.eq("User", "email", "u@x.io"), x.eq("User", "views", 0)));
        Map<String, Object> v = run(x.upsert("User", where, x.data("User", "email", "v@x.io"),
                x.data("User", "views", x.op("User", "views", Op.INCREMENT, 1)), x.select("User", "id", "views")));
        assertThat(v).isEqualTo(Map.of("id", u.get("id"), "views", 1));
        // Now the extra filter fails: the create runs (and must not clash).
        Map<String, Object> w = run(x.upsert("User", where, x.data("User", "email", "v@x.io"),
                x.data("User", "views", 9), x.select("User", "email", "views")));
        assertThat(w).isEqualTo(Map.of("email", "v@x.io", "views", 0));
        assertThat(count("users")).isEqualTo(2);
    }

    @Test
    void deleteReturnsTheRecordAsItWas() throws Exception {
        Map<String, Object> u = user("ann@x.io");
        events.clear();
        assertThat(run(x.delete("User", x.eq("User", "id", u.get("id")), x.all("User")))).isEqualTo(u);
        assertThat(statements()).hasSize(1);
        assertThat(count("users")).isZero();
        assertThatThrownBy(() -> run(x.delete("User", x.eq("User", "id", u.get("id")), x.all("User"))))
                .isInstanceOfSatisfying(RefractException.class, e -> {
                    assertThat(e.code()).isEqualTo("P2025");
                    assertThat(e.getMessage()).endsWith("No record was found for a delete.");
                });
    }

    @Test
    void deleteWithRelationsReadsFirst() throws Exception {
        int id = (Integer) user("ann@x.io").get("id");
        Map<String, Object> p = run(x.create("Post", x.data("Post", "title", "t", "authorId", id), x.select("Post", "id")));
        Map<String, Object> d = run(x.delete("Post", x.eq("Post", "id", p.get("id")),
                new Selection(List.of(x.include("Post", "author", x.select("User", "email"))))));
        assertThat(d).isEqualTo(Map.of("author", Map.of("email", "ann@x.io")));
        assertThat(count("Post")).isZero();
    }

    @Test
    void deleteManyCountsAndLimits() throws Exception {
        for (String e : List.of("a@x.io", "b@x.io", "c@x.io")) {
            user(e);
        }
        assertThat(run(x.deleteMany("User", x.eq("User", "email", "a@x.io"), null))).isEqualTo(Map.of("count", 1));
        assertThat(run(x.deleteMany("User", Filter.TRUE, 1L))).isEqualTo(Map.of("count", 1));
        assertThat(count("users")).isEqualTo(1);
        assertThat(run(x.deleteMany("User", Filter.TRUE, null))).isEqualTo(Map.of("count", 1));
    }

    @Test
    void runsInsideTheCallersTransaction() throws Exception {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            int id = (Integer) ((Map<?, ?>) engine.execute(x.create("User", x.data("User", "email", "t@x.io"),
                    x.select("User", "id")), c)).get("id");
            engine.execute(x.create("Post", x.data("Post", "title", "t", "authorId", id),
                    x.all("Post", x.include("Post", "author", x.select("User", "email")))), c);
            assertThat(c.getAutoCommit()).isFalse();
            c.rollback();
        }
        assertThat(count("users")).isZero();
        assertThat(count("Post")).isZero();
    }

    @Test
    void autoCommitIsRestoredAfterAFailedTransaction() throws Exception {
        try (Connection c = connect()) {
            int id = (Integer) ((Map<?, ?>) engine.execute(x.create("User", x.data("User", "email", "t@x.io"),
                    x.select("User", "id")), c)).get("id");
            assertThatThrownBy(() -> engine.execute(x.update("User", x.eq("User", "id", -1), x.data("User", "name", "n"),
                    x.all("User", x.include("User", "posts", x.select("Post", "id")))), c))
                    .isInstanceOf(RefractException.class);
            assertThat(c.getAutoCommit()).isTrue();
            assertThat(id).isPositive();
        }
    }
}
