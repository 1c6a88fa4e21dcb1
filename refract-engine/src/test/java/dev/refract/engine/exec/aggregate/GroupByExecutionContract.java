package dev.refract.engine.exec.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.engine.events.QueryEvent;
import dev.refract.engine.events.QueryListener;
import dev.refract.engine.exec.StatementRunner;
import dev.refract.engine.ir.Aggregate;
import dev.refract.engine.ir.FieldRef;
import dev.refract.engine.ir.Aggregate.Function;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.Filter.ScalarOp;
import dev.refract.engine.ir.GroupByQuery;
import dev.refract.engine.ir.OrderBy;
import dev.refract.model.ScalarField;
import dev.refract.model.SortOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * groupBy on a real database, seeded by {@link AggregateFixture} (groups a: rows 1-2, b: 3-4,
 * c: 5; by role: USER 1, 3; ADMIN 2, 5; null 4). Subclasses name the database.
 */
abstract class GroupByExecutionContract extends SeededDatabase {
    /** The engine's statement runner on the same database (its connections, its events). */
    StatementRunner runner() {
        return engine().runner();
    }

    /** 1.10 + 2.20 as the dialect sums Decimals (SQLite: as doubles, noise included, as Prisma). */
    abstract String decimalSumOfGroupA();

    ScalarField f(String name) {
        return fixture().field(name);
    }

    Aggregate agg(Function function, String... fields) {
        return new Aggregate(function, Arrays.stream(fields).map(this::f).toList(), false, -1, false);
    }

    Aggregate countAll(String... fields) {
        return new Aggregate(Function.COUNT, Arrays.stream(fields).map(this::f).toList(), true, fields.length, false);
    }

    static Filter.Aggregated having(Function function, ScalarField field, ScalarOp op, Object value) {
        return new Filter.Aggregated(function, new Filter.Scalar(field, op, value, false));
    }

    static OrderBy asc(ScalarField field) {
        return new OrderBy.ByScalar(field, SortOrder.ASC);
    }

    static OrderBy desc(ScalarField field) {
        return new OrderBy.ByScalar(field, SortOrder.DESC);
    }

    List<Map<String, Object>> run(List<String> by, Filter where, Filter having, List<OrderBy> orderBy, Long skip,
                                  Long take, Object... selection) {
        List<Object> sel = new ArrayList<>();
        for (Object o : selection) {
            sel.add(o instanceof String s ? f(s) : o);
        }
        GroupByQuery q = new GroupByQuery(fixture().item, by.stream().map(this::f).toList(), where, having, orderBy,
                skip, take, sel);
        return fixture().groupBy().execute(connection(), q);
    }

    static List<Object> column(List<Map<String, Object>> rows, String key) {
        return rows.stream().map(r -> r.get(key)).toList();
    }

    @SuppressWarnings("unchecked")
    static Object nested(Map<String, Object> row, String key, String entry) {
        return ((Map<String, Object>) row.get(key)).get(entry);
    }

    @Test
    void recordsHoldTheSelectionInOrderWithTypedAggregates() {
        List<Map<String, Object>> rows = run(List.of("group"), null, null, List.of(asc(f("group"))), null, null,
                countAll("n"), "group", agg(Function.AVG, "f", "n"), agg(Function.SUM, "n", "d"),
                agg(Function.MIN, "at"), agg(Function.MAX, "d", "role"));
        assertThat(rows).hasSize(3);
        Map<String, Object> a = rows.get(0);
        assertThat(a.keySet()).containsExactly("_count", "group", "_avg", "_sum", "_min", "_max");
        assertThat(a.get("group")).isEqualTo("a");
        assertThat(a.get("_count")).isEqualTo(Map.of("n", 2, "_all", 2));
        assertThat(nested(a, "_avg", "f")).isEqualTo(2.0);
        assertThat(nested(a, "_avg", "n")).isEqualTo(1.5);
        assertThat(nested(a, "_sum", "n")).isEqualTo(3);
        assertThat(nested(a, "_sum", "d")).isEqualTo(new BigDecimal(decimalSumOfGroupA()));
        assertThat(nested(a, "_min", "at")).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(nested(a, "_max", "role")).isEqualTo("ADMIN");
        // Group b: row 4 is all nulls; row 3 has f null.
        Map<String, Object> b = rows.get(1);
        assertThat(b.get("_count")).isEqualTo(Map.of("n", 1, "_all", 2));
        assertThat(nested(b, "_avg", "f")).isEqualTo(4.0);
        assertThat(nested(b, "_avg", "n")).isEqualTo(3.0);
        assertThat((BigDecimal) nested(b, "_max", "d")).isEqualByComparingTo("3.3");
        assertThat(nested(rows.get(2), "_sum", "n")).isEqualTo(10);
    }

    @Test
    void groupsByANullableEnumIncludingTheNullGroup() {
        List<Map<String, Object>> rows = run(List.of("role"), null, null,
                List.of(new OrderBy.ByScalar(List.of(), f("role"), SortOrder.ASC, OrderBy.Nulls.FIRST)), null, null,
                "role", agg(Function.MIN, "name"));
        assertThat(column(rows, "role")).containsExactly(null, "USER", "ADMIN");
        assertThat(rows.get(0).get("_min")).isEqualTo(Map.of("name", "date"));
    }

    @Test
    void whereFiltersRowsBeforeGrouping() {
        List<Map<String, Object>> rows = run(List.of("role"), Filter.eq(f("group"), "a"), null,
                List.of(asc(f("role"))), null, null, "role", countAll());
        assertThat(column(rows, "role")).containsExactly("USER", "ADMIN");
        assertThat(column(rows, "_count")).containsExactly(Map.of("_all", 1), Map.of("_all", 1));
    }

    @Test
    void havingOnCountAndSum() {
        List<Map<String, Object>> many = run(List.of("group"), null,
                having(Function.COUNT, null, ScalarOp.GT, 1), List.of(asc(f("group"))), null, null, "group");
        assertThat(column(many, "group")).containsExactly("a", "b");

        List<Map<String, Object>> big = run(List.of("group"), null,
                having(Function.SUM, f("n"), ScalarOp.GTE, 10), List.of(), null, null, "group");
        assertThat(column(big, "group")).containsExactly("c");
    }

    @Test
    void havingCombinesAggregatesAndGroupedFieldsWithAndOrNot() {
        Filter or = new Filter.Or(List.of(Filter.eq(f("group"), "a"),
                having(Function.MAX, f("f"), ScalarOp.LT, 1.0)));
        assertThat(column(run(List.of("group"), null, or, List.of(asc(f("group"))), null, null, "group"), "group"))
                .containsExactly("a", "c");

        Filter not = new Filter.Not(List.of(Filter.eq(f("group"), "a")));
        Filter and = new Filter.And(List.of(not, having(Function.COUNT, f("n"), ScalarOp.EQUALS, 1)));
        assertThat(column(run(List.of("group"), null, and, List.of(asc(f("group"))), null, null, "group"), "group"))
                .containsExactly("b", "c");
    }

    @Test
    void havingOnAverageMinAndMaxOfEveryType() {
        List<OrderBy> byRole = List.of(asc(f("role")));
        // USER: d 1.10, 3.30 (avg 2.2); ADMIN: 2.20, 10.00 (avg 6.1); null group: no d.
        assertThat(column(run(List.of("role"), null, having(Function.AVG, f("d"), ScalarOp.GT, new BigDecimal("5")),
                byRole, null, null, "role"), "role")).containsExactly("ADMIN");
        assertThat(column(run(List.of("role"), null, having(Function.AVG, f("n"), ScalarOp.IN, List.of(2, 6)),
                byRole, null, null, "role"), "role")).containsExactly("USER", "ADMIN");
        assertThat(column(run(List.of("role"), null, having(Function.MAX, f("at"), ScalarOp.GT,
                Instant.parse("2024-02-15T00:00:00Z")), byRole, null, null, "role"), "role")).containsExactly("USER");
        assertThat(column(run(List.of("role"), null, having(Function.MIN, f("name"), ScalarOp.STARTS_WITH, "b"),
                byRole, null, null, "role"), "role")).containsExactly("ADMIN");
        assertThat(column(run(List.of("group"), null, having(Function.MIN, f("role"), ScalarOp.EQUALS, "ADMIN"),
                List.of(asc(f("group"))), null, null, "group"), "group")).containsExactly("c");
        assertThat(column(run(List.of("group"), null, having(Function.MAX, f("d"), ScalarOp.EQUALS, null),
                List.of(), null, null, "group"), "group")).isEmpty();
        assertThat(column(run(List.of("group"), null, having(Function.SUM, f("d"), ScalarOp.LTE,
                new BigDecimal("3.31")), List.of(asc(f("group"))), null, null, "group"), "group"))
                .containsExactly("a", "b");
    }

    @Test
    void havingComparesAnAggregateWithAGroupedField() {
        // One row per n; COUNT(*) = 1 < n for n = 2, 3, 10.
        Filter.Aggregated lt = having(Function.COUNT, null, ScalarOp.LT, new FieldRef(f("n")));
        assertThat(column(run(List.of("n"), null, lt, List.of(asc(f("n"))), null, null, "n"), "n"))
                .containsExactly(2, 3, 10);
    }

    @Test
    void havingInsensitiveComparesLowerCase() {
        Filter eq = new Filter.Aggregated(Function.MIN, new Filter.Scalar(f("name"), ScalarOp.EQUALS, "APPLE", true));
        assertThat(column(run(List.of("group"), null, eq, List.of(), null, null, "group"), "group"))
                .containsExactly("a");
        Filter like = new Filter.Aggregated(Function.MAX,
                new Filter.Scalar(f("name"), ScalarOp.CONTAINS, "E", true));
        assertThat(column(run(List.of("group"), null, like, List.of(), null, null, "group"), "group"))
                .containsExactlyInAnyOrder("b", "c");
    }

    @Test
    void ordersByAggregatesThenFields() {
        List<Map<String, Object>> rows = run(List.of("group"), null, null,
                List.of(new OrderBy.ByAggregate(Function.SUM, f("n"), SortOrder.DESC), asc(f("group"))), null, null,
                "group", agg(Function.SUM, "n"));
        assertThat(column(rows, "group")).containsExactly("c", "a", "b");

        List<Map<String, Object>> byCount = run(List.of("group"), null, null,
                List.of(new OrderBy.ByAggregate(Function.COUNT, null, SortOrder.ASC), desc(f("group"))), null, null,
                "group");
        assertThat(column(byCount, "group")).containsExactly("c", "b", "a");
    }

    @Test
    void skipAndTakePageTheGroups() {
        List<OrderBy> order = List.of(asc(f("group")));
        assertThat(column(run(List.of("group"), null, null, order, 1L, 1L, "group"), "group")).containsExactly("b");
        assertThat(column(run(List.of("group"), null, null, order, 1L, null, "group"), "group"))
                .containsExactly("b", "c");
        assertThat(column(run(List.of("group"), null, null, order, null, 2L, "group"), "group"))
                .containsExactly("a", "b");
    }

    @Test
    void negativeTakeTakesTheLastGroupsInOrder() {
        List<OrderBy> order = List.of(asc(f("group")));
        assertThat(column(run(List.of("group"), null, null, order, null, -2L, "group"), "group"))
                .containsExactly("b", "c");
        assertThat(column(run(List.of("group"), null, null, order, 1L, -1L, "group"), "group"))
                .containsExactly("b");
    }

    @Test
    void groupsBySeveralFields() {
        List<Map<String, Object>> rows = run(List.of("group", "flag"), null, null,
                List.of(asc(f("group")), asc(f("flag"))), null, null, "group", "flag", countAll());
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0)).containsExactly(Map.entry("group", "a"), Map.entry("flag", false),
                Map.entry("_count", Map.of("_all", 1)));
    }

    @Test
    void throughTheEnginesRunnerEachGroupByIsOneStatementEvent() {
        List<QueryEvent> events = new ArrayList<>();
        QueryListener listener = events::add;
        runner().addListener(listener);
        try {
            GroupByQuery q = new GroupByQuery(fixture().item, List.of(f("group")), null,
                    having(Function.COUNT, null, ScalarOp.GT, 1), List.of(asc(f("group"))), null, null,
                    List.of(f("group"), agg(Function.SUM, "n"), countAll()));
            List<Map<String, Object>> rows = new GroupByExecutor(fixture().dialect, fixture().defaultSchema, runner())
                    .execute(connection(), q);
            assertThat(rows).containsExactly(
                    Map.of("group", "a", "_sum", Map.of("n", 3), "_count", Map.of("_all", 2)),
                    Map.of("group", "b", "_sum", Map.of("n", 3), "_count", Map.of("_all", 2)));
            assertThat(events).hasSize(1);
            assertThat(events.get(0).request()).isSameAs(q);
            assertThat(events.get(0).rows()).isEqualTo(2);
        } finally {
            runner().removeListener(listener);
        }
    }

    @Test
    void noMatchingRowsGiveNoGroups() {
        assertThat(run(List.of("group"), Filter.eq(f("group"), "none"), null, List.of(), null, null, "group",
                countAll())).isEmpty();
    }
}
