package dev.refract.engine.sql.read;

import dev.refract.engine.ir.FieldRef;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.Values;
import dev.refract.engine.sql.EnumMapping;
import dev.refract.engine.sql.SqlWriter;
import dev.refract.model.EnumType;
import dev.refract.model.ScalarField;
import dev.refract.model.SchemaModel;
import java.util.List;
import java.util.Set;

/**
 * PostgreSQL: ILIKE, {@code to_tsvector(concat_ws(' ', ...)) @@ to_tsquery(?)} and {@code ts_rank}
 * as Prisma renders them, array operators for scalar lists ({@code @>}, {@code &&}, {@code = '{}'}),
 * jsonb paths with {@code #>}/{@code #>>} over {@code ARRAY[...]::text[]} and {@code JSONB_TYPEOF}
 * guards, {@code = ANY(?)} for long IN lists, DISTINCT ON.
 */
final class PostgresReadSyntax extends ReadSyntax {
    static final PostgresReadSyntax INSTANCE = new PostgresReadSyntax();

    /** Native types that are already text: LIKE applies without a cast. */
    private static final Set<String> TEXT_TYPES = Set.of("Text", "VarChar", "Char");

    @Override
    protected String provider() {
        return "postgresql";
    }

    @Override
    public void likeOperand(SqlWriter w, String alias, ScalarField field) {
        w.column(alias, field);
        if (field.nativeType() != null && !TEXT_TYPES.contains(field.nativeType().name())) {
            w.append("::text");
        }
    }

    @Override
    public void insensitiveLike(SqlWriter w, Expr lhs, boolean not, Expr pattern) {
        lhs.write(w);
        w.append(not ? " NOT ILIKE " : " ILIKE ");
        pattern.write(w);
    }

    @Override
    public void search(SqlWriter w, String alias, List<ScalarField> fields, Object query) {
        document(w, alias, fields);
        w.append(" @@ to_tsquery(").param(String.valueOf(query), null).append(')');
    }

    @Override
    public void relevance(SqlWriter w, String alias, List<ScalarField> fields, String query) {
        w.append("ts_rank(");
        document(w, alias, fields);
        w.append(", to_tsquery(").param(query, null).append("))");
    }

    private static void document(SqlWriter w, String alias, List<ScalarField> fields) {
        w.append("to_tsvector(concat_ws(' ', ");
        for (int i = 0; i < fields.size(); i++) {
            w.append(i > 0 ? ", " : "").column(alias, fields.get(i));
        }
        w.append("))");
    }

    @Override
    public void listFilter(SqlWriter w, String alias, Filter.Scalar s) {
        ScalarField field = s.field();
        Object value = s.value();
        switch (s.op()) {
            case HAS -> {
                if (value instanceof FieldRef ref) {
                    w.column(alias, ref.field()).append(" = ANY(").column(alias, field).append(')');
                } else {
                    w.column(alias, field).append(" @> ");
                    array(w, List.of(value), field);
                }
            }
            case HAS_EVERY, HAS_SOME -> {
                w.column(alias, field).append(s.op() == Filter.ScalarOp.HAS_EVERY ? " @> " : " && ");
                if (value instanceof FieldRef ref) {
                    w.column(alias, ref.field());
                } else {
                    array(w, (List<?>) value, field);
                }
            }
            case IS_EMPTY -> w.column(alias, field).append(Boolean.TRUE.equals(value) ? " = '{}'" : " <> '{}'");
            case LIST_EQUALS -> {
                w.column(alias, field).append(" = ");
                if (value instanceof FieldRef ref) {
                    w.column(alias, ref.field());
                } else {
                    array(w, (List<?>) value, field);
                }
            }
            default -> throw new IllegalStateException("not a list operator: " + s.op());
        }
    }

    /** One array parameter; enum arrays are bound as text[] and cast to the enum's array type. */
    private static void array(SqlWriter w, List<?> values, ScalarField field) {
        String enumType = enumTypeName(w, field);
        if (enumType != null) {
            w.append("CAST(").param(values, field).append(" AS ").ident(enumType).append("[])");
        } else {
            w.param(values, field);
        }
    }

    private static String enumTypeName(SqlWriter w, ScalarField field) {
        String name = EnumMapping.enumName(field);
        if (name == null) {
            return null;
        }
        SchemaModel schema = w.dialect().schema();
        return schema == null ? name : schema.enumType(name).map(EnumType::databaseName).orElse(name);
    }

    @Override
    public void jsonFilter(SqlWriter w, String alias, Filter.Json j, boolean reverse) {
        Expr json = x -> jsonPath(x, alias, j, false);
        Expr text = x -> jsonPath(x, alias, j, true);
        Object value = j.value();
        switch (j.op()) {
            case EQUALS, NOT_EQUALS -> {
                boolean eq = j.op() == Filter.JsonOp.EQUALS;
                json.write(w);
                if (value == null) {
                    w.append(eq ? " IS NULL" : " IS NOT NULL");
                } else {
                    w.append(eq ? " = " : " <> ").param(value, j.field()).append("::jsonb");
                }
            }
            case LT, LTE, GT, GTE -> {
                w.append('(');
                json.write(w);
                w.append(switch (j.op()) {
                    case LT -> " < ";
                    case LTE -> " <= ";
                    case GT -> " > ";
                    default -> " >= ";
                }).param(value, j.field()).append("::jsonb");
                typeGuard(w, json, isJsonString(value) ? "string" : "number", reverse);
            }
            case STRING_CONTAINS, STRING_STARTS_WITH, STRING_ENDS_WITH -> {
                w.append('(');
                text.write(w);
                w.append(" LIKE ").param(likeFor(j.op(), String.valueOf(value)), null);
                typeGuard(w, json, "string", reverse);
            }
            case ARRAY_CONTAINS -> {
                w.append('(');
                json.write(w);
                w.append(" @> ").param(asArray(value), j.field()).append("::jsonb");
                typeGuard(w, json, "array", reverse);
            }
            case ARRAY_STARTS_WITH, ARRAY_ENDS_WITH -> {
                w.append("((");
                json.write(w);
                w.append(j.op() == Filter.JsonOp.ARRAY_STARTS_WITH ? "->0" : "->-1").append(") = ")
                        .param(value, j.field()).append("::jsonb");
                typeGuard(w, json, "array", reverse);
            }
            default -> throw new IllegalStateException("unhandled Json operator " + j.op());
        }
    }

    static String likeFor(Filter.JsonOp op, String value) {
        return switch (op) {
            case STRING_CONTAINS -> likePattern(value, true, true);
            case STRING_STARTS_WITH -> likePattern(value, false, true);
            default -> likePattern(value, true, false);
        };
    }

    /** Closes {@code (cond} with the JSON type guard: AND type = t, or under NOT, OR type <> t. */
    private static void typeGuard(SqlWriter w, Expr json, String type, boolean reverse) {
        w.append(reverse ? " OR JSONB_TYPEOF(" : " AND JSONB_TYPEOF(");
        json.write(w);
        w.append(reverse ? ") <> '" : ") = '").append(type).append("')");
    }

    /** The value at the path: jsonb ({@code #>}) or text ({@code #>>}); the column itself for no path. */
    private static void jsonPath(SqlWriter w, String alias, Filter.Json j, boolean asText) {
        if (j.path().isEmpty()) {
            if (asText) {
                w.append('(').column(alias, j.field()).append("#>>'{}')");
            } else {
                w.column(alias, j.field());
            }
            return;
        }
        w.append('(').column(alias, j.field()).append(asText ? "#>>ARRAY[" : "#>ARRAY[");
        for (int i = 0; i < j.path().size(); i++) {
            w.append(i > 0 ? ", " : "").param(j.path().get(i), null);
        }
        w.append("]::text[])");
    }

    static boolean isJsonString(Object value) {
        String text = value instanceof Values.Json json ? json.text() : String.valueOf(value);
        return text.trim().startsWith("\"");
    }

    /** array_contains takes an array; a single value means the array holding it. */
    private static Values.Json asArray(Object value) {
        String text = value instanceof Values.Json json ? json.text() : String.valueOf(value);
        return new Values.Json(text.trim().startsWith("[") ? text : "[" + text + "]");
    }

    @Override
    public boolean bulkIn(SqlWriter w, Expr lhs, List<?> values, ScalarField field, boolean not) {
        if (field != null && field.type().builtin() == dev.refract.model.BuiltinType.BYTES) {
            return false;
        }
        // One array parameter instead of thousands: the bind limit no longer applies, and the
        // planner still uses an index for = ANY(array).
        lhs.write(w);
        w.append(not ? " <> ALL(" : " = ANY(");
        array(w, values, field);
        w.append(')');
        return true;
    }

    /**
     * Literals, not parameters. A prepared statement with {@code LIMIT $n} gets a generic plan
     * costed for an unknown limit (a tenth of the table), which loses against the custom plans, so
     * PostgreSQL plans it again on every execution: about 50 µs per call for a ten-row cursor page
     * (its planning took longer than its execution). With the number in the text the generic plan
     * is cheap, is chosen after five executions, and is reused. The values are numbers the engine
     * computed, never user text; each distinct value is its own statement text.
     */
    @Override
    public void limitOffset(SqlWriter w, Long limit, Long offset) {
        if (limit != null) {
            w.append(" LIMIT ").append(Long.toString(limit));
        }
        if (offset != null && offset > 0) {
            w.append(" OFFSET ").append(Long.toString(offset));
        }
    }

    @Override
    public boolean distinctOn() {
        return true;
    }
}
