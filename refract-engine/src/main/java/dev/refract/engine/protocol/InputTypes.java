package dev.refract.engine.protocol;

import static dev.refract.engine.protocol.InputObjectType.Kind;

import dev.refract.model.BuiltinType;
import dev.refract.model.EnumType;
import dev.refract.model.EnumValue;
import dev.refract.model.Field;
import dev.refract.model.Model;
import dev.refract.model.RelationField;
import dev.refract.model.ScalarField;
import dev.refract.model.ScalarType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The input types of Prisma's query schema that reads use: where, where-unique, scalar, Json,
 * list and relation filters, orderBy inputs and groupBy's having. Names, field order and field
 * types follow Prisma's schema builder, because validation errors print them.
 */
final class InputTypes {
    static final InputType.Enum SORT_ORDER = new InputType.Enum("SortOrder", List.of("asc", "desc"));
    static final InputType.Enum NULLS_ORDER = new InputType.Enum("NullsOrder", List.of("first", "last"));
    static final InputType.Enum QUERY_MODE = new InputType.Enum("QueryMode", List.of("default", "insensitive"));
    static final InputType.Enum JSON_NULL_FILTER =
            new InputType.Enum("JsonNullValueFilter", List.of("DbNull", "JsonNull", "AnyNull"));

    private final SchemaFields fields;
    private final Capabilities caps;
    private final Map<String, InputObjectType> cache = new HashMap<>();

    InputTypes(SchemaFields fields, Capabilities caps) {
        this.fields = fields;
        this.caps = caps;
    }

    private synchronized InputObjectType object(String name, Kind kind, Model model, Field field,
                                                Supplier<List<InputField>> fieldList) {
        InputObjectType t = cache.get(name);
        if (t == null) {
            t = new InputObjectType(name, kind, model, field, fieldList);
            cache.put(name, t);
        }
        return t;
    }

    private static InputType obj(InputObjectType t) {
        return new InputType.Obj(t);
    }

    private static InputType list(InputType t) {
        return new InputType.ListOf(t);
    }

    /** The scalar or enum input type of a field's values (not of the list). */
    InputType scalarType(ScalarField f) {
        if (f.type() instanceof ScalarType.EnumRef e) {
            EnumType et = fields.schema().enumType(e.enumName()).orElseThrow();
            return new InputType.Enum(et.name(), et.values().stream().map(EnumValue::name).toList());
        }
        return new InputType.Scalar(f.type().name());
    }

    /** The type of a field's whole value: the scalar, or a list of it. */
    InputType valueType(ScalarField f) {
        return f.isList() ? list(scalarType(f)) : scalarType(f);
    }

    /** {@code [t, TFieldRefInput]}: a value or a reference to a field of the same type. */
    List<InputType> withFieldRef(InputType t, Model model) {
        String base = t instanceof InputType.ListOf l ? "List" + refBase(l.element()) : refBase(t);
        InputObjectType ref = object(base + "FieldRefInput", Kind.FIELD_REF, model, null, () -> List.of(
                InputField.required("_ref", InputType.STRING), InputField.required("_container", InputType.STRING)));
        return List.of(t, obj(ref));
    }

    private static String refBase(InputType t) {
        return t instanceof InputType.Enum e ? "Enum" + e.name() : t.displayName();
    }

    // ---- where ------------------------------------------------------------------------------

    InputObjectType where(Model m) {
        return object(m.name() + "WhereInput", Kind.WHERE, m, null, () -> {
            List<InputField> out = booleanOperators(where(m));
            for (Field f : fields.visible(m)) {
                out.add(filterField(m, f, false));
            }
            return out;
        });
    }

    private static List<InputField> booleanOperators(InputObjectType self) {
        List<InputField> out = new ArrayList<>();
        out.add(InputField.optional("AND", obj(self), list(obj(self))));
        out.add(InputField.optional("OR", list(obj(self))));
        out.add(InputField.optional("NOT", obj(self), list(obj(self))));
        return out;
    }

    InputObjectType whereUnique(Model m) {
        InputObjectType t = object(m.name() + "WhereUniqueInput", Kind.WHERE_UNIQUE, m, null, () -> {
            List<InputField> out = new ArrayList<>();
            List<Field> rest = new ArrayList<>();
            for (Field f : fields.visible(m)) {
                if (f instanceof ScalarField sf && SchemaFields.isUnique(m, sf)) {
                    out.add(InputField.optional(sf.name(), valueType(sf)));
                } else {
                    rest.add(f);
                }
            }
            for (Map.Entry<String, List<ScalarField>> e : fields.compoundKeys(m).entrySet()) {
                out.add(InputField.optional(e.getKey(), obj(compoundUnique(m, e.getKey(), e.getValue()))));
            }
            out.addAll(booleanOperators(where(m)));
            for (Field f : rest) {
                out.add(filterField(m, f, false));
            }
            return out;
        });
        if (t.minFields() == null) {
            t.constrain(1, null, SchemaFields.uniqueConstraintKeys(m));
        }
        return t;
    }

    private InputObjectType compoundUnique(Model m, String key, List<ScalarField> parts) {
        boolean named = !key.equals(String.join("_", parts.stream().map(ScalarField::name).toList()));
        String middle = named ? SchemaFields.capitalize(key)
                : String.join("", parts.stream().map(p -> SchemaFields.capitalize(p.name())).toList());
        return object(m.name() + middle + "CompoundUniqueInput", Kind.COMPOUND_UNIQUE, m, null, () -> {
            List<InputField> out = new ArrayList<>();
            for (ScalarField p : parts) {
                out.add(InputField.required(p.name(), valueType(p)));
            }
            return out;
        });
    }

    /** A model field inside a where (or having, with aggregates): its filter types, nullable when optional. */
    InputField filterField(Model m, Field f, boolean aggregates) {
        if (f instanceof RelationField rf) {
            Model related = fields.related(rf);
            if (rf.isList()) {
                InputObjectType t = object(related.name() + "ListRelationFilter", Kind.TO_MANY_RELATION_FILTER,
                        related, null, () -> List.of(
                                InputField.optional("every", obj(where(related))),
                                InputField.optional("some", obj(where(related))),
                                InputField.optional("none", obj(where(related)))));
                return InputField.optional(rf.name(), obj(t));
            }
            boolean optional = !rf.isRequired();
            String name = related.name() + (optional ? "NullableScalarRelationFilter" : "ScalarRelationFilter");
            InputObjectType t = object(name, Kind.TO_ONE_RELATION_FILTER, related, null, () -> List.of(
                    InputField.optional("is", obj(where(related))).nullableIf(optional),
                    InputField.optional("isNot", obj(where(related))).nullableIf(optional)));
            return InputField.optional(rf.name(), obj(t), obj(where(related))).nullableIf(optional);
        }
        ScalarField sf = (ScalarField) f;
        if (sf.isList()) {
            return InputField.optional(sf.name(), obj(listFilter(m, sf)));
        }
        boolean nullable = !sf.isRequired();
        if (SchemaFields.isJson(sf)) {
            return InputField.optional(sf.name(), obj(jsonFilter(m, nullable, false, aggregates)));
        }
        return InputField.optional(sf.name(), obj(scalarFilter(m, sf, nullable, false, aggregates)), valueType(sf))
                .nullableIf(nullable);
    }

    private InputObjectType listFilter(Model m, ScalarField sf) {
        InputType element = scalarType(sf);
        String name = SchemaFields.filterBase(sf) + "NullableListFilter";
        InputObjectType t = object(name, Kind.LIST_FILTER, null, null, () -> List.of(
                InputField.optional("equals", withFieldRef(list(element), m)).nullableIf(true),
                InputField.optional("has", withFieldRef(element, m)).nullableIf(true),
                InputField.optional("hasEvery", withFieldRef(list(element), m)),
                InputField.optional("hasSome", withFieldRef(list(element), m)),
                InputField.optional("isEmpty", InputType.BOOLEAN)));
        if (t.minFields() == null) {
            t.constrain(1, 1, null);
        }
        return t;
    }

    /** The base of a filter's name: Int, String, EnumRole; Uuid for {@code @db.Uuid} on PostgreSQL and CockroachDB. */
    String filterBase(ScalarField sf) {
        if (caps.uuidFilters() && sf.nativeType() != null && sf.nativeType().name().equalsIgnoreCase("uuid")) {
            return "Uuid";
        }
        return SchemaFields.filterBase(sf);
    }

    InputObjectType scalarFilter(Model m, ScalarField sf, boolean nullable, boolean nested, boolean aggregates) {
        String base = filterBase(sf);
        String name = (nested ? "Nested" : "") + base + (nullable ? "Nullable" : "")
                + (aggregates ? "WithAggregates" : "") + "Filter";
        BuiltinType b = SchemaFields.builtin(sf);
        InputType t = scalarType(sf);
        return object(name, Kind.SCALAR_FILTER, null, null, () -> {
            List<InputField> out = new ArrayList<>();
            out.add(InputField.optional("equals", withFieldRef(t, m)).nullableIf(nullable));
            if (b != BuiltinType.BOOLEAN) {
                List<InputType> in = caps.scalarLists() ? withFieldRef(list(t), m) : List.of(list(t));
                out.add(InputField.optional("in", in).nullableIf(nullable));
                out.add(InputField.optional("notIn", in).nullableIf(nullable));
            }
            if (b != null && b != BuiltinType.BOOLEAN && b != BuiltinType.BYTES) {
                for (String op : List.of("lt", "lte", "gt", "gte")) {
                    out.add(InputField.optional(op, withFieldRef(t, m)));
                }
            }
            if (b == BuiltinType.STRING) {
                if (!base.equals("Uuid")) { // Prisma offers no string matching on native UUIDs
                    for (String op : List.of("contains", "startsWith", "endsWith")) {
                        out.add(InputField.optional(op, withFieldRef(t, m)));
                    }
                }
                if (caps.fullTextSearch()) {
                    out.add(InputField.optional("search", InputType.STRING));
                }
                if (!nested && caps.insensitiveFilters()) {
                    out.add(InputField.optional("mode", QUERY_MODE).withDefault("default"));
                }
            }
            out.add(InputField.optional("not", t, obj(scalarFilter(m, sf, nullable, true, aggregates)))
                    .nullableIf(nullable));
            if (aggregates) {
                out.addAll(aggregateFilters(m, sf, nullable));
            }
            return out;
        });
    }

    private List<InputField> aggregateFilters(Model m, ScalarField sf, boolean nullable) {
        List<InputField> out = new ArrayList<>();
        ScalarField countField = ScalarField.builder("_count", BuiltinType.INT).build();
        out.add(InputField.optional("_count", obj(scalarFilter(m, countField, nullable, true, false))));
        if (SchemaFields.isNumeric(sf)) {
            BuiltinType avg = SchemaFields.builtin(sf) == BuiltinType.DECIMAL ? BuiltinType.DECIMAL : BuiltinType.FLOAT;
            out.add(InputField.optional("_avg",
                    obj(scalarFilter(m, ScalarField.builder("_avg", avg).build(), nullable, true, false))));
            out.add(InputField.optional("_sum", obj(scalarFilter(m, sf, nullable, true, false))));
        }
        out.add(InputField.optional("_min", obj(SchemaFields.isJson(sf) ? jsonFilter(m, nullable, true, false)
                : scalarFilter(m, sf, nullable, true, false))));
        out.add(InputField.optional("_max", obj(SchemaFields.isJson(sf) ? jsonFilter(m, nullable, true, false)
                : scalarFilter(m, sf, nullable, true, false))));
        return out;
    }

    InputObjectType jsonFilter(Model m, boolean nullable, boolean nested, boolean aggregates) {
        String name = (nested ? "Nested" : "") + "Json" + (nullable ? "Nullable" : "")
                + (aggregates ? "WithAggregates" : "") + "Filter";
        return object(name, Kind.JSON_FILTER, null, null, () -> {
            List<InputField> out = new ArrayList<>();
            List<InputType> eq = new ArrayList<>(withFieldRef(InputType.JSON, m));
            if (caps.advancedJsonNullability()) {
                eq.add(JSON_NULL_FILTER);
            }
            out.add(InputField.optional("equals", eq).nullableIf(nullable && !caps.advancedJsonNullability()));
            if (caps.jsonFiltering()) {
                out.add(InputField.optional("path", caps.jsonArrayPath() ? list(InputType.STRING) : InputType.STRING));
                out.add(InputField.optional("mode", QUERY_MODE).withDefault("default"));
                for (String op : List.of("string_contains", "string_starts_with", "string_ends_with")) {
                    out.add(InputField.optional(op, withFieldRef(InputType.STRING, m)));
                }
                List<String> arrayOps = new ArrayList<>(List.of("array_starts_with", "array_ends_with"));
                if (caps.jsonArrayContains()) {
                    arrayOps.add("array_contains");
                }
                for (String op : arrayOps) {
                    out.add(InputField.optional(op, withFieldRef(InputType.JSON, m)).nullableIf(true));
                }
                for (String op : List.of("lt", "lte", "gt", "gte")) {
                    out.add(InputField.optional(op, withFieldRef(InputType.JSON, m)));
                }
            }
            out.add(InputField.optional("not", eq).nullableIf(nullable && !caps.advancedJsonNullability()));
            if (aggregates) {
                ScalarField countField = ScalarField.builder("_count", BuiltinType.INT).build();
                out.add(InputField.optional("_count", obj(scalarFilter(m, countField, nullable, true, false))));
                out.add(InputField.optional("_min", obj(jsonFilter(m, nullable, true, false))));
                out.add(InputField.optional("_max", obj(jsonFilter(m, nullable, true, false))));
            }
            return out;
        });
    }

    /** Nested updateMany's and deleteMany's filter: AND/OR/NOT and the scalar fields, no relations. */
    InputObjectType scalarWhere(Model m) {
        return object(m.name() + "ScalarWhereInput", Kind.WHERE, m, null, () -> {
            List<InputField> out = booleanOperators(scalarWhere(m));
            for (ScalarField sf : fields.visibleScalars(m)) {
                out.add(filterField(m, sf, false));
            }
            return out;
        });
    }

    /** groupBy's having: AND/OR/NOT and the scalar fields with their aggregate filters. */
    InputObjectType scalarWhereWithAggregates(Model m) {
        return object(m.name() + "ScalarWhereWithAggregatesInput", Kind.SCALAR_WHERE_WITH_AGGREGATES, m, null, () -> {
            List<InputField> out = booleanOperators(scalarWhereWithAggregates(m));
            for (ScalarField sf : fields.visibleScalars(m)) {
                out.add(filterField(m, sf, true));
            }
            return out;
        });
    }
}
