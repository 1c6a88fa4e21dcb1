package dev.refract.engine.sql.read;

import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.OrderBy;
import dev.refract.engine.sql.Capability;
import dev.refract.engine.sql.SqlWriter;
import dev.refract.model.Model;
import dev.refract.model.ScalarField;
import dev.refract.model.SortOrder;
import java.util.List;

/**
 * Prisma's cursor as a seek predicate: the rows at or after the cursor row in the (effective) sort
 * order. The cursor row's sort values come from scalar subqueries on the cursor's unique filter, so
 * the database reads them itself; a cursor that matches no row yields NULLs and so no rows, which is
 * Prisma's "cursor not found: empty result".
 *
 * <p>When every key has the same direction and cannot be NULL the predicate is one row comparison,
 * {@code (a, id) >= (SELECT a, id ...)} (or {@code <=} for DESC), which PostgreSQL and SQLite
 * answer with an index range scan either way. Mixed directions and nullable keys expand to
 * {@code a > x OR (a = x AND (...))}, with explicit NULL placement, guarded by an EXISTS on the
 * cursor row so that NULL cursor values are not mistaken for a missing cursor; a non-null first key
 * also gets the redundant bound {@code a >= x} ({@code <=} for DESC), which the database can seek
 * by. Prisma's implicit tiebreak is the primary key ascending, so {@code orderBy: {views: desc}}
 * with a cursor is mixed ({@code views DESC, id ASC}): that bound is what keeps it an index range
 * scan (plus an incremental sort within equal views) instead of a filter over every earlier row.
 *
 * <p>Keys that are not the model's own columns (a to-one relation's column, a relation count,
 * relevance) take the cursor row's value from the same expression evaluated on the cursor row:
 * {@code (SELECT <expr> FROM t AS c0 LEFT JOIN ... c1 WHERE <cursor>)}.
 */
final class CursorSeek {
    static final String CURSOR_ALIAS = "c0";

    private CursorSeek() {
    }

    /**
     * Appends the seek predicate.
     *
     * @param partition for a nested level, the columns naming the parent: the cursor row must be a
     *     child of the same parent (Prisma: a parent whose children do not include the cursor gets
     *     none); empty at the top level
     */
    static void write(SqlWriter w, Model model, String alias, List<OrderKeys.Key> keys, OrderKeys cursorSide,
                      Filter cursor, List<ScalarField> partition) {
        Scope scope = new Scope(model, alias, cursor, partition, cursorSide);
        if (keys.isEmpty()) {
            // No order at all (a model without keys): the cursor only has to exist.
            exists(w, scope);
            return;
        }
        boolean sameDirection = keys.stream().allMatch(k -> k.direction() == keys.get(0).direction());
        boolean nullable = keys.stream().anyMatch(OrderKeys.Key::nullable);
        boolean own = keys.stream().allMatch(k -> k.ownField() != null);
        if (own && sameDirection && !nullable && (keys.size() == 1 || w.dialect().has(Capability.ROW_VALUES))) {
            boolean asc = keys.get(0).direction() == SortOrder.ASC;
            w.append(keys.size() > 1 ? "(" : "");
            for (int i = 0; i < keys.size(); i++) {
                w.append(i > 0 ? ", " : "").column(alias, keys.get(i).ownField());
            }
            w.append(keys.size() > 1 ? ")" : "").append(asc ? " >= (SELECT " : " <= (SELECT ");
            for (int i = 0; i < keys.size(); i++) {
                w.append(i > 0 ? ", " : "").column(CURSOR_ALIAS, keys.get(i).ownField());
            }
            from(w, scope);
            w.append(')');
            return;
        }
        w.append('(');
        if (nullable) {
            exists(w, scope);
            w.append(" AND ");
        }
        OrderKeys.Key first = keys.get(0);
        if (!first.nullable()) {
            // Redundant but sargable: every row at or after the cursor is on this side of the cursor's
            // first key, so the database seeks the index there instead of filtering from its start.
            first.expr().write(w);
            w.append(first.direction() == SortOrder.ASC ? " >= " : " <= ");
            value(w, scope, 0);
            w.append(" AND ");
        }
        expand(w, scope, keys, 0);
        w.append(')');
    }

    /** after(k) OR (equal(k) AND rest), ending with after OR equal: the cursor row is included. */
    private static void expand(SqlWriter w, Scope scope, List<OrderKeys.Key> keys, int i) {
        OrderKeys.Key k = keys.get(i);
        w.append('(');
        after(w, scope, k, i);
        w.append(" OR ");
        if (i == keys.size() - 1) {
            equal(w, scope, k, i);
        } else {
            w.append('(');
            equal(w, scope, k, i);
            w.append(" AND ");
            expand(w, scope, keys, i + 1);
            w.append(')');
        }
        w.append(')');
    }

    private static void after(SqlWriter w, Scope scope, OrderKeys.Key k, int i) {
        k.expr().write(w);
        w.append(k.direction() == SortOrder.ASC ? " > " : " < ");
        value(w, scope, i);
        if (!k.nullable()) {
            return;
        }
        boolean nullsLast = nullsLast(w, k);
        // NULLs sort as one value at one end: they come after every value when last, before when first.
        w.append(" OR (");
        k.expr().write(w);
        w.append(nullsLast ? " IS NULL AND " : " IS NOT NULL AND ");
        value(w, scope, i);
        w.append(nullsLast ? " IS NOT NULL)" : " IS NULL)");
    }

    private static void equal(SqlWriter w, Scope scope, OrderKeys.Key k, int i) {
        if (!k.nullable()) {
            k.expr().write(w);
            w.append(" = ");
            value(w, scope, i);
            return;
        }
        w.append('(');
        k.expr().write(w);
        w.append(" = ");
        value(w, scope, i);
        w.append(" OR (");
        k.expr().write(w);
        w.append(" IS NULL AND ");
        value(w, scope, i);
        w.append(" IS NULL))");
    }

    /** Where NULLs of this key go: explicit, else the database's default (PostgreSQL: NULLs are largest). */
    static boolean nullsLast(SqlWriter w, OrderKeys.Key k) {
        if (k.nulls() != null) {
            return k.nulls() == OrderBy.Nulls.LAST;
        }
        boolean nullsLargest = "postgresql".equals(w.dialect().provider());
        return (k.direction() == SortOrder.ASC) == nullsLargest;
    }

    /** What every cursor subquery needs. */
    private record Scope(Model model, String alias, Filter cursor, List<ScalarField> partition,
                         OrderKeys cursorSide) {
    }

    /** The cursor row's value of key {@code i}: the key's expression over the cursor row. */
    private static void value(SqlWriter w, Scope scope, int i) {
        OrderKeys.Key k = scope.cursorSide().keys.get(i);
        w.append("(SELECT ");
        k.expr().write(w);
        from(w, scope);
        w.append(')');
    }

    private static void from(SqlWriter w, Scope scope) {
        w.append(" FROM ").table(scope.model()).append(" AS ").ident(CURSOR_ALIAS);
        scope.cursorSide().writeJoins(w);
        w.append(" WHERE ");
        FilterRenderer.render(w, scope.model(), CURSOR_ALIAS, scope.cursor());
        for (ScalarField f : scope.partition()) {
            w.append(" AND ").column(CURSOR_ALIAS, f).append(" = ").column(scope.alias(), f);
        }
    }

    private static void exists(SqlWriter w, Scope scope) {
        w.append("EXISTS (SELECT 1 FROM ").table(scope.model()).append(" AS ").ident(CURSOR_ALIAS).append(" WHERE ");
        FilterRenderer.render(w, scope.model(), CURSOR_ALIAS, scope.cursor());
        for (ScalarField f : scope.partition()) {
            w.append(" AND ").column(CURSOR_ALIAS, f).append(" = ").column(scope.alias(), f);
        }
        w.append(')');
    }
}
