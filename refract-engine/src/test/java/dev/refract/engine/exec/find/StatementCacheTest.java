package dev.refract.engine.exec.find;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.ReadArgs;
import dev.refract.engine.sql.Dialects;
import dev.refract.engine.sql.Param;
import dev.refract.engine.sql.Sql;
import dev.refract.model.SchemaModel;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StatementCacheTest {
    final StatementCache cache = new StatementCache();
    final AtomicInteger renders = new AtomicInteger();

    Sql render(Object a, Object b) {
        Shape shape = new Shape().add("t").value(a).value(b);
        return cache.render(shape, () -> {
            renders.incrementAndGet();
            return new Sql("SELECT ? + ?", List.of(new Param(b, null), new Param(a, null)));
        });
    }

    @Test
    void reusesTextAndRebindsSlotsOnceVerified() {
        assertThat(render("x1", "y1").values()).containsExactly("y1", "x1");
        assertThat(render("x2", "y2").values()).containsExactly("y2", "x2"); // checked against a fresh rendering
        assertThat(renders.get()).isEqualTo(2);
        assertThat(render("x3", "y3").values()).containsExactly("y3", "x3");
        assertThat(render("x4", "y4").values()).containsExactly("y4", "x4");
        assertThat(renders.get()).isEqualTo(2);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void computedParametersAreNeverCached() {
        for (int i = 0; i < 3; i++) {
            String v = "v" + i;
            Sql sql = cache.render(new Shape().add("upper").value(v),
                    () -> new Sql("SELECT ? ", List.of(new Param(v.toUpperCase(), null))));
            assertThat(sql.values()).containsExactly("V" + i);
        }
        assertThat(cache.size()).isZero();
    }

    @Test
    void likePatternsAreRebuiltFromTheirSlot() {
        for (int i = 0; i < 5; i++) {
            String v = "v" + i;
            Sql sql = cache.render(new Shape().add("like").value(v).value(i * 1000),
                    () -> {
                        renders.incrementAndGet();
                        return new Sql("SELECT ? ", List.of(new Param("%" + v + "%", null), new Param(v + "%", null)));
                    });
            assertThat(sql.values()).containsExactly("%v" + i + "%", "v" + i + "%");
        }
        assertThat(renders.get()).isEqualTo(2);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void aPatternTwoSlotsCouldMakeIsNotCached() {
        Sql sql = cache.render(new Shape().add("like2").value("a%").value("%a"),
                () -> new Sql("SELECT ?", List.of(new Param("%a%", null))));
        assertThat(sql.values()).containsExactly("%a%");
        assertThat(cache.size()).isZero();
    }

    @Test
    void aFilteredFindWithStartsWithRendersOnceThenRebinds() {
        SchemaModel schema = FindFixture.schemaFor("sqlite");
        Ir ir = new Ir(schema);
        LevelSql levels = new LevelSql(schema, Dialects.forSchema(schema), null);
        LevelPlan plan = LevelPlan.build(schema, ir.model("User"), ir.select("User", "id", "email"), List.of());
        for (int i = 0; i < 4; i++) {
            Filter where = new Filter.And(List.of(
                    new Filter.Scalar(ir.scalar("User", "id"), Filter.ScalarOp.GTE, 1000 + i, false),
                    new Filter.Scalar(ir.scalar("User", "email"), Filter.ScalarOp.STARTS_WITH, "c" + i, false)));
            Sql sql = levels.level(plan, Ir.args(where, List.of(ir.asc("User", "id")), null, 20L), null);
            assertThat(sql.values()).containsExactly(1000 + i, "c" + i + "%", 20L);
        }
        assertThat(levels.cache().size()).isEqualTo(1);
    }

    @Test
    void aTakeAboveTheBoxCacheIsCachedToo() {
        // 1000 is boxed anew by each caller: the LIMIT parameter must be the query's own object.
        // (SQLite binds LIMIT; PostgreSQL writes it into the text, see the next test.)
        SchemaModel schema = FindFixture.schemaFor("sqlite");
        Ir ir = new Ir(schema);
        LevelSql levels = new LevelSql(schema, Dialects.forSchema(schema), null);
        LevelPlan plan = LevelPlan.build(schema, ir.model("User"), ir.select("User", "id", "email"), List.of());
        for (long take : new long[] {1000, 1000, 1000, -1000}) {
            Sql sql = levels.level(plan, Ir.args(Filter.TRUE, List.of(ir.asc("User", "id")), null, take), null);
            assertThat(sql.values()).containsExactly(Math.abs(take));
        }
        assertThat(levels.cache().size()).isEqualTo(1);
    }

    @Test
    void postgresWritesTakeAndSkipIntoTheTextAndCachesEachValueOnce() {
        // A bound LIMIT makes PostgreSQL plan the statement on every execution (PostgresReadSyntax).
        SchemaModel schema = FindFixture.schemaFor("postgresql");
        Ir ir = new Ir(schema);
        LevelSql levels = new LevelSql(schema, Dialects.forSchema(schema), "public");
        LevelPlan plan = LevelPlan.build(schema, ir.model("User"), ir.select("User", "id", "email"), List.of());
        for (long take : new long[] {1000, 1000, 1000, -1000, 20, 20}) {
            Sql sql = levels.level(plan, Ir.args(Filter.TRUE, List.of(ir.asc("User", "id")), null, take), null);
            assertThat(sql.values()).isEmpty();
            assertThat(sql.text()).contains(" LIMIT " + Math.abs(take));
        }
        assertThat(levels.cache().size()).isEqualTo(3); // 1000, -1000 (reversed and wrapped) and 20
    }

    @Test
    void postgresKeyArraysShareOneStatementForAnyNumberOfKeys() {
        SchemaModel schema = FindFixture.schemaFor("postgresql");
        Ir ir = new Ir(schema);
        LevelSql levels = new LevelSql(schema, Dialects.forSchema(schema), "public");
        var authorId = ir.scalar("Post", "authorId");
        assertThat(levels.keyArray(authorId)).isTrue();
        LevelPlan plan = LevelPlan.build(schema, ir.model("Post"), ir.select("Post", "id"), List.of(authorId));
        String text = null;
        for (int n = 1; n <= 4; n++) {
            List<List<Object>> tuples = new java.util.ArrayList<>();
            List<Object> keys = new java.util.ArrayList<>();
            for (int k = 0; k < n; k++) {
                tuples.add(List.of(1000 + k));
                keys.add(1000 + k);
            }
            Sql sql = levels.level(plan, ReadArgs.NONE,
                    new dev.refract.engine.sql.read.LevelSpec.Link(List.of(authorId), tuples, null, List.of(authorId),
                            keys));
            assertThat(sql.text()).contains("\"authorId\" = ANY(?)");
            assertThat(sql.values()).containsExactly(keys);
            text = text == null ? sql.text() : text;
            assertThat(sql.text()).isEqualTo(text);
        }
        assertThat(levels.cache().size()).isEqualTo(1);
        // Not on SQLite, and not for types whose array would compare otherwise.
        SchemaModel lite = FindFixture.schemaFor("sqlite");
        assertThat(new LevelSql(lite, Dialects.forSchema(lite), null).keyArray(new Ir(lite).scalar("Post", "authorId")))
                .isFalse();
        assertThat(levels.keyArray(ir.scalar("User", "born"))).isFalse();
    }

    @Test
    void aQueryRepeatedWithTheSameValuesIsRenderedOnce() {
        for (int i = 0; i < 4; i++) {
            assertThat(render("same-a", "same-b").values()).containsExactly("same-b", "same-a");
        }
        assertThat(renders.get()).isEqualTo(1);
        // Other values still get their one check against a fresh rendering.
        assertThat(render("x", "y").values()).containsExactly("y", "x");
        assertThat(renders.get()).isEqualTo(2);
        assertThat(render("x2", "y2").values()).containsExactly("y2", "x2");
        assertThat(renders.get()).isEqualTo(2);
    }
}
