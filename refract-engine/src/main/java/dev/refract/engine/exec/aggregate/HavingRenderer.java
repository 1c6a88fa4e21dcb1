package dev.refract.engine.exec.aggregate;

import dev.refract.engine.ir.Aggregate;
import dev.refract.engine.ir.FieldRef;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.sql.SqlWriter;
import dev.refract.engine.sql.read.FilterRenderer;
import dev.refract.model.Model;
import dev.refract.model.ScalarField;
import java.math.BigDecimal;
import java.util.List;

/**
 * Renders groupBy's {@code having}: AND/OR/NOT as {@link FilterRenderer} does, conditions on
 * grouped fields by {@link FilterRenderer} itself, and conditions on aggregates
 * ({@link Filter.Aggregated}) here, as comparisons of the aggregate expression.
 */
final class HavingRenderer {
    private HavingRenderer() {
    }

    static void render(SqlWriter w, Model model, String alias, Filter filter) {
        if (filter instanceof Filter.And and) {
            junction(w, model, alias, and.filters(), " AND ", "1=1");
        } else if (filter instanceof Filter.Or or) {
            junction(w, model, alias, or.filters(), " OR ", "1=0");
        } else if (filter instanceof Filter.Not not) {
            w.append("NOT (");
            junction(w, model, alias, not.filters(), " OR ", "1=0");
            w.append(')');
        } else if (filter instanceof Filter.Aggregated a) {
            aggregated(w, alias, a);
        } else {
            FilterRenderer.render(w, model, alias, filter);
        }
    }

    private static void junction(SqlWriter w, Model model, String alias, List<Filter> filters, String op,
                                 String empty) {
        if (filters.isEmpty()) {
            w.append(empty);
            return;
        }
        if (filters.size() == 1) {
            // One operand needs no parentheses of its own: a nested AND/OR brings its own.
            render(w, model, alias, filters.get(0));
            return;
        }
        w.append('(');
        for (int i = 0; i < filters.size(); i++) {
            w.append(i > 0 ? op : "");
            render(w, model, alias, filters.get(i));
        }
        w.append(')');
    }

    private static void aggregated(SqlWriter w, String alias, Filter.Aggregated a) {
        Filter.Scalar c = a.condition();
        ScalarField field = c.field();
        Object value = c.value();
        boolean lower = c.insensitive() && !isLike(c.op());
        switch (c.op()) {
            case EQUALS, NOT_EQUALS -> {
                boolean eq = c.op() == Filter.ScalarOp.EQUALS;
                if (value == null) {
                    expression(w, alias, a, false).append(eq ? " IS NULL" : " IS NOT NULL");
                } else {
                    expression(w, alias, a, lower).append(eq ? " = " : " <> ");
                    param(w, alias, a, value, lower);
                }
            }
            case LT, LTE, GT, GTE -> {
                expression(w, alias, a, lower).append(switch (c.op()) {
                    case LT -> " < ";
                    case LTE -> " <= ";
                    case GT -> " > ";
                    default -> " >= ";
                });
                param(w, alias, a, value, lower);
            }
            case IN, NOT_IN -> {
                List<?> values = (List<?>) value;
                if (values.isEmpty()) {
                    w.append(c.op() == Filter.ScalarOp.IN ? "1=0" : "1=1");
                    return;
                }
                expression(w, alias, a, lower).append(c.op() == Filter.ScalarOp.IN ? " IN (" : " NOT IN (");
                for (int i = 0; i < values.size(); i++) {
                    w.append(i > 0 ? ", " : "");
                    param(w, alias, a, values.get(i), lower);
                }
                w.append(')');
            }
            case CONTAINS, STARTS_WITH, ENDS_WITH, NOT_CONTAINS, NOT_STARTS_WITH, NOT_ENDS_WITH -> like(w, alias, a);
            default -> throw new UnsupportedOperationException("having: " + c.op() + " on an aggregate");
        }
    }

    private static boolean isLike(Filter.ScalarOp op) {
        return switch (op) {
            case CONTAINS, STARTS_WITH, ENDS_WITH, NOT_CONTAINS, NOT_STARTS_WITH, NOT_ENDS_WITH -> true;
            default -> false;
        };
    }

    /** {@code _min: {name: {startsWith: "a"}}}: a LIKE over the aggregate (ILIKE when insensitive). */
    private static void like(SqlWriter w, String alias, Filter.Aggregated a) {
        Filter.Scalar c = a.condition();
        String s = String.valueOf(c.value());
        String pattern = switch (c.op()) {
            case STARTS_WITH, NOT_STARTS_WITH -> s + "%";
            case ENDS_WITH, NOT_ENDS_WITH -> "%" + s;
            default -> "%" + s + "%";
        };
        boolean negated = c.op().name().startsWith("NOT_");
        boolean ilike = c.insensitive() && "postgresql".equals(w.dialect().provider());
        w.append(negated ? "NOT (" : "");
        expression(w, alias, a, false).append(ilike ? " ILIKE " : " LIKE ").param(pattern, null);
        w.append(negated ? ")" : "");
    }

    private static SqlWriter expression(SqlWriter w, String alias, Filter.Aggregated a, boolean lower) {
        w.append(lower ? "LOWER(" : "");
        AggregateColumns.expression(w, a.function(), alias, a.condition().field());
        return w.append(lower ? ")" : "");
    }

    /**
     * Binds a value compared with an aggregate. Counts and averages are numbers whatever the
     * field's type, so they bind untyped; min, max and sum take the field's type (enum names map
     * to their database values). SQLite compares an aggregate, which has no column affinity, with
     * text as "text is greater", so Decimals bind there as numbers.
     */
    private static void param(SqlWriter w, String alias, Filter.Aggregated a, Object value, boolean lower) {
        ScalarField field = a.condition().field();
        if (value instanceof FieldRef ref) {
            // A field reference names a grouped column (the only columns HAVING may read bare).
            w.append(lower ? "LOWER(" : "").column(alias, ref.field()).append(lower ? ")" : "");
            return;
        }
        boolean untyped = a.function() == Aggregate.Function.COUNT || a.function() == Aggregate.Function.AVG;
        boolean sqlite = "sqlite".equals(w.dialect().provider());
        if (sqlite && value instanceof BigDecimal d) {
            w.param(d.doubleValue(), null);
        } else if (lower) {
            w.append("LOWER(").param(value, untyped ? null : field).append(')');
        } else if (untyped) {
            w.param(value, null);
        } else {
            w.param(value, field);
        }
    }
}
