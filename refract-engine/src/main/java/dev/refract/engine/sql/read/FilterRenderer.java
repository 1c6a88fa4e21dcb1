package dev.refract.engine.sql.read;

import dev.refract.engine.ir.Filter;
import dev.refract.engine.sql.SqlWriter;
import dev.refract.model.Model;

/**
 * Renders a {@link Filter} as a SQL boolean expression over the columns of {@code alias}.
 * Relation filters become correlated EXISTS subqueries, so a filter never multiplies rows.
 *
 * <p>First cut: constants, AND/OR/NOT and scalar equality; the rest is being built.
 */
public final class FilterRenderer {
    private FilterRenderer() {
    }

    /**
     * Appends {@code filter} as a boolean expression.
     *
     * @param w the statement being built
     * @param model the model whose rows {@code alias} names
     * @param alias the table alias of that model in the statement
     * @param filter the filter
     */
    public static void render(SqlWriter w, Model model, String alias, Filter filter) {
        if (filter instanceof Filter.Const c) {
            w.append(c.value() ? "1=1" : "1=0");
        } else if (filter instanceof Filter.And and) {
            junction(w, model, alias, and.filters(), " AND ", "1=1");
        } else if (filter instanceof Filter.Or or) {
            junction(w, model, alias, or.filters(), " OR ", "1=0");
        } else if (filter instanceof Filter.Not not) {
            w.append("NOT (");
            junction(w, model, alias, not.filters(), " OR ", "1=0");
            w.append(')');
        } else if (filter instanceof Filter.Scalar s && s.op() == Filter.ScalarOp.EQUALS && !s.insensitive()) {
            w.column(alias, s.field());
            if (s.value() == null) {
                w.append(" IS NULL");
            } else {
                w.append(" = ").param(s.value(), s.field());
            }
        } else {
            throw new UnsupportedOperationException("filter not rendered yet: " + filter);
        }
    }

    private static void junction(SqlWriter w, Model model, String alias, java.util.List<Filter> filters, String op,
                                 String empty) {
        if (filters.isEmpty()) {
            w.append(empty);
            return;
        }
        w.append('(');
        for (int i = 0; i < filters.size(); i++) {
            if (i > 0) {
                w.append(op);
            }
            render(w, model, alias, filters.get(i));
        }
        w.append(')');
    }
}
