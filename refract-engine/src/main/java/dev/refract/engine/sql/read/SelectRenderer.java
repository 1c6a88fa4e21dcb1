package dev.refract.engine.sql.read;

import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.ReadArgs;
import dev.refract.engine.sql.Dialect;
import dev.refract.engine.sql.Sql;
import dev.refract.engine.sql.SqlWriter;
import dev.refract.model.Model;
import dev.refract.model.ScalarField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders one level's SELECT: columns, where, orderBy, pagination (skip, take, negative take,
 * cursor as a seek predicate), distinct, and the parent link with per-parent pagination.
 *
 * <p>Shapes, from simplest:
 * <ul>
 * <li><b>flat</b>: {@code SELECT cols FROM t AS t0 [LEFT JOIN ... t1] WHERE where [AND link]
 *     [AND seek] ORDER BY keys LIMIT ? OFFSET ?}.
 * <li><b>negative take</b>: the flat statement with every key reversed (the database reads from
 *     the end, with LIMIT), wrapped in {@code SELECT cols FROM (...) AS r ORDER BY} the user's order,
 *     so rows come back in the requested order and the caller reverses nothing.
 * <li><b>distinct</b>: PostgreSQL picks the first row per combination with
 *     {@code DISTINCT ON (d...) ... ORDER BY d..., keys}; SQLite with
 *     {@code ROW_NUMBER() OVER (PARTITION BY d... ORDER BY keys) = 1}. The outer SELECT restores the
 *     user's order and applies skip/take after distinct; the cursor applies before, as in Prisma.
 * <li><b>per-parent pagination</b> (a link with skip/take/distinct): {@code ROW_NUMBER() OVER
 *     (PARTITION BY link columns ORDER BY keys)} in a derived table, the outer SELECT keeping
 *     {@code skip < rn <= skip + |take|}, ordered by parent then the user's order.
 * </ul>
 * Inner layers carry the sort keys as hidden columns {@code __o0, __o1...} so that orders through
 * relations, counts and relevance survive the wrapping; the outermost SELECT returns exactly
 * {@code columns}. When paginated or distinct, the primary key (or first unique criterion) is
 * appended to the order unless it is already unique, as Prisma does.
 */
public final class SelectRenderer {
    private final Dialect dialect;
    private final String defaultSchema;

    public SelectRenderer(Dialect dialect, String defaultSchema) {
        this.dialect = dialect;
        this.defaultSchema = defaultSchema;
    }

    /** The alias of the level's table in its statement. */
    public static final String ALIAS = "t0";

    public Sql render(LevelSpec spec) {
        SqlWriter w = new SqlWriter(dialect, defaultSchema);
        new Plan(spec, w).write();
        return w.build();
    }

    /** One rendering: the decisions taken once, then the layers written outside in. */
    private final class Plan {
        private final LevelSpec spec;
        private final SqlWriter w;
        private final ReadSyntax syntax;
        private final OrderKeys order;
        private final OrderKeys cursorSide;
        private final List<OrderKeys.Key> keys;
        private final List<OrderKeys.Key> effective;
        private final Long limit;
        private final Long offset;
        private final boolean negative;
        private final boolean distinct;
        private final boolean perParent;
        /** Columns the inner layers carry, by column name: the requested ones, then partition columns. */
        private final List<ScalarField> carried = new ArrayList<>();
        private final List<ScalarField> partition = new ArrayList<>();

        Plan(LevelSpec spec, SqlWriter w) {
            this.spec = spec;
            this.w = w;
            this.syntax = ReadSyntax.of(dialect);
            ReadArgs a = spec.args();
            order = new OrderKeys(dialect.schema(), spec.model(), ALIAS, dialect.provider(), "t");
            order.add(a.orderBy(), syntax, w);
            distinct = !a.distinct().isEmpty();
            if (a.isPaginated() || distinct) {
                order.addTiebreak();
            }
            // The same keys over the cursor row, for the seek predicate's values.
            cursorSide = new OrderKeys(dialect.schema(), spec.model(), CursorSeek.CURSOR_ALIAS, dialect.provider(), "c");
            if (a.cursor() != null) {
                cursorSide.add(a.orderBy(), syntax, w);
                cursorSide.addTiebreak();
            }
            keys = List.copyOf(order.keys);
            negative = a.take() != null && a.take() < 0;
            effective = negative ? keys.stream().map(OrderKeys.Key::reversed).toList() : keys;
            // A non-negative take is bound as the very object the query holds, so that the statement
            // cache traces the parameter to its slot (a computed copy would make the shape uncacheable).
            limit = a.take() == null ? null : a.take() >= 0 ? a.take() : Long.valueOf(-a.take());
            offset = a.skip() == null || a.skip() == 0 ? null : a.skip();
            perParent = spec.link() != null && (a.skip() != null || a.take() != null || distinct);
            Map<String, ScalarField> byName = new LinkedHashMap<>();
            for (ScalarField f : spec.columns()) {
                byName.putIfAbsent(f.databaseName(), f);
            }
            if (perParent) {
                partition.addAll(spec.link().partitionColumns());
                for (ScalarField f : partition) {
                    byName.putIfAbsent(f.databaseName(), f);
                }
            }
            carried.addAll(byName.values());
        }

        void write() {
            if (!negative && !distinct && !perParent) {
                w.append("SELECT ");
                columns(null, spec.columns());
                fromWhere();
                orderBy(effective, null);
                syntax.limitOffset(w, limit, offset);
                return;
            }
            if (perParent) {
                w.append("SELECT ");
                columns("p", spec.columns());
                w.append(" FROM (");
                if (distinct) {
                    distinctLayer(true);
                } else {
                    base();
                }
                w.append(") AS ").ident("p").append(" WHERE ");
                if (offset == null && limit == null) {
                    w.append("1=1");
                } else {
                    w.ident("p").append('.').ident("__rn").append(" > ").param(offset == null ? 0L : offset, null);
                    if (limit != null) {
                        w.append(" AND ").ident("p").append('.').ident("__rn").append(" <= ")
                                .param((offset == null ? 0L : offset) + limit, null);
                    }
                }
                // Parent by parent, each in the user's order (for a negative take __rn counts from the end).
                w.append(" ORDER BY ");
                for (int i = 0; i < partition.size(); i++) {
                    w.append(i > 0 ? ", " : "").ident("p").append('.').ident(partition.get(i).databaseName());
                }
                if (!keys.isEmpty()) {
                    w.append(", ");
                    OrderKeys.writeOrder(w, keys, i -> x -> x.ident("p").append('.').ident("__o" + i));
                }
                return;
            }
            if (negative) {
                w.append("SELECT ");
                columns("r", spec.columns());
                w.append(" FROM (");
                if (distinct) {
                    distinctLayer(false);
                } else {
                    base();
                }
                w.append(") AS ").ident("r");
                orderBy(keys, "r");
                return;
            }
            distinctLayer(false);
        }

        /** The innermost SELECT over the table, carrying hidden sort keys. */
        private void base() {
            boolean distinctOn = distinct && syntax.distinctOn();
            w.append("SELECT ");
            if (distinctOn) {
                w.append("DISTINCT ON (");
                distinctColumns();
                w.append(") ");
            }
            columns(null, carried);
            for (int i = 0; i < keys.size(); i++) {
                w.append(", ");
                keys.get(i).expr().write(w);
                w.append(" AS ").ident("__o" + i);
            }
            if (distinct && !distinctOn) {
                w.append(", ROW_NUMBER() OVER (PARTITION BY ");
                distinctColumns();
                orderBy(effective, null);
                w.append(") AS ").ident("__dn");
            }
            if (perParent && !distinct) {
                w.append(", ");
                rowNumber(null);
            }
            fromWhere();
            if (distinctOn) {
                w.append(" ORDER BY ");
                distinctColumns();
                if (!effective.isEmpty()) {
                    w.append(", ");
                    OrderKeys.writeOrder(w, effective, i -> effective.get(i).expr());
                }
            } else if (!distinct && !perParent) {
                orderBy(effective, null);
                syntax.limitOffset(w, limit, offset);
            }
        }

        /** Keeps one row per distinct combination (per parent too), then pages unless per parent. */
        private void distinctLayer(boolean innerOfPerParent) {
            boolean last = !innerOfPerParent && !negative;
            w.append("SELECT ");
            if (last) {
                columns("d", spec.columns());
            } else {
                columns("d", carried);
                for (int i = 0; i < keys.size(); i++) {
                    w.append(", ").ident("d").append('.').ident("__o" + i);
                }
            }
            if (innerOfPerParent) {
                w.append(", ");
                rowNumber("d");
            }
            w.append(" FROM (");
            base();
            w.append(") AS ").ident("d");
            if (!syntax.distinctOn()) {
                w.append(" WHERE ").ident("d").append('.').ident("__dn").append(" = 1");
            }
            if (!innerOfPerParent) {
                orderBy(effective, "d");
                syntax.limitOffset(w, limit, offset);
            }
        }

        /** {@code ROW_NUMBER() OVER (PARTITION BY link ORDER BY keys) AS "__rn"}. */
        private void rowNumber(String source) {
            w.append("ROW_NUMBER() OVER (PARTITION BY ");
            for (int i = 0; i < partition.size(); i++) {
                w.append(i > 0 ? ", " : "");
                ref(source, partition.get(i));
            }
            orderBy(effective, source);
            w.append(") AS ").ident("__rn");
        }

        private void distinctColumns() {
            Map<String, ScalarField> cols = new LinkedHashMap<>();
            for (ScalarField f : perParent ? partition : List.<ScalarField>of()) {
                cols.putIfAbsent(f.databaseName(), f);
            }
            for (ScalarField f : spec.args().distinct()) {
                cols.putIfAbsent(f.databaseName(), f);
            }
            int i = 0;
            for (ScalarField f : cols.values()) {
                w.append(i++ > 0 ? ", " : "").column(ALIAS, f);
            }
        }

        private void ref(String source, ScalarField f) {
            if (source == null) {
                w.column(ALIAS, f);
            } else {
                w.ident(source).append('.').ident(f.databaseName());
            }
        }

        private void columns(String source, List<ScalarField> fields) {
            for (int i = 0; i < fields.size(); i++) {
                w.append(i > 0 ? ", " : "");
                ref(source, fields.get(i));
            }
        }

        /** {@code ORDER BY} the keys: their expressions at the base, their hidden columns above it. */
        private void orderBy(List<OrderKeys.Key> sortKeys, String source) {
            if (sortKeys.isEmpty()) {
                return;
            }
            w.append(" ORDER BY ");
            OrderKeys.writeOrder(w, sortKeys, i -> source == null ? sortKeys.get(i).expr()
                    : x -> x.ident(source).append('.').ident("__o" + i));
        }

        private void fromWhere() {
            Model model = spec.model();
            w.append(" FROM ").table(model).append(" AS ").ident(ALIAS);
            order.writeJoins(w);
            String glue = " WHERE ";
            if (!(spec.args().where() instanceof Filter.Const c && c.value())) {
                w.append(glue);
                FilterRenderer.render(w, model, ALIAS, spec.args().where());
                glue = " AND ";
            }
            if (spec.link() != null) {
                w.append(glue);
                link(spec.link());
                glue = " AND ";
            }
            if (spec.args().cursor() != null) {
                w.append(glue);
                CursorSeek.write(w, model, ALIAS, effective, cursorSide, spec.args().cursor(),
                        spec.link() == null ? List.of() : spec.link().partitionColumns());
            }
        }

        private void link(LevelSpec.Link link) {
            List<ScalarField> cols = link.childColumns();
            if (link.keys() != null && link.keys().isEmpty()) {
                w.append("1=0");
                return;
            }
            boolean single = cols.size() == 1;
            w.append(single ? "" : "(");
            for (int c = 0; c < cols.size(); c++) {
                w.append(c > 0 ? ", " : "").column(ALIAS, cols.get(c));
            }
            w.append(single ? "" : ")");
            if (link.keys() == null) {
                w.append(" IN (").embed(link.parentQuery()).append(')');
                return;
            }
            if (link.keyArray() != null) {
                // One array parameter: one statement text for any number of keys.
                w.append(" = ANY(").param(link.keyArray(), cols.get(0)).append(')');
                return;
            }
            // Several columns: a VALUES list, which SQLite accepts as a row-value IN source too.
            w.append(single ? " IN (" : " IN (VALUES ");
            for (int k = 0; k < link.keys().size(); k++) {
                w.append(k > 0 ? ", " : "");
                w.append(single ? "" : "(");
                for (int c = 0; c < cols.size(); c++) {
                    w.append(c > 0 ? ", " : "").param(link.keys().get(k).get(c), cols.get(c));
                }
                w.append(single ? "" : ")");
            }
            w.append(')');
        }
    }
}
