package dev.refract.engine.sql.read;

import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.Values;
import dev.refract.engine.sql.SqlWriter;
import dev.refract.model.BuiltinType;
import dev.refract.model.ScalarField;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * SQLite: no ILIKE, no full-text search, no scalar lists (each throws, as Prisma does not offer
 * them on SQLite); Json filters take one JSONPath string ({@code $.a.b}, {@code $.list[0]}) and use
 * {@code ->} / {@code ->>} with {@code json_type} guards; long IN lists go as one JSON parameter
 * through {@code json_each}; {@code LIMIT -1} stands for "no limit" before an OFFSET; distinct uses
 * {@code ROW_NUMBER()}.
 */
final class SqliteReadSyntax extends ReadSyntax {
    static final SqliteReadSyntax INSTANCE = new SqliteReadSyntax();

    @Override
    protected String provider() {
        return "sqlite";
    }

    @Override
    public void likeOperand(SqlWriter w, String alias, ScalarField field) {
        w.column(alias, field);
    }

    @Override
    public void insensitiveLike(SqlWriter w, Expr lhs, boolean not, Expr pattern) {
        throw unsupported("mode: insensitive");
    }

    @Override
    public void search(SqlWriter w, String alias, List<ScalarField> fields, Object query) {
        throw unsupported("full-text search");
    }

    @Override
    public void relevance(SqlWriter w, String alias, List<ScalarField> fields, String query) {
        throw unsupported("orderBy _relevance");
    }

    @Override
    public void listFilter(SqlWriter w, String alias, Filter.Scalar filter) {
        throw unsupported("scalar list filters");
    }

    @Override
    public void jsonFilter(SqlWriter w, String alias, Filter.Json j, boolean reverse) {
        String path = j.path().isEmpty() ? "$" : j.path().get(0);
        Object value = j.value();
        switch (j.op()) {
            case EQUALS, NOT_EQUALS -> {
                boolean eq = j.op() == Filter.JsonOp.EQUALS;
                if (value == null) {
                    w.column(alias, j.field()).append(eq ? " IS NULL" : " IS NOT NULL");
                } else {
                    // -> returns minified JSON text; json(?) minifies the operand the same way.
                    w.append('(').column(alias, j.field()).append(" -> ").param(path, null).append(')')
                            .append(eq ? " = json(" : " <> json(").param(jsonText(value), null).append(')');
                }
            }
            case LT, LTE, GT, GTE -> {
                boolean string = PostgresReadSyntax.isJsonString(value);
                w.append("((").column(alias, j.field()).append(" ->> ").param(path, null).append(')')
                        .append(switch (j.op()) {
                            case LT -> " < ";
                            case LTE -> " <= ";
                            case GT -> " > ";
                            default -> " >= ";
                        }).param(scalarOf(value), null);
                typeGuard(w, alias, j, path, string ? "('text')" : "('integer', 'real')", reverse);
            }
            case STRING_CONTAINS, STRING_STARTS_WITH, STRING_ENDS_WITH -> {
                w.append("((").column(alias, j.field()).append(" ->> ").param(path, null).append(") LIKE ")
                        .param(PostgresReadSyntax.likeFor(j.op(), String.valueOf(value)), null)
                        ;
                typeGuard(w, alias, j, path, "('text')", reverse);
            }
            case ARRAY_STARTS_WITH, ARRAY_ENDS_WITH -> {
                String element = path + (j.op() == Filter.JsonOp.ARRAY_STARTS_WITH ? "[0]" : "[#-1]");
                w.append("((").column(alias, j.field()).append(" -> ").param(element, null).append(") = json(")
                        .param(jsonText(value), null).append(')');
                typeGuard(w, alias, j, path, "('array')", reverse);
            }
            case ARRAY_CONTAINS -> throw unsupported("Json array_contains");
            default -> throw new IllegalStateException("unhandled Json operator " + j.op());
        }
    }

    private static void typeGuard(SqlWriter w, String alias, Filter.Json j, String path, String types,
                                  boolean reverse) {
        w.append(reverse ? " OR json_type(" : " AND json_type(").column(alias, j.field()).append(", ")
                .param(path, null).append(reverse ? ") NOT IN " : ") IN ").append(types).append(')');
    }

    private static String jsonText(Object value) {
        return value instanceof Values.Json json ? json.text() : String.valueOf(value);
    }

    /** A JSON scalar as the SQL value ->> yields: number or unquoted string. */
    private static Object scalarOf(Object value) {
        String text = jsonText(value).trim();
        if (text.startsWith("\"")) {
            return text.substring(1, text.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        // Bound as a number (SqliteDialect binds BigDecimal as text, which would compare as text).
        BigDecimal number = new BigDecimal(text);
        try {
            return number.longValueExact();
        } catch (ArithmeticException notIntegral) {
            return number.doubleValue();
        }
    }

    @Override
    public boolean bulkIn(SqlWriter w, Expr lhs, List<?> values, ScalarField field, boolean not) {
        BuiltinType type = field == null ? null : field.type().builtin();
        if (type == BuiltinType.BYTES || type == BuiltinType.JSON) {
            return false;
        }
        // One JSON array parameter read back through json_each: no bind limit, one statement.
        StringBuilder json = new StringBuilder(values.size() * 8).append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            appendJson(json, values.get(i));
        }
        json.append(']');
        lhs.write(w);
        w.append(not ? " NOT IN (SELECT value FROM json_each(" : " IN (SELECT value FROM json_each(")
                .param(json.toString(), null).append("))");
        return true;
    }

    /** A value as stored by {@code SqliteDialect}: epoch millis, 0/1, decimals as text. */
    private static void appendJson(StringBuilder out, Object v) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof Instant instant) {
            out.append(instant.toEpochMilli());
        } else if (v instanceof Boolean b) {
            out.append(b ? 1 : 0);
        } else if (v instanceof Number n && !(v instanceof BigDecimal)) {
            out.append(n);
        } else {
            String s = v instanceof BigDecimal d ? d.toPlainString() : v.toString();
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }
    }

    @Override
    public void limitOffset(SqlWriter w, Long limit, Long offset) {
        boolean hasOffset = offset != null && offset > 0;
        if (limit != null) {
            w.append(" LIMIT ").param(limit, null);
        } else if (hasOffset) {
            w.append(" LIMIT -1");
        }
        if (hasOffset) {
            w.append(" OFFSET ").param(offset, null);
        }
    }

    @Override
    public boolean distinctOn() {
        return false;
    }
}
