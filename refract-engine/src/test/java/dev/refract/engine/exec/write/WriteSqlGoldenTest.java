package dev.refract.engine.exec.write;

import dev.refract.engine.ir.FieldWrite;
import dev.refract.engine.ir.FieldWrite.Op;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.Values;
import dev.refract.engine.sql.Dialects;
import dev.refract.engine.sql.Sql;
import dev.refract.engine.sql.write.WriteRenderer;
import dev.refract.model.ScalarField;
import dev.refract.testing.Golden;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The SQL of each write statement shape on PostgreSQL and SQLite, pinned in
 * {@code golden/sql/write/<shape>.sql} (rewrite with {@code -Drefract.golden.update=true}).
 */
class WriteSqlGoldenTest {
    private static final List<WriteFixture> FIXTURES = List.of(new WriteFixture("postgresql"), new WriteFixture("sqlite"));

    private static void golden(String shape, Function<WriteFixture, Sql> render) {
        StringBuilder out = new StringBuilder();
        for (WriteFixture x : FIXTURES) {
            Sql sql = render.apply(x);
            out.append("-- ").append(x.provider).append('\n').append(sql.text()).append('\n')
                    .append("-- params: ").append(sql.values()).append("\n\n");
        }
        Golden.assertMatches("golden/sql/write/" + shape + ".sql", out.toString());
    }

    private static WriteRenderer renderer(WriteFixture x) {
        return new WriteRenderer(Dialects.forSchema(x.schema), x.provider.equals("postgresql") ? "public" : null);
    }

    private static List<ScalarField> fields(WriteFixture x, String model, String... names) {
        return java.util.Arrays.stream(names).map(n -> x.f(model, n)).toList();
    }

    @Test
    void createOne() {
        golden("create-one", x -> renderer(x).insert(x.model("User"), fields(x, "User", "email", "role", "views"),
                List.<Object[]>of(new Object[] {"a@x.io", "USER", 0}), false, fields(x, "User", "id", "email", "views")));
    }

    @Test
    void createDefaultValues() {
        golden("create-default-values", x -> renderer(x).insert(x.model("User"), List.of(), List.<Object[]>of(new Object[0]),
                false, fields(x, "User", "id")));
    }

    /** A row leaving out a database-defaulted column: DEFAULT on PostgreSQL; SQLite puts it in a statement of its own. */
    @Test
    void createManyWithDefaultCells() {
        golden("create-many", x -> {
            WriteRenderer r = renderer(x);
            List<Rows.Row> rows = List.of(
                    new Rows.Row(java.util.Map.of(x.f("Post", "title"), "a", x.f("Post", "authorId"), 1)),
                    new Rows.Row(java.util.Map.of(x.f("Post", "id"), 7, x.f("Post", "title"), "b", x.f("Post", "authorId"), 1)));
            List<Rows.Row> first = r.defaultInValues() ? rows : rows.subList(0, 1);
            List<ScalarField> columns = Rows.columns(x.model("Post"), first);
            return r.insert(x.model("Post"), columns,
                    first.stream().map(row -> Rows.cells(row, columns, r.defaultInValues())).toList(), false, List.of());
        });
    }

    @Test
    void createManySkippingDuplicates() {
        golden("create-many-skip-duplicates", x -> renderer(x).insert(x.model("Pair"), fields(x, "Pair", "a", "b", "v"),
                List.of(new Object[] {1, "x", 1}, new Object[] {2, "y", 2}), true, fields(x, "Pair", "a", "b")));
    }

    @Test
    void updateOne() {
        golden("update-one", x -> renderer(x).update(x.model("User"), List.of(
                FieldWrite.set(x.f("User", "name"), "Ann"),
                new FieldWrite(x.f("User", "views"), Op.INCREMENT, 1),
                new FieldWrite(x.f("User", "score"), Op.MULTIPLY, 2.0),
                new FieldWrite(x.f("User", "big"), Op.DECREMENT, 3L),
                new FieldWrite(x.f("User", "balance"), Op.DIVIDE, new java.math.BigDecimal("4")),
                FieldWrite.set(x.f("User", "meta"), new Values.Json("{\"a\":1}"))),
                new Filter.And(List.of(x.eq("User", "email", "a@x.io"), x.eq("User", "views", 0))),
                fields(x, "User", "id"), null, fields(x, "User", "id", "name", "views")));
    }

    @Test
    void updateWhereRelated() {
        golden("update-where-related", x -> renderer(x).update(x.model("Post"),
                List.of(FieldWrite.set(x.f("Post", "title"), "t")),
                new Filter.Relation(x.rel("Post", "author"), Filter.RelationCondition.IS, x.eq("User", "name", "Ann")),
                fields(x, "Post", "id"), null, List.of()));
    }

    @Test
    void updateManyLimitedByCompoundKey() {
        golden("update-many-limit", x -> renderer(x).update(x.model("Pair"),
                List.of(FieldWrite.set(x.f("Pair", "v"), 0)), x.eq("Pair", "b", "x"), fields(x, "Pair", "a", "b"), 10L,
                List.of()));
    }

    @Test
    void deleteOne() {
        golden("delete-one", x -> renderer(x).delete(x.model("User"), x.eq("User", "id", 1), fields(x, "User", "id"), null,
                fields(x, "User", "id", "email")));
    }

    @Test
    void deleteManyLimited() {
        golden("delete-many-limit", x -> renderer(x).delete(x.model("User"), x.eq("User", "name", "n"),
                fields(x, "User", "id"), 5L, List.of()));
    }

    @Test
    void deleteAll() {
        golden("delete-all", x -> renderer(x).delete(x.model("Token"), Filter.TRUE, fields(x, "Token", "id"), null,
                List.of()));
    }

    @Test
    void nativeUpsert() {
        golden("upsert", x -> renderer(x).upsert(x.model("User"), fields(x, "User", "email", "role"),
                new Object[] {"a@x.io", "USER"}, fields(x, "User", "email"),
                List.of(new FieldWrite(x.f("User", "views"), Op.INCREMENT, 1)), x.eq("User", "email", "a@x.io"),
                fields(x, "User", "id", "email", "views")));
    }
}
