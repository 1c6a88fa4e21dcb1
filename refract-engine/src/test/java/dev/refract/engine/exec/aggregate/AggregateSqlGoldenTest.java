package dev.refract.engine.exec.aggregate;

import dev.refract.engine.ir.Aggregate;
import dev.refract.engine.ir.Aggregate.Function;
import dev.refract.engine.ir.AggregateQuery;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.Filter.ScalarOp;
import dev.refract.engine.ir.GroupByQuery;
import dev.refract.engine.ir.OrderBy;
import dev.refract.engine.ir.ReadArgs;
import dev.refract.engine.sql.Sql;
import dev.refract.model.ScalarField;
import dev.refract.model.SortOrder;
import dev.refract.testing.Golden;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The SQL of each aggregate and groupBy shape on PostgreSQL and SQLite, pinned in
 * {@code golden/sql/aggregate/<shape>.sql} (rewrite with {@code -Drefract.golden.update=true}).
 * The inner SELECT of aggregate is {@code SelectRenderer}'s: its changes show here too.
 */
class AggregateSqlGoldenTest {
    private static final List<AggregateFixture> FIXTURES =
            List.of(new AggregateFixture("postgresql"), new AggregateFixture("sqlite"));

    private static Aggregate agg(AggregateFixture x, Aggregate.Function function, String... fields) {
        return new Aggregate(function, Arrays.stream(fields).map(x::field).toList(), false, -1, false);
    }

    private static Aggregate count(AggregateFixture x, int allPosition, String... fields) {
        return new Aggregate(Aggregate.Function.COUNT, Arrays.stream(fields).map(x::field).toList(), allPosition >= 0,
                allPosition, false);
    }

    private static void golden(String shape, java.util.function.Function<AggregateFixture, Sql> render) {
        StringBuilder out = new StringBuilder();
        for (AggregateFixture x : FIXTURES) {
            Sql sql = render.apply(x);
            out.append("-- ").append(x.dialect.provider()).append('\n').append(sql.text()).append('\n')
                    .append("-- params: ").append(sql.values()).append("\n\n");
        }
        Golden.assertMatches("golden/sql/aggregate/" + shape + ".sql", out.toString());
    }

    private static void aggregate(String shape, java.util.function.Function<AggregateFixture, ReadArgs> args,
                                  java.util.function.Function<AggregateFixture, List<Aggregate>> aggregates) {
        golden(shape, x -> x.aggregates().render(new AggregateQuery(x.item, args.apply(x), aggregates.apply(x))));
    }

    private static void groupBy(String shape, java.util.function.Function<AggregateFixture, GroupByQuery> query) {
        golden(shape, x -> x.groupBy().render(query.apply(x)));
    }

    private static List<ScalarField> fields(AggregateFixture x, String... names) {
        return Arrays.stream(names).map(x::field).toList();
    }

    private static List<Object> selection(AggregateFixture x, Object... items) {
        List<Object> out = new ArrayList<>();
        for (Object o : items) {
            out.add(o instanceof String s ? x.field(s) : o);
        }
        return out;
    }

    private static Filter.Aggregated having(Aggregate.Function function, ScalarField field, ScalarOp op, Object v) {
        return new Filter.Aggregated(function, new Filter.Scalar(field, op, v, false));
    }

    @Test
    void countBare() {
        aggregate("count-bare", x -> ReadArgs.where(Filter.eq(x.field("group"), "a")),
                x -> List.of(new Aggregate(Function.COUNT, List.of(), true, 0, true)));
    }

    @Test
    void countFieldsWithAll() {
        aggregate("count-fields-with-all", x -> ReadArgs.NONE, x -> List.of(count(x, 1, "name", "n", "role")));
    }

    @Test
    void everyFunction() {
        aggregate("every-function", x -> ReadArgs.NONE, x -> List.of(count(x, 0, "d"),
                agg(x, Function.AVG, "n", "big", "f", "d"), agg(x, Function.SUM, "n", "big", "f", "d"),
                agg(x, Function.MIN, "name", "at", "role", "flag"), agg(x, Function.MAX, "name", "at", "role", "flag")));
    }

    @Test
    void paginatedAggregate() {
        aggregate("paginated", x -> new ReadArgs(Filter.eq(x.field("group"), "b"),
                        List.of(new OrderBy.ByScalar(x.field("name"), SortOrder.DESC)), null, 1L, 2L, List.of(), null),
                x -> List.of(count(x, 0), agg(x, Function.SUM, "n")));
    }

    @Test
    void orderWithoutPageIsDropped() {
        aggregate("order-without-page", x -> ReadArgs.NONE.withOrderBy(
                List.of(new OrderBy.ByScalar(x.field("name"), SortOrder.DESC))), x -> List.of(agg(x, Function.MAX, "n")));
    }

    @Test
    void groupBySelectionInOrder() {
        groupBy("group-by-selection", x -> new GroupByQuery(x.item, fields(x, "group"), null, null, List.of(), null,
                null, selection(x, count(x, 1, "n"), "group", agg(x, Function.AVG, "f"), agg(x, Function.MAX, "flag"))));
    }

    @Test
    void groupByWhereAndHaving() {
        groupBy("group-by-having", x -> {
            Filter having = new Filter.And(List.of(
                    new Filter.Or(List.of(Filter.eq(x.field("group"), "a"),
                            having(Function.COUNT, null, ScalarOp.GT, 1))),
                    new Filter.Not(List.of(having(Function.AVG, x.field("d"), ScalarOp.IN,
                            List.of(new BigDecimal("1.5"), new BigDecimal("2"))))),
                    having(Function.MIN, x.field("name"), ScalarOp.STARTS_WITH, "b"),
                    having(Function.MAX, x.field("at"), ScalarOp.LTE, Instant.parse("2024-02-15T00:00:00Z")),
                    having(Function.MIN, x.field("role"), ScalarOp.EQUALS, "ADMIN"),
                    having(Function.SUM, x.field("n"), ScalarOp.NOT_EQUALS, null)));
            return new GroupByQuery(x.item, fields(x, "group", "role"), Filter.eq(x.field("flag"), true), having,
                    List.of(), null, null, selection(x, "group", "role"));
        });
    }

    @Test
    void groupByHavingInsensitive() {
        groupBy("group-by-having-insensitive", x -> new GroupByQuery(x.item, fields(x, "group"), null,
                new Filter.Or(List.of(
                        new Filter.Aggregated(Function.MIN, new Filter.Scalar(x.field("name"), ScalarOp.EQUALS, "A", true)),
                        new Filter.Aggregated(Function.MAX,
                                new Filter.Scalar(x.field("name"), ScalarOp.NOT_CONTAINS, "b", true)))),
                List.of(), null, null, selection(x, "group")));
    }

    @Test
    void groupByOrderedByAggregatesAndPaged() {
        groupBy("group-by-order-paged", x -> new GroupByQuery(x.item, fields(x, "role"), null, null, List.of(
                new OrderBy.ByAggregate(Function.COUNT, null, SortOrder.DESC),
                new OrderBy.ByAggregate(Function.MIN, x.field("flag"), SortOrder.ASC),
                new OrderBy.ByScalar(List.of(), x.field("role"), SortOrder.ASC, OrderBy.Nulls.LAST)),
                1L, 2L, selection(x, "role", agg(x, Function.SUM, "big"))));
    }

    @Test
    void groupBySkipOnly() {
        groupBy("group-by-skip-only", x -> new GroupByQuery(x.item, fields(x, "group"), null, null,
                List.of(new OrderBy.ByScalar(x.field("group"), SortOrder.ASC)), 2L, null, selection(x, "group")));
    }

    @Test
    void groupByNegativeTake() {
        groupBy("group-by-negative-take", x -> new GroupByQuery(x.item, fields(x, "group", "n"), null, null, List.of(
                new OrderBy.ByScalar(x.field("group"), SortOrder.ASC),
                new OrderBy.ByScalar(List.of(), x.field("n"), SortOrder.DESC, OrderBy.Nulls.FIRST)), null, -2L,
                selection(x, "group")));
    }
}
