package dev.refract.engine.protocol;

import static dev.refract.engine.protocol.InputObjectType.Kind;

import dev.refract.engine.ir.Aggregate;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.Values;
import dev.refract.model.BuiltinType;
import dev.refract.model.Field;
import dev.refract.model.Model;
import dev.refract.model.RelationField;
import dev.refract.model.ScalarField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Reads validated where, where-unique, cursor and having values into {@link Filter}s.
 *
 * <p>To-one relation filters: {@code is: X} (and the shorthand {@code rel: X}) is
 * {@code Relation(IS, X)}; {@code isNot: X} is {@code Relation(IS_NOT, X)}, "no related record
 * matching X"; {@code is: null} (and {@code rel: null}) is {@code Relation(IS_NOT, TRUE)}, "no
 * related record"; {@code isNot: null} is {@code Relation(IS, TRUE)}. Json's {@code DbNull} is the
 * column being SQL NULL ({@code Scalar EQUALS null}), {@code JsonNull} the JSON value null,
 * {@code AnyNull} either.
 */
final class FilterReader {
    private final QuerySchema qs;
    private final Values2Ir values;

    FilterReader(QuerySchema qs, Values2Ir values) {
        this.qs = qs;
        this.values = values;
    }

    static Filter all(List<Filter> parts) {
        return parts.isEmpty() ? Filter.TRUE : Filter.and(parts);
    }

    /** A where, where-unique or having object of {@code model}. */
    Filter where(Model model, Object parsed) {
        DocumentParser.ParsedMap pm = (DocumentParser.ParsedMap) parsed;
        Map<String, List<ScalarField>> compound = qs.fields().compoundKeys(model);
        List<Filter> parts = new ArrayList<>();
        for (Map.Entry<String, Object> e : pm.values().entrySet()) {
            String key = e.getKey();
            Object v = e.getValue();
            switch (key) {
                case "AND":
                    parts.add(v instanceof List<?> l ? all(list(model, l)) : where(model, v));
                    continue;
                case "OR":
                    parts.add(new Filter.Or(list(model, (List<?>) v)));
                    continue;
                case "NOT":
                    parts.add(new Filter.Not(v instanceof List<?> l ? list(model, l) : List.of(where(model, v))));
                    continue;
                default:
                    break;
            }
            if (compound.containsKey(key) && v instanceof DocumentParser.ParsedMap cm
                    && cm.type().kind() == Kind.COMPOUND_UNIQUE) {
                List<Filter> eqs = new ArrayList<>();
                for (ScalarField sf : compound.get(key)) {
                    eqs.add(Filter.eq(sf, values.value(sf, cm.values().get(sf.name()))));
                }
                parts.add(all(eqs));
                continue;
            }
            Field f = model.field(key).orElseThrow();
            if (f instanceof RelationField rf) {
                parts.add(relation(rf, v));
            } else {
                parts.add(scalarField((ScalarField) f, v));
            }
        }
        return all(parts);
    }

    private List<Filter> list(Model model, List<?> items) {
        List<Filter> out = new ArrayList<>();
        for (Object o : items) {
            out.add(where(model, o));
        }
        return out;
    }

    private Filter scalarField(ScalarField sf, Object v) {
        if (v instanceof DocumentParser.ParsedMap pm && pm.type().kind() != Kind.FIELD_REF) {
            switch (pm.type().kind()) {
                case LIST_FILTER:
                    return listFilter(sf, pm);
                case JSON_FILTER:
                    return jsonFilter(sf, pm, UnaryOperator.identity());
                default:
                    return scalarFilter(sf, SchemaFields.builtin(sf), pm, UnaryOperator.identity());
            }
        }
        return Filter.eq(sf, values.value(sf, v));
    }

    /** A scalar filter object; {@code wrap} turns each condition into what it stands for (e.g. an aggregate's). */
    private Filter scalarFilter(ScalarField sf, BuiltinType type, DocumentParser.ParsedMap pm, UnaryOperator<Filter> wrap) {
        boolean insensitive = "insensitive".equals(pm.values().get("mode"));
        List<Filter> parts = new ArrayList<>();
        for (Map.Entry<String, Object> e : pm.values().entrySet()) {
            Object v = e.getValue();
            Filter.ScalarOp op;
            switch (e.getKey()) {
                case "mode":
                    continue;
                case "not":
                    if (v instanceof DocumentParser.ParsedMap nested && nested.type().kind() != Kind.FIELD_REF) {
                        parts.add(new Filter.Not(List.of(scalarFilter(sf, type, nested, wrap))));
                    } else {
                        parts.add(wrap.apply(new Filter.Scalar(sf, Filter.ScalarOp.NOT_EQUALS,
                                values.value(sf, type, v), insensitive)));
                    }
                    continue;
                case "_count":
                    parts.add(aggregated(sf, Aggregate.Function.COUNT, BuiltinType.INT, v, wrap));
                    continue;
                case "_avg":
                    parts.add(aggregated(sf, Aggregate.Function.AVG,
                            type == BuiltinType.DECIMAL ? BuiltinType.DECIMAL : BuiltinType.FLOAT, v, wrap));
                    continue;
                case "_sum":
                    parts.add(aggregated(sf, Aggregate.Function.SUM, type, v, wrap));
                    continue;
                case "_min":
                    parts.add(aggregated(sf, Aggregate.Function.MIN, type, v, wrap));
                    continue;
                case "_max":
                    parts.add(aggregated(sf, Aggregate.Function.MAX, type, v, wrap));
                    continue;
                case "equals": op = Filter.ScalarOp.EQUALS; break;
                case "in": op = v == null ? Filter.ScalarOp.EQUALS : Filter.ScalarOp.IN; break;
                case "notIn": op = v == null ? Filter.ScalarOp.NOT_EQUALS : Filter.ScalarOp.NOT_IN; break;
                case "lt": op = Filter.ScalarOp.LT; break;
                case "lte": op = Filter.ScalarOp.LTE; break;
                case "gt": op = Filter.ScalarOp.GT; break;
                case "gte": op = Filter.ScalarOp.GTE; break;
                case "contains": op = Filter.ScalarOp.CONTAINS; break;
                case "startsWith": op = Filter.ScalarOp.STARTS_WITH; break;
                case "endsWith": op = Filter.ScalarOp.ENDS_WITH; break;
                case "search": op = Filter.ScalarOp.SEARCH; break;
                default:
                    throw new IllegalStateException("unexpected filter " + e.getKey());
            }
            parts.add(wrap.apply(new Filter.Scalar(sf, op, values.value(sf, type, v), insensitive)));
        }
        return all(parts);
    }

    private Filter aggregated(ScalarField sf, Aggregate.Function fn, BuiltinType valueType, Object v,
                              UnaryOperator<Filter> outer) {
        UnaryOperator<Filter> wrap = f -> outer.apply(new Filter.Aggregated(fn, (Filter.Scalar) f));
        DocumentParser.ParsedMap pm = (DocumentParser.ParsedMap) v;
        if (pm.type().kind() == Kind.JSON_FILTER) {
            return jsonFilter(sf, pm, wrap);
        }
        return scalarFilter(sf, valueType, pm, wrap);
    }

    private Filter listFilter(ScalarField sf, DocumentParser.ParsedMap pm) {
        List<Filter> parts = new ArrayList<>();
        for (Map.Entry<String, Object> e : pm.values().entrySet()) {
            Filter.ScalarOp op;
            switch (e.getKey()) {
                case "equals": op = Filter.ScalarOp.LIST_EQUALS; break;
                case "has": op = Filter.ScalarOp.HAS; break;
                case "hasEvery": op = Filter.ScalarOp.HAS_EVERY; break;
                case "hasSome": op = Filter.ScalarOp.HAS_SOME; break;
                case "isEmpty":
                    parts.add(new Filter.Scalar(sf, Filter.ScalarOp.IS_EMPTY, e.getValue(), false));
                    continue;
                default:
                    throw new IllegalStateException("unexpected list filter " + e.getKey());
            }
            parts.add(new Filter.Scalar(sf, op, values.value(sf, e.getValue()), false));
        }
        return all(parts);
    }

    private Filter jsonFilter(ScalarField sf, DocumentParser.ParsedMap pm, UnaryOperator<Filter> wrap) {
        Object rawPath = pm.values().get("path");
        List<String> path = new ArrayList<>();
        if (rawPath instanceof List<?> l) {
            l.forEach(o -> path.add((String) o));
        } else if (rawPath instanceof String s) {
            path.add(s);
        }
        if ("insensitive".equals(pm.values().get("mode"))) {
            throw new ProtocolException("mode: insensitive on Json filters is not supported yet");
        }
        List<Filter> parts = new ArrayList<>();
        for (Map.Entry<String, Object> e : pm.values().entrySet()) {
            Object v = e.getValue();
            Filter.JsonOp op;
            switch (e.getKey()) {
                case "path":
                case "mode":
                    continue;
                case "_count":
                    parts.add(aggregated(sf, Aggregate.Function.COUNT, BuiltinType.INT, v, wrap));
                    continue;
                case "_min":
                    parts.add(aggregated(sf, Aggregate.Function.MIN, BuiltinType.JSON, v, wrap));
                    continue;
                case "_max":
                    parts.add(aggregated(sf, Aggregate.Function.MAX, BuiltinType.JSON, v, wrap));
                    continue;
                case "equals":
                case "not":
                    parts.add(jsonEquality(sf, path, e.getKey().equals("not"), v));
                    continue;
                case "string_contains": op = Filter.JsonOp.STRING_CONTAINS; break;
                case "string_starts_with": op = Filter.JsonOp.STRING_STARTS_WITH; break;
                case "string_ends_with": op = Filter.JsonOp.STRING_ENDS_WITH; break;
                case "array_contains": op = Filter.JsonOp.ARRAY_CONTAINS; break;
                case "array_starts_with": op = Filter.JsonOp.ARRAY_STARTS_WITH; break;
                case "array_ends_with": op = Filter.JsonOp.ARRAY_ENDS_WITH; break;
                case "lt": op = Filter.JsonOp.LT; break;
                case "lte": op = Filter.JsonOp.LTE; break;
                case "gt": op = Filter.JsonOp.GT; break;
                case "gte": op = Filter.JsonOp.GTE; break;
                default:
                    throw new IllegalStateException("unexpected Json filter " + e.getKey());
            }
            Object operand = v == null ? new Values.Json("null") : jsonOperand(v);
            parts.add(new Filter.Json(sf, path, op, operand));
        }
        return all(parts);
    }

    private Object jsonOperand(Object v) {
        if (v instanceof DocumentParser.ParsedMap pm && pm.type().kind() == Kind.FIELD_REF) {
            return values.fieldRef(pm);
        }
        return v;
    }

    private Filter jsonEquality(ScalarField sf, List<String> path, boolean negated, Object v) {
        Filter positive;
        Filter.JsonOp op = negated ? Filter.JsonOp.NOT_EQUALS : Filter.JsonOp.EQUALS;
        if ("DbNull".equals(v) || v == null) {
            positive = new Filter.Scalar(sf, negated ? Filter.ScalarOp.NOT_EQUALS : Filter.ScalarOp.EQUALS, null, false);
        } else if ("JsonNull".equals(v)) {
            positive = new Filter.Json(sf, path, op, new Values.Json("null"));
        } else if ("AnyNull".equals(v)) {
            Filter dbNull = new Filter.Scalar(sf, negated ? Filter.ScalarOp.NOT_EQUALS : Filter.ScalarOp.EQUALS, null, false);
            Filter jsonNull = new Filter.Json(sf, path, op, new Values.Json("null"));
            positive = negated ? Filter.and(List.of(dbNull, jsonNull)) : new Filter.Or(List.of(dbNull, jsonNull));
        } else {
            positive = new Filter.Json(sf, path, op, jsonOperand(v));
        }
        return positive;
    }

    private Filter relation(RelationField rf, Object v) {
        Model related = qs.fields().related(rf);
        if (v == null) {
            return new Filter.Relation(rf, Filter.RelationCondition.IS_NOT, Filter.TRUE);
        }
        DocumentParser.ParsedMap pm = (DocumentParser.ParsedMap) v;
        switch (pm.type().kind()) {
            case TO_MANY_RELATION_FILTER: {
                List<Filter> parts = new ArrayList<>();
                for (Map.Entry<String, Object> e : pm.values().entrySet()) {
                    Filter.RelationCondition c = switch (e.getKey()) {
                        case "every" -> Filter.RelationCondition.EVERY;
                        case "some" -> Filter.RelationCondition.SOME;
                        default -> Filter.RelationCondition.NONE;
                    };
                    parts.add(new Filter.Relation(rf, c, where(related, e.getValue())));
                }
                return all(parts);
            }
            case TO_ONE_RELATION_FILTER: {
                List<Filter> parts = new ArrayList<>();
                for (Map.Entry<String, Object> e : pm.values().entrySet()) {
                    boolean is = e.getKey().equals("is");
                    if (e.getValue() == null) {
                        parts.add(new Filter.Relation(rf, is ? Filter.RelationCondition.IS_NOT
                                : Filter.RelationCondition.IS, Filter.TRUE));
                    } else {
                        parts.add(new Filter.Relation(rf, is ? Filter.RelationCondition.IS
                                : Filter.RelationCondition.IS_NOT, where(related, e.getValue())));
                    }
                }
                return all(parts);
            }
            default:
                return new Filter.Relation(rf, Filter.RelationCondition.IS, where(related, pm));
        }
    }
}
