package dev.refract.engine.exec.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.refract.engine.ir.Aggregate;
import dev.refract.engine.ir.Aggregate.Function;
import dev.refract.engine.ir.AggregateQuery;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.OrderBy;
import dev.refract.engine.ir.ReadArgs;
import dev.refract.model.ScalarField;
import dev.refract.model.SortOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * aggregate on a real database, seeded by {@link AggregateFixture}: exact values and Java types.
 * Subclasses name the database.
 */
abstract class AggregateExecutionContract extends SeededDatabase {
    ScalarField f(String name) {
        return fixture().field(name);
    }

    Aggregate agg(Function function, String... fields) {
        return new Aggregate(function, Arrays.stream(fields).map(this::f).toList(), false, -1, false);
    }

    Aggregate count(int allPosition, String... fields) {
        return new Aggregate(Function.COUNT, Arrays.stream(fields).map(this::f).toList(), allPosition >= 0,
                allPosition, false);
    }

    Map<String, Object> run(ReadArgs args, Aggregate... aggregates) {
        return fixture().aggregates().execute(connection(), new AggregateQuery(fixture().item, args, List.of(aggregates)));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> obj(Map<String, Object> result, String key) {
        return (Map<String, Object>) result.get(key);
    }

    static void assertDecimal(Object actual, String expected) {
        assertThat(actual).isInstanceOf(BigDecimal.class);
        assertThat((BigDecimal) actual).isEqualByComparingTo(expected);
    }

    @Test
    void countsAllAndPerFieldWithAllWhereAsked() {
        Map<String, Object> r = run(ReadArgs.NONE, count(1, "name", "n", "f", "d", "at", "role"));
        assertThat(r).containsOnlyKeys("_count");
        assertThat(obj(r, "_count")).containsExactly(Map.entry("name", 5), Map.entry("_all", 5), Map.entry("n", 4),
                Map.entry("f", 4), Map.entry("d", 4), Map.entry("at", 4), Map.entry("role", 4));
    }

    @Test
    void bareCountIsJustAll() {
        Map<String, Object> r = run(ReadArgs.where(Filter.eq(f("group"), "a")),
                new Aggregate(Function.COUNT, List.of(), true, 0, true));
        assertThat(r).isEqualTo(Map.of("_count", Map.of("_all", 2)));
        assertThat(obj(r, "_count").get("_all")).isInstanceOf(Integer.class);
    }

    @Test
    void averagesAreDoublesExceptDecimal() {
        Map<String, Object> avg = obj(run(ReadArgs.NONE, agg(Function.AVG, "n", "big", "f", "d")), "_avg");
        assertThat(avg.keySet()).containsExactly("n", "big", "f", "d");
        assertThat(avg.get("n")).isEqualTo(4.0);
        assertThat(avg.get("big")).isEqualTo(2250000015.0);
        assertThat(avg.get("f")).isEqualTo(2.0625);
        assertDecimal(avg.get("d"), "4.15");
        assertThat(((BigDecimal) avg.get("d")).scale()).isEqualTo(2);
    }

    @Test
    void sumsKeepTheFieldsType() {
        Map<String, Object> sum = obj(run(ReadArgs.NONE, agg(Function.SUM, "n", "big", "f", "d")), "_sum");
        assertThat(sum.get("n")).isEqualTo(16);
        assertThat(sum.get("big")).isEqualTo(9000000060L);
        assertThat(sum.get("f")).isEqualTo(8.25);
        assertThat(sum.get("d")).isInstanceOf(BigDecimal.class);
        assertThat(((BigDecimal) sum.get("d")).doubleValue()).isEqualTo(16.6);
    }

    @Test
    void minAndMaxKeepTheFieldsType() {
        Map<String, Object> r = run(ReadArgs.NONE,
                agg(Function.MIN, "name", "n", "big", "f", "d", "at", "role", "flag"),
                agg(Function.MAX, "name", "n", "big", "f", "d", "at", "role", "flag"));
        assertThat(r.keySet()).containsExactly("_min", "_max");
        Map<String, Object> min = obj(r, "_min");
        Map<String, Object> max = obj(r, "_max");
        assertThat(min.get("name")).isEqualTo("apple");
        assertThat(max.get("name")).isEqualTo("elder");
        assertThat(min.get("n")).isEqualTo(1);
        assertThat(max.get("n")).isEqualTo(10);
        assertThat(min.get("big")).isEqualTo(10L);
        assertThat(max.get("big")).isEqualTo(9000000000L);
        assertThat(min.get("f")).isEqualTo(0.25);
        assertThat(max.get("f")).isEqualTo(4.0);
        assertDecimal(min.get("d"), "1.1");
        assertDecimal(max.get("d"), "10");
        assertThat(min.get("at")).isEqualTo(Instant.parse("2023-12-31T23:59:59.999Z"));
        assertThat(max.get("at")).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
        assertThat(min.get("role")).isEqualTo("USER");
        assertThat(max.get("role")).isEqualTo("ADMIN");
        assertThat(min.get("flag")).isEqualTo(false);
        assertThat(max.get("flag")).isEqualTo(true);
    }

    @Test
    void noRowsGiveZeroCountsAndNulls() {
        Map<String, Object> r = run(ReadArgs.where(Filter.eq(f("group"), "none")), count(0, "n"),
                agg(Function.AVG, "n", "d"), agg(Function.SUM, "n", "big", "f", "d"), agg(Function.MIN, "at", "name"),
                agg(Function.MAX, "role", "flag"));
        assertThat(obj(r, "_count")).containsExactly(Map.entry("_all", 0), Map.entry("n", 0));
        assertThat(obj(r, "_avg")).containsOnlyKeys("n", "d").containsValues((Object) null);
        assertThat(obj(r, "_sum").values()).containsOnlyNulls().hasSize(4);
        assertThat(obj(r, "_min").values()).containsOnlyNulls().hasSize(2);
        assertThat(obj(r, "_max").values()).containsOnlyNulls().hasSize(2);
    }

    @Test
    void whereAppliesBeforeAggregating() {
        Map<String, Object> r = run(ReadArgs.where(Filter.eq(f("group"), "b")), count(0, "n", "f"),
                agg(Function.SUM, "f"));
        assertThat(obj(r, "_count")).containsExactly(Map.entry("_all", 2), Map.entry("n", 1), Map.entry("f", 1));
        assertThat(obj(r, "_sum").get("f")).isEqualTo(4.0);
    }

    @Test
    void takeAndSkipApplyBeforeAggregating() {
        // By id desc: 5, 4, 3, 2, 1; skip 1 take 2 picks 4 and 3.
        ReadArgs args = new ReadArgs(Filter.TRUE, List.of(new OrderBy.ByScalar(f("id"), SortOrder.DESC)), null, 1L,
                2L, List.of(), null);
        assumePaginates(args);
        Map<String, Object> r = run(args, count(0), agg(Function.SUM, "n"), agg(Function.MAX, "name"));
        assertThat(obj(r, "_count")).containsExactly(Map.entry("_all", 2));
        assertThat(obj(r, "_sum").get("n")).isEqualTo(3);
        assertThat(obj(r, "_max").get("name")).isEqualTo("date");
    }

    @Test
    void takeWithoutOrderPagesByPrimaryKey() {
        ReadArgs args = new ReadArgs(Filter.TRUE, List.of(), null, null, 3L, List.of(), null);
        assumePaginates(args);
        Map<String, Object> r = run(args, agg(Function.SUM, "n"));
        assertThat(obj(r, "_sum").get("n")).isEqualTo(6);
    }

    @Test
    void negativeTakeAggregatesTheLastRecords() {
        // By id: the last two are 4 (n null) and 5 (n 10).
        ReadArgs args = new ReadArgs(Filter.TRUE, List.of(new OrderBy.ByScalar(f("id"), SortOrder.ASC)), null, null,
                -2L, List.of(), null);
        Map<String, Object> r = run(args, count(0, "n"), agg(Function.SUM, "n"));
        assertThat(obj(r, "_count")).containsExactly(Map.entry("_all", 2), Map.entry("n", 1));
        assertThat(obj(r, "_sum").get("n")).isEqualTo(10);
    }

    private void assumePaginates(ReadArgs args) {
        String sql = fixture().aggregates().render(new AggregateQuery(fixture().item, args, List.of(count(0)))).text();
        assumeTrue(sql.contains("LIMIT"), "SelectRenderer does not paginate yet (helper readsql): " + sql);
    }
}
