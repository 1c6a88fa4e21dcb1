package dev.refract.engine.sql.read;

import static dev.refract.model.SortOrder.ASC;
import static dev.refract.model.SortOrder.DESC;

import dev.refract.engine.ir.FieldRef;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.Filter.JsonOp;
import dev.refract.engine.ir.Filter.RelationCondition;
import dev.refract.engine.ir.Filter.ScalarOp;
import dev.refract.engine.ir.OrderBy;
import dev.refract.engine.ir.ReadArgs;
import dev.refract.engine.ir.Values;
import dev.refract.model.ScalarField;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The read shapes tested on both databases: each a level to render and, where the seed data
 * answers it, the ids it must return (in order). Shared by the golden test and the execution tests.
 */
final class ReadCases {
    /**
     * One shape.
     *
     * @param expected ids in order; null when the dialect must refuse the shape
     */
    record Case(String name, LevelSpec spec, List<Integer> expected) {
    }

    private final ReadFixture fx;
    private final List<Case> cases = new ArrayList<>();

    private ReadCases(ReadFixture fx) {
        this.fx = fx;
    }

    static List<Case> all(ReadFixture fx) {
        ReadCases c = new ReadCases(fx);
        c.filters();
        c.relations();
        c.json();
        c.postgresOnly();
        c.ordering();
        c.pagination();
        c.cursorOnRelations();
        c.distinct();
        c.links();
        return c.cases;
    }

    // ---- helpers

    private ScalarField u(String f) {
        return fx.f("User", f);
    }

    private ScalarField p(String f) {
        return fx.f("Post", f);
    }

    private Filter s(ScalarField f, ScalarOp op, Object v) {
        return new Filter.Scalar(f, op, v, false);
    }

    private Filter si(ScalarField f, ScalarOp op, Object v) {
        return new Filter.Scalar(f, op, v, true);
    }

    private OrderBy asc(ScalarField f) {
        return new OrderBy.ByScalar(f, ASC);
    }

    private OrderBy desc(ScalarField f) {
        return new OrderBy.ByScalar(f, DESC);
    }

    private void users(String name, Filter where, Integer... ids) {
        users(name, new ReadArgs(where, List.of(asc(u("id"))), null, null, null, List.of(), null), ids);
    }

    private void users(String name, ReadArgs args, Integer... ids) {
        cases.add(new Case(name, new LevelSpec(fx.model("User"), List.of(u("id"), u("name")), args, null),
                ids == null ? null : List.of(ids)));
    }

    private void posts(String name, Filter where, Integer... ids) {
        posts(name, new ReadArgs(where, List.of(asc(p("id"))), null, null, null, List.of(), null), ids);
    }

    private void posts(String name, ReadArgs args, Integer... ids) {
        cases.add(new Case(name, new LevelSpec(fx.model("Post"), List.of(p("id"), p("title")), args, null),
                ids == null ? null : List.of(ids)));
    }

    private void unsupported(String name, LevelSpec spec) {
        cases.add(new Case(name, spec, null));
    }

    private ReadArgs args(List<OrderBy> order, Filter cursor, Long skip, Long take) {
        return new ReadArgs(Filter.TRUE, order, cursor, skip, take, List.of(), null);
    }

    // ---- shapes

    private void filters() {
        users("equals", Filter.eq(u("name"), "Alice"), 1);
        users("equals null", Filter.eq(u("name"), null), 3);
        users("not equals excludes nulls", s(u("name"), ScalarOp.NOT_EQUALS, "Alice"), 2, 4, 5);
        users("not null", s(u("name"), ScalarOp.NOT_EQUALS, null), 1, 2, 4, 5);
        users("NOT of two", new Filter.Not(List.of(Filter.eq(u("age"), 25), Filter.eq(u("name"), "Alice"))), 5);
        users("NOT empty", new Filter.Not(List.of()), 1, 2, 3, 4, 5);
        users("OR empty", new Filter.Or(List.of()));
        users("AND, OR", new Filter.And(List.of(new Filter.Or(List.of(Filter.eq(u("age"), 25),
                Filter.eq(u("age"), 40))), s(u("score"), ScalarOp.NOT_EQUALS, null))), 4);
        users("in", s(u("age"), ScalarOp.IN, List.of(25, 40)), 2, 4, 5);
        users("in empty", s(u("age"), ScalarOp.IN, List.of()));
        users("notIn empty", s(u("age"), ScalarOp.NOT_IN, List.of()), 1, 2, 3, 4, 5);
        users("notIn", s(u("age"), ScalarOp.NOT_IN, List.of(25, 40)), 1, 3);
        List<Integer> many = new ArrayList<>(IntStream.rangeClosed(100, 3100).boxed().toList());
        many.add(2);
        many.add(5);
        users("in 3002 values (one array/JSON parameter)", s(u("id"), ScalarOp.IN, many), 2, 5);
        users("notIn 3002 values", s(u("id"), ScalarOp.NOT_IN, many), 1, 3, 4);
        users("lt, gte", new Filter.And(List.of(s(u("age"), ScalarOp.LT, 40), s(u("age"), ScalarOp.GTE, 30))), 1, 3);
        users("field reference", s(u("score"), ScalarOp.LT, new FieldRef(u("age"))), 1, 3, 4);
        // Prisma sends the value unescaped: % and _ stay wildcards (its recorded answers say so).
        users("contains % is a wildcard, as in Prisma", s(u("name"), ScalarOp.CONTAINS, "%"), 1, 2, 4, 5);
        users("contains _ is a wildcard, as in Prisma", s(u("email"), ScalarOp.CONTAINS, "b_b"), 2);
        users("startsWith, endsWith", new Filter.And(List.of(s(u("email"), ScalarOp.STARTS_WITH, "a"),
                s(u("email"), ScalarOp.ENDS_WITH, ".com"))), 1);
        users("notContains", s(u("email"), ScalarOp.NOT_CONTAINS, "a"), 2, 5);
        // SQLite's LIKE ignores ASCII case, and a referenced column's % stays a wildcard ("Dave%").
        users("contains field reference", s(u("email"), ScalarOp.CONTAINS, new FieldRef(u("name"))),
                fx.pg() ? new Integer[]{5} : new Integer[]{1, 2, 4, 5});
        if (fx.pg()) {
            users("insensitive equals", si(u("name"), ScalarOp.EQUALS, "ALICE"), 1);
            users("insensitive contains", si(u("name"), ScalarOp.CONTAINS, "E"), 1, 4, 5);
            users("insensitive not equals", si(u("name"), ScalarOp.NOT_EQUALS, "eve"), 1, 2, 4);
            users("insensitive in", si(u("name"), ScalarOp.IN, List.of("BOB", "EVE")), 2, 5);
            users("insensitive gt", si(u("name"), ScalarOp.GT, "C"), 4, 5);
        } else {
            unsupported("insensitive (not on SQLite)", new LevelSpec(fx.model("User"), List.of(u("id")),
                    ReadArgs.where(si(u("name"), ScalarOp.EQUALS, "alice")), null));
        }
    }

    private void relations() {
        Filter viewsOver15 = s(p("views"), ScalarOp.GT, 15);
        Filter viewsOver6 = s(p("views"), ScalarOp.GT, 6);
        users("some posts", new Filter.Relation(fx.rel("User", "posts"), RelationCondition.SOME, viewsOver15), 1, 2);
        users("every post", new Filter.Relation(fx.rel("User", "posts"), RelationCondition.EVERY, viewsOver6),
                1, 3, 4, 5);
        users("no post", new Filter.Relation(fx.rel("User", "posts"), RelationCondition.NONE,
                s(p("views"), ScalarOp.GT, 50)), 1, 3, 4, 5);
        users("some posts (any)", new Filter.Relation(fx.rel("User", "posts"), RelationCondition.SOME, Filter.TRUE),
                1, 2);
        users("profile is (back side of 1:1)", new Filter.Relation(fx.rel("User", "profile"), RelationCondition.IS,
                s(fx.f("Profile", "bio"), ScalarOp.CONTAINS, "cats")), 1);
        users("profile is null", new Filter.Relation(fx.rel("User", "profile"), RelationCondition.IS_NOT,
                Filter.TRUE), 3, 4, 5);
        posts("author is (fk side)", new Filter.Relation(fx.rel("Post", "author"), RelationCondition.IS,
                Filter.eq(u("name"), "Alice")), 1, 2, 6);
        posts("author isNot", new Filter.Relation(fx.rel("Post", "author"), RelationCondition.IS_NOT,
                Filter.eq(u("name"), "Alice")), 3, 4, 5);
        posts("m:n some (Post side, column B)", new Filter.Relation(fx.rel("Post", "categories"),
                RelationCondition.SOME, Filter.eq(fx.f("Category", "name"), "tech")), 1, 2);
        cases.add(new Case("m:n some (Category side, column A), nested relation",
                new LevelSpec(fx.model("Category"), List.of(fx.f("Category", "id")),
                        new ReadArgs(new Filter.Relation(fx.rel("Category", "posts"), RelationCondition.SOME,
                                new Filter.Relation(fx.rel("Post", "author"), RelationCondition.IS,
                                        Filter.eq(u("name"), "Bob"))), List.of(asc(fx.f("Category", "id"))), null,
                                null, null, List.of(), null), null), List.of(2)));
        posts("m:n none", new Filter.Relation(fx.rel("Post", "categories"), RelationCondition.NONE, Filter.TRUE),
                4, 5, 6);
    }

    private void json() {
        boolean pg = fx.pg();
        List<String> ab = pg ? List.of("a", "b") : List.of("$.a.b");
        List<String> n = pg ? List.of("n") : List.of("$.n");
        List<String> arr = pg ? List.of("arr") : List.of("$.arr");
        users("json string_contains at path", new Filter.Json(u("meta"), ab, JsonOp.STRING_CONTAINS, "ell"), 1);
        users("json equals at path", new Filter.Json(u("meta"), n, JsonOp.EQUALS, new Values.Json("5")), 1);
        users("json gt (numbers only)", new Filter.Json(u("meta"), n, JsonOp.GT, new Values.Json("6")), 2);
        users("NOT json gt keeps only numbers", new Filter.Not(List.of(
                new Filter.Json(u("meta"), n, JsonOp.GT, new Values.Json("6")))), 1);
        users("json array_starts_with", new Filter.Json(u("meta"), arr, JsonOp.ARRAY_STARTS_WITH,
                new Values.Json("3")), 2);
        users("json array_ends_with", new Filter.Json(u("meta"), arr, JsonOp.ARRAY_ENDS_WITH,
                new Values.Json("3")), 1);
        if (pg) {
            users("json array_contains", new Filter.Json(u("meta"), arr, JsonOp.ARRAY_CONTAINS,
                    new Values.Json("[3]")), 1, 2);
            users("json equals whole value", new Filter.Json(u("meta"), List.of(), JsonOp.EQUALS,
                    new Values.Json("{\"n\": \"str\"}")), 4);
        } else {
            unsupported("json array_contains (not on SQLite)", new LevelSpec(fx.model("User"), List.of(u("id")),
                    ReadArgs.where(new Filter.Json(u("meta"), arr, JsonOp.ARRAY_CONTAINS, new Values.Json("[3]"))),
                    null));
        }
    }

    private void postgresOnly() {
        if (!fx.pg()) {
            unsupported("search (not on SQLite)", new LevelSpec(fx.model("Post"), List.of(p("id")),
                    ReadArgs.where(s(p("title"), ScalarOp.SEARCH, "hello")), null));
            unsupported("relevance (not on SQLite)", new LevelSpec(fx.model("Post"), List.of(p("id")),
                    ReadArgs.NONE.withOrderBy(List.of(new OrderBy.ByRelevance(List.of(p("title")), "hello", DESC))),
                    null));
            return;
        }
        posts("search", s(p("title"), ScalarOp.SEARCH, "hello | sixth"), 1, 6);
        posts("relevance order", new ReadArgs(s(p("title"), ScalarOp.SEARCH, "hello | world"),
                List.of(new OrderBy.ByRelevance(List.of(p("title")), "hello | world", DESC), asc(p("id"))), null, null,
                null, List.of(), null), 1);
        posts("list has", s(p("tags"), ScalarOp.HAS, "b"), 1, 2);
        posts("list hasSome", s(p("tags"), ScalarOp.HAS_SOME, List.of("a", "c")), 1, 4);
        posts("list hasEvery", s(p("tags"), ScalarOp.HAS_EVERY, List.of("a", "b")), 1);
        posts("list isEmpty", s(p("tags"), ScalarOp.IS_EMPTY, true), 3);
        posts("list equals", s(p("tags"), ScalarOp.LIST_EQUALS, List.of("b")), 2);
        posts("list equals null", s(p("tags"), ScalarOp.LIST_EQUALS, null), 5, 6);
    }

    private void ordering() {
        users("order age asc, id desc", args(List.of(asc(u("age")), desc(u("id"))), null, null, null), 4, 2, 1, 3, 5);
        users("order score asc nulls first", args(List.of(new OrderBy.ByScalar(List.of(), u("score"), ASC,
                OrderBy.Nulls.FIRST), asc(u("id"))), null, null, null), 2, 5, 3, 1, 4);
        users("order score desc nulls last", args(List.of(new OrderBy.ByScalar(List.of(), u("score"), DESC,
                OrderBy.Nulls.LAST), asc(u("id"))), null, null, null), 4, 1, 3, 2, 5);
        posts("order by author.name (LEFT JOIN)", args(List.of(new OrderBy.ByScalar(List.of(fx.rel("Post",
                "author")), u("name"), ASC, OrderBy.Nulls.LAST), asc(p("id"))), null, null, null), 1, 2, 6, 3, 5, 4);
        posts("order by author.profile.bio (two joins)", args(List.of(new OrderBy.ByScalar(List.of(fx.rel("Post",
                "author"), fx.rel("User", "profile")), fx.f("Profile", "bio"), DESC, OrderBy.Nulls.LAST),
                new OrderBy.ByScalar(List.of(fx.rel("Post", "author")), u("age"), ASC, null), asc(p("id"))), null,
                null, null), 3, 5, 1, 2, 6, 4);
        users("order by posts _count desc", args(List.of(new OrderBy.ByRelationCount(List.of(),
                fx.rel("User", "posts"), DESC), asc(u("id"))), null, null, null), 1, 2, 3, 4, 5);
        posts("order by categories _count (m:n)", args(List.of(new OrderBy.ByRelationCount(List.of(),
                fx.rel("Post", "categories"), DESC), desc(p("id"))), null, null, null), 2, 3, 1, 6, 5, 4);
        posts("order by author.posts _count", args(List.of(new OrderBy.ByRelationCount(List.of(fx.rel("Post",
                "author")), fx.rel("User", "posts"), ASC), asc(p("id"))), null, null, null), 4, 3, 5, 1, 2, 6);
    }

    private void pagination() {
        List<OrderBy> byAge = List.of(asc(u("age")));
        Filter cursor3 = Filter.eq(u("id"), 3);
        users("skip, take (pk appended)", args(byAge, null, 1L, 2L), 4, 1);
        users("skip only", args(byAge, null, 3L, null), 3, 5);
        users("take negative", args(byAge, null, null, -2L), 3, 5);
        users("take negative, skip", args(byAge, null, 1L, -2L), 1, 3);
        users("cursor (row value, cursor row included)", args(byAge, cursor3, null, 2L), 3, 5);
        users("cursor, skip 1", args(byAge, cursor3, 1L, 2L), 5);
        users("cursor, negative take", args(byAge, Filter.eq(u("id"), 4), null, -2L), 2, 4);
        users("cursor not found", args(byAge, Filter.eq(u("id"), 99), null, 2L));
        users("cursor by unique email, desc", args(List.of(desc(u("age"))), Filter.eq(u("email"), "alice@x.com"),
                null, 10L), 1, 2, 4);
        users("cursor mixed directions", args(List.of(desc(u("age")), asc(u("id"))), Filter.eq(u("id"), 1), null,
                3L), 1, 2, 4);
        users("cursor nullable asc nulls last", args(List.of(new OrderBy.ByScalar(List.of(), u("score"), ASC,
                OrderBy.Nulls.LAST)), Filter.eq(u("id"), 4), null, 10L), 4, 2, 5);
        users("cursor nullable asc nulls first", args(List.of(new OrderBy.ByScalar(List.of(), u("score"), ASC,
                OrderBy.Nulls.FIRST)), Filter.eq(u("id"), 5), null, 10L), 5, 3, 1, 4);
        users("cursor on a null value", args(List.of(new OrderBy.ByScalar(List.of(), u("score"), DESC,
                OrderBy.Nulls.FIRST)), Filter.eq(u("id"), 5), null, 10L), 5, 4, 1, 3);
        users("cursor nullable default nulls", args(List.of(new OrderBy.ByScalar(List.of(), u("score"), ASC,
                null)), Filter.eq(u("id"), 1), null, 10L), fx.pg() ? new Integer[]{1, 4, 2, 5} : new Integer[]{1, 4});
    }

    private void cursorOnRelations() {
        posts("cursor, orderBy author.name (value from the cursor row's join)", args(List.of(new OrderBy.ByScalar(
                List.of(fx.rel("Post", "author")), u("name"), ASC, OrderBy.Nulls.LAST)), Filter.eq(p("id"), 6), null,
                2L), 6, 3);
        users("cursor, orderBy posts _count desc", args(List.of(new OrderBy.ByRelationCount(List.of(),
                fx.rel("User", "posts"), DESC)), Filter.eq(u("id"), 2), null, 2L), 2, 3);
        users("cursor, orderBy posts _count desc, negative take", args(List.of(new OrderBy.ByRelationCount(List.of(),
                fx.rel("User", "posts"), DESC)), Filter.eq(u("id"), 3), null, -2L), 2, 3);
    }

    private void distinct() {
        users("distinct age", new ReadArgs(Filter.TRUE, List.of(asc(u("id"))), null, null, null, List.of(u("age")),
                null), 1, 2, 3, 5);
        users("distinct age, order id desc, take 2", new ReadArgs(Filter.TRUE, List.of(desc(u("id"))), null, null,
                2L, List.of(u("age")), null), 5, 4);
        users("distinct age, take -2", new ReadArgs(Filter.TRUE, List.of(asc(u("id"))), null, null, -2L,
                List.of(u("age")), null), 4, 5);
    }

    private void links() {
        List<ScalarField> cols = List.of(p("id"), p("authorId"));
        LevelSpec.Link byKeys = new LevelSpec.Link(List.of(p("authorId")), List.of(List.of(1), List.of(2)), null,
                List.of(p("authorId")));
        cases.add(new Case("link by keys", new LevelSpec(fx.model("Post"), cols,
                new ReadArgs(Filter.TRUE, List.of(asc(p("id"))), null, null, null, List.of(), null), byKeys),
                List.of(1, 2, 3, 5, 6)));
        cases.add(new Case("link, take 2 per parent", new LevelSpec(fx.model("Post"), cols,
                new ReadArgs(Filter.TRUE, List.of(asc(p("views"))), null, null, 2L, List.of(), null), byKeys),
                List.of(6, 1, 3, 5)));
        cases.add(new Case("link, skip 1 take -1 per parent", new LevelSpec(fx.model("Post"), cols,
                new ReadArgs(Filter.TRUE, List.of(asc(p("views"))), null, 1L, -1L, List.of(), null), byKeys),
                List.of(1, 3)));
        cases.add(new Case("link, distinct authorId per parent", new LevelSpec(
                fx.model("Post"), cols, new ReadArgs(Filter.TRUE, List.of(desc(p("views"))), null, null, null,
                List.of(p("authorId")), null), byKeys), List.of(2, 5)));
        cases.add(new Case("link, cursor applies per parent", new LevelSpec(fx.model("Post"), cols,
                new ReadArgs(Filter.TRUE, List.of(asc(p("id"))), Filter.eq(p("id"), 2), null, null, List.of(), null),
                byKeys), List.of(2, 6)));
        cases.add(new Case("link, cursor and take 1 per parent", new LevelSpec(fx.model("Post"), cols,
                new ReadArgs(Filter.TRUE, List.of(asc(p("id"))), Filter.eq(p("id"), 2), null, 1L, List.of(), null),
                byKeys), List.of(2)));
        cases.add(new Case("link, no parents", new LevelSpec(fx.model("Post"), cols, ReadArgs.NONE,
                new LevelSpec.Link(List.of(p("authorId")), List.of(), null, List.of(p("authorId")))), List.of()));
        SelectRenderer parents = new SelectRenderer(fx.dialect, null);
        LevelSpec parentLevel = new LevelSpec(fx.model("User"), List.of(u("id")),
                ReadArgs.where(s(u("age"), ScalarOp.LT, 30)), null);
        LevelSpec.Link bySubquery = new LevelSpec.Link(List.of(p("authorId")), null, parents.render(parentLevel),
                List.of(p("authorId")));
        cases.add(new Case("link by parent subquery", new LevelSpec(fx.model("Post"), cols,
                new ReadArgs(Filter.TRUE, List.of(asc(p("id"))), null, null, null, List.of(), null), bySubquery),
                List.of(3, 5)));
        cases.add(new Case("link by parent subquery, take 1 per parent", new LevelSpec(fx.model("Post"), cols,
                new ReadArgs(Filter.TRUE, List.of(desc(p("views"))), null, null, 1L, List.of(), null), bySubquery),
                List.of(5)));
    }
}
