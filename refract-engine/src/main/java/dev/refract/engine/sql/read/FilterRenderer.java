package dev.refract.engine.sql.read;

import dev.refract.engine.ir.FieldRef;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.sql.Capability;
import dev.refract.engine.sql.SqlWriter;
import dev.refract.engine.sql.UnsupportedFeatureException;
import dev.refract.model.Model;
import dev.refract.model.ScalarField;
import dev.refract.model.SchemaModel;
import java.util.List;

/**
 * Renders a {@link Filter} as a SQL boolean expression over the columns of {@code alias}.
 *
 * <p>Semantics follow Prisma's SQL connector: {@code equals: null} is {@code IS NULL}, {@code not: x}
 * is {@code col <> x} (so NULLs do not match it, as in Prisma), {@code NOT [a, b]} is
 * {@code NOT a AND NOT b}, {@code in: []} matches nothing and {@code notIn: []} everything. LIKE
 * patterns are the value between wildcards, unescaped, exactly as Prisma sends them (so
 * {@code contains: "%"} matches every row, as Prisma 7 answers; see
 * {@link ReadSyntax#likePattern}). {@code mode: insensitive} exists only where Prisma offers
 * it (PostgreSQL: ILIKE, LOWER() for ordering comparisons); elsewhere it throws.
 *
 * <p>Relation filters become correlated {@code [NOT] EXISTS} subqueries (some, none, is, isNot,
 * and every as {@code NOT EXISTS(... AND NOT nested)}), so a filter never multiplies rows. Their
 * aliases are {@code s1, s2...} by nesting depth ({@code j1...} for implicit m:n join tables).
 */
public final class FilterRenderer {
    /** IN lists longer than this go as one array/JSON parameter where the database allows it. */
    public static final int BULK_IN_THRESHOLD = 1000;

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
        render(w, model, alias, filter, false);
    }

    private static void render(SqlWriter w, Model model, String alias, Filter filter, boolean reverse) {
        if (filter instanceof Filter.Const c) {
            w.append(c.value() ? "1=1" : "1=0");
        } else if (filter instanceof Filter.And and) {
            junction(w, model, alias, and.filters(), " AND ", "1=1", reverse);
        } else if (filter instanceof Filter.Or or) {
            junction(w, model, alias, or.filters(), " OR ", "1=0", reverse);
        } else if (filter instanceof Filter.Not not) {
            if (not.filters().isEmpty()) {
                w.append("1=1");
                return;
            }
            w.append('(');
            for (int i = 0; i < not.filters().size(); i++) {
                w.append(i > 0 ? " AND " : "").append("NOT (");
                render(w, model, alias, not.filters().get(i), !reverse);
                w.append(')');
            }
            w.append(')');
        } else if (filter instanceof Filter.Scalar s) {
            scalar(w, alias, s, x -> x.column(alias, s.field()), false);
        } else if (filter instanceof Filter.Aggregated a) {
            String fn = switch (a.function()) {
                case COUNT -> "COUNT";
                case AVG -> "AVG";
                case SUM -> "SUM";
                case MIN -> "MIN";
                case MAX -> "MAX";
            };
            ScalarField f = a.condition().field();
            scalar(w, alias, a.condition(), x -> x.append(fn).append('(').column(alias, f).append(')'), true);
        } else if (filter instanceof Filter.Json j) {
            w.dialect().require(Capability.JSON_FILTERS, "Json filters");
            ReadSyntax.of(w.dialect()).jsonFilter(w, alias, j, reverse);
        } else if (filter instanceof Filter.Relation r) {
            relation(w, model, alias, r, reverse);
        } else {
            throw new IllegalArgumentException("unknown filter " + filter);
        }
    }

    private static void junction(SqlWriter w, Model model, String alias, List<Filter> filters, String op,
                                 String empty, boolean reverse) {
        if (filters.isEmpty()) {
            w.append(empty);
            return;
        }
        w.append('(');
        for (int i = 0; i < filters.size(); i++) {
            if (i > 0) {
                w.append(op);
            }
            render(w, model, alias, filters.get(i), reverse);
        }
        w.append(')');
    }

    private static void relation(SqlWriter w, Model model, String alias, Filter.Relation r, boolean reverse) {
        SchemaModel schema = RelationLinks.schema(w);
        Model related = RelationLinks.related(schema, r.field());
        int depth = depthAfter(alias);
        boolean negated = r.condition() == Filter.RelationCondition.NONE
                || r.condition() == Filter.RelationCondition.EVERY
                || r.condition() == Filter.RelationCondition.IS_NOT;
        w.append(negated ? "NOT EXISTS (SELECT 1" : "EXISTS (SELECT 1");
        String relatedAlias = RelationLinks.fromRelated(w, schema, model, alias, r.field(), depth);
        boolean every = r.condition() == Filter.RelationCondition.EVERY;
        if (every) {
            // Every related record matches <=> no related record fails to match.
            w.append(" AND NOT (");
            render(w, related, relatedAlias, r.nested(), !reverse);
            w.append(')');
        } else if (!(r.nested() instanceof Filter.Const c && c.value())) {
            w.append(" AND ");
            render(w, related, relatedAlias, r.nested(), reverse);
        }
        w.append(')');
    }

    /** Subquery aliases are numbered by nesting depth: t0 -> s1, s1 -> s2... */
    static int depthAfter(String alias) {
        if (alias != null && alias.length() > 1 && alias.charAt(0) == 's') {
            try {
                return Integer.parseInt(alias.substring(1)) + 1;
            } catch (NumberFormatException notOurs) {
                return 1;
            }
        }
        return 1;
    }

    private static void scalar(SqlWriter w, String alias, Filter.Scalar s, ReadSyntax.Expr lhs, boolean aggregate) {
        ReadSyntax syntax = ReadSyntax.of(w.dialect());
        ScalarField field = s.field();
        Object value = s.value();
        switch (s.op()) {
            case HAS, HAS_EVERY, HAS_SOME, IS_EMPTY, LIST_EQUALS -> {
                w.dialect().require(Capability.SCALAR_LISTS, "scalar list filters");
                if (value == null && s.op() == Filter.ScalarOp.LIST_EQUALS) {
                    lhs.write(w);
                    w.append(" IS NULL");
                } else {
                    syntax.listFilter(w, alias, s);
                }
                return;
            }
            case SEARCH -> {
                w.dialect().require(Capability.FULL_TEXT_SEARCH, "full-text search");
                syntax.search(w, alias, List.of(field), value);
                return;
            }
            default -> {
            }
        }
        if (s.insensitive()) {
            w.dialect().require(Capability.ILIKE, "mode: insensitive");
            insensitive(w, syntax, alias, s, lhs, aggregate);
            return;
        }
        switch (s.op()) {
            case EQUALS, NOT_EQUALS -> {
                lhs.write(w);
                boolean eq = s.op() == Filter.ScalarOp.EQUALS;
                if (value == null) {
                    w.append(eq ? " IS NULL" : " IS NOT NULL");
                } else {
                    w.append(eq ? " = " : " <> ");
                    operand(w, alias, value, field);
                }
            }
            case LT -> compare(w, alias, lhs, " < ", value, field);
            case LTE -> compare(w, alias, lhs, " <= ", value, field);
            case GT -> compare(w, alias, lhs, " > ", value, field);
            case GTE -> compare(w, alias, lhs, " >= ", value, field);
            case IN, NOT_IN -> in(w, syntax, alias, lhs, value, field, s.op() == Filter.ScalarOp.NOT_IN, false);
            case CONTAINS, NOT_CONTAINS, STARTS_WITH, NOT_STARTS_WITH, ENDS_WITH, NOT_ENDS_WITH -> {
                if (aggregate) {
                    lhs.write(w);
                } else {
                    syntax.likeOperand(w, alias, field);
                }
                w.append(isNegatedLike(s.op()) ? " NOT LIKE " : " LIKE ");
                pattern(w, alias, s.op(), value, field);
            }
            default -> throw new IllegalStateException("unhandled operator " + s.op());
        }
    }

    private static void insensitive(SqlWriter w, ReadSyntax syntax, String alias, Filter.Scalar s, ReadSyntax.Expr lhs,
                                    boolean aggregate) {
        ScalarField field = s.field();
        Object value = s.value();
        ReadSyntax.Expr lowered = aggregate ? lhs : x -> {
            x.append("LOWER(");
            lhs.write(x);
            x.append(')');
        };
        switch (s.op()) {
            case EQUALS, NOT_EQUALS -> {
                boolean eq = s.op() == Filter.ScalarOp.EQUALS;
                if (value == null) {
                    lhs.write(w);
                    w.append(eq ? " IS NULL" : " IS NOT NULL");
                } else {
                    syntax.insensitiveLike(w, lhs, !eq, x -> pattern(x, alias, s.op(), value, field));
                }
            }
            case CONTAINS, NOT_CONTAINS, STARTS_WITH, NOT_STARTS_WITH, ENDS_WITH, NOT_ENDS_WITH ->
                    syntax.insensitiveLike(w, lhs, isNegatedLike(s.op()), x -> pattern(x, alias, s.op(), value, field));
            case LT, LTE, GT, GTE -> {
                lowered.write(w);
                w.append(switch (s.op()) {
                    case LT -> " < ";
                    case LTE -> " <= ";
                    case GT -> " > ";
                    default -> " >= ";
                });
                w.append("LOWER(");
                operand(w, alias, value, field);
                w.append(')');
            }
            case IN, NOT_IN -> in(w, syntax, alias, lowered, value, field, s.op() == Filter.ScalarOp.NOT_IN, true);
            default -> throw new IllegalStateException("unhandled operator " + s.op());
        }
    }

    private static boolean isNegatedLike(Filter.ScalarOp op) {
        return op == Filter.ScalarOp.NOT_CONTAINS || op == Filter.ScalarOp.NOT_STARTS_WITH
                || op == Filter.ScalarOp.NOT_ENDS_WITH || op == Filter.ScalarOp.NOT_EQUALS;
    }

    /** The LIKE pattern for an operator: the value, or a column, concatenated with wildcards. */
    private static void pattern(SqlWriter w, String alias, Filter.ScalarOp op, Object value, ScalarField field) {
        boolean leading = op == Filter.ScalarOp.CONTAINS || op == Filter.ScalarOp.NOT_CONTAINS
                || op == Filter.ScalarOp.ENDS_WITH || op == Filter.ScalarOp.NOT_ENDS_WITH;
        boolean trailing = op == Filter.ScalarOp.CONTAINS || op == Filter.ScalarOp.NOT_CONTAINS
                || op == Filter.ScalarOp.STARTS_WITH || op == Filter.ScalarOp.NOT_STARTS_WITH;
        if (value instanceof FieldRef ref) {
            // A column's content is used as it is: its own % and _ stay wildcards, as in Prisma.
            w.append('(').append(leading ? "'%' || " : "").column(alias, ref.field()).append(trailing ? " || '%'" : "")
                    .append(')');
        } else {
            w.param(ReadSyntax.likePattern(String.valueOf(value), leading, trailing), null);
        }
    }

    private static void compare(SqlWriter w, String alias, ReadSyntax.Expr lhs, String op, Object value,
                                ScalarField field) {
        lhs.write(w);
        w.append(op);
        operand(w, alias, value, field);
    }

    /** A value parameter, or the column of a {@link FieldRef}. */
    static void operand(SqlWriter w, String alias, Object value, ScalarField field) {
        if (value instanceof FieldRef ref) {
            w.column(alias, ref.field());
        } else {
            w.param(value, field);
        }
    }

    private static void in(SqlWriter w, ReadSyntax syntax, String alias, ReadSyntax.Expr lhs, Object value,
                           ScalarField field, boolean not, boolean lower) {
        if (value instanceof FieldRef ref) {
            // in: <list field ref> (scalar lists): equal to any element.
            w.dialect().require(Capability.SCALAR_LISTS, "in with a field reference");
            lhs.write(w);
            w.append(not ? " <> ALL(" : " = ANY(").column(alias, ref.field()).append(')');
            return;
        }
        List<?> values = (List<?>) value;
        if (values.isEmpty()) {
            w.append(not ? "1=1" : "1=0");
            return;
        }
        if (!lower && values.size() > BULK_IN_THRESHOLD && syntax.bulkIn(w, lhs, values, field, not)) {
            return;
        }
        // Chunks keep each IN list of a size every planner handles well; the whole statement still
        // binds every value, so lists beyond the bind limit must be split by the caller.
        int chunks = (values.size() + BULK_IN_THRESHOLD - 1) / BULK_IN_THRESHOLD;
        if (chunks > 1) {
            w.append('(');
        }
        for (int c = 0; c < chunks; c++) {
            if (c > 0) {
                w.append(not ? " AND " : " OR ");
            }
            lhs.write(w);
            w.append(not ? " NOT IN (" : " IN (");
            int end = Math.min(values.size(), (c + 1) * BULK_IN_THRESHOLD);
            for (int i = c * BULK_IN_THRESHOLD; i < end; i++) {
                w.append(i > c * BULK_IN_THRESHOLD ? ", " : "");
                if (lower) {
                    w.append("LOWER(").param(values.get(i), field).append(')');
                } else {
                    w.param(values.get(i), field);
                }
            }
            w.append(')');
        }
        if (chunks > 1) {
            w.append(')');
        }
    }

    /** Throws the standard error for a feature the dialect lacks. */
    static UnsupportedFeatureException unsupported(SqlWriter w, String feature) {
        return new UnsupportedFeatureException(w.dialect().provider(), feature);
    }
}
