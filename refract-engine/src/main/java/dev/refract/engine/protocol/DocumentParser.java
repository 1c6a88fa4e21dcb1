package dev.refract.engine.protocol;

import dev.refract.engine.ir.Values;
import dev.refract.engine.json.Json;
import dev.refract.engine.json.JsonException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates a selection against the query schema the way Prisma's query document parser does,
 * step for step, so that the first error found is Prisma's first error: arguments before nested
 * selections; unknown arguments first; schema arguments in schema order; each value tried against
 * its field's types in order, the failures of all of them becoming a Union; object fields in the
 * order given, after the check for missing required fields; field-count constraints last.
 *
 * <p>The result is a tree of {@link ParsedField}s whose argument values are typed: {@link ParsedMap}
 * for input objects, lists, and for scalars Long (Int, BigInt), BigDecimal (Float, Decimal), String
 * (also enum values), Boolean, OffsetDateTime, byte[], {@link Values.Json}, or null.
 */
final class DocumentParser {
    /** A validated selection. {@code nested} is null for scalar fields. */
    record ParsedField(OutputField field, Map<String, Object> args, List<ParsedField> nested) {
    }

    /** A validated input object. */
    record ParsedMap(InputObjectType type, Map<String, Object> values) {
    }

    ParsedField parseField(List<String> selectionPath, Selections.Sel sel, OutputField field) {
        List<String> path = append(selectionPath, field.name());
        Map<String, Object> args = parseArguments(path, sel.arguments, field.arguments());
        if (!sel.nested.isEmpty() && field.isScalar()) {
            throw ValidationError.selectionSetOnScalar(sel.name, path);
        }
        List<ParsedField> nested = null;
        if (field.objectType() != null) {
            nested = parseObject(path, sel, field.objectType());
        }
        return new ParsedField(field, args, nested);
    }

    private List<ParsedField> parseObject(List<String> path, Selections.Sel sel, OutputObjectType type) {
        if (sel.nested.isEmpty()) {
            throw ValidationError.emptySelection(path, type);
        }
        for (String excluded : sel.exclusions) {
            if (type.field(excluded) == null) {
                throw ValidationError.unknownSelectionField(append(path, excluded), type);
            }
        }
        List<ParsedField> out = new ArrayList<>();
        for (Selections.Sel s : sel.nested) {
            OutputField f = type.field(s.name);
            if (f == null) {
                throw ValidationError.unknownSelectionField(append(path, s.name), type);
            }
            out.add(parseField(path, s, f));
        }
        return out;
    }

    private Map<String, Object> parseArguments(List<String> path, Map<String, Object> given, List<InputField> schema) {
        for (String name : given.keySet()) {
            if (schema.stream().noneMatch(a -> a.name().equals(name))) {
                throw ValidationError.unknownArgument(path, List.of(name), schema);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (InputField arg : schema) {
            List<String> argPath = List.of(arg.name());
            if (given.containsKey(arg.name())) {
                out.put(arg.name(), parseValue(path, argPath, given.get(arg.name()), arg.types()));
            } else if (arg.required()) {
                throw ValidationError.requiredArgumentMissing(path, argPath, arg.types());
            }
        }
        return out;
    }

    Object parseValue(List<String> path, List<String> argPath, Object value, List<InputType> types) {
        List<ValidationError> failures = new ArrayList<>();
        for (InputType type : types) {
            if (type instanceof InputType.Scalar s && s.name().equals("Json") && Args.canBeJson(value)) {
                return new Values.Json(Args.toJsonText(value));
            }
            try {
                return parseAs(path, argPath, value, type);
            } catch (ValidationError e) {
                failures.add(e);
            }
        }
        if (failures.size() == 1) {
            throw failures.get(0);
        }
        throw ValidationError.union(failures);
    }

    private Object parseAs(List<String> path, List<String> argPath, Object value, InputType type) {
        boolean scalarValue = !(value instanceof Map) && !(value instanceof List) && !(value instanceof Args.FieldRefArg)
                && !(value instanceof Args.RawJson);
        if (scalarValue) {
            if (value == null) {
                if (type == InputType.NULL || type.equals(InputType.NULL)) {
                    return null;
                }
                throw ValidationError.requiredArgumentMissing(path, argPath, List.of(type));
            }
            if (type instanceof InputType.Scalar s) {
                return parseScalar(path, argPath, value, s);
            }
            if (type instanceof InputType.Enum e && (value instanceof Args.EnumArg || value instanceof String
                    || value instanceof Boolean)) {
                String raw = value instanceof Args.EnumArg ea ? ea.value() : String.valueOf(value);
                if (!e.values().contains(raw)) {
                    throw ValidationError.invalidArgumentValue(path, argPath, raw, e.name(), null);
                }
                return raw;
            }
            throw ValidationError.invalidArgumentType(path, argPath, type, Args.typeName(value));
        }
        if (value instanceof List<?> list && type instanceof InputType.ListOf l) {
            List<Object> out = new ArrayList<>();
            for (Object item : list) {
                out.add(parseValue(path, argPath, item, List.of(l.element())));
            }
            return out;
        }
        if ((value instanceof Map || value instanceof Args.FieldRefArg) && type instanceof InputType.Obj o) {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = value instanceof Args.FieldRefArg r ? r.value() : (Map<String, Object>) value;
            return parseInputObject(path, argPath, map, o.type());
        }
        throw ValidationError.invalidArgumentType(path, argPath, type, Args.typeName(value));
    }

    private Object parseScalar(List<String> path, List<String> argPath, Object v, InputType.Scalar type) {
        String t = type.name();
        switch (t) {
            case "String":
                if (v instanceof String) {
                    return v;
                }
                break;
            case "Boolean":
                if (v instanceof Boolean) {
                    return v;
                }
                break;
            case "Int":
                if (v instanceof Long) {
                    return v;
                }
                if (v instanceof BigDecimal d) {
                    BigInteger i = d.toBigInteger();
                    if (i.bitLength() < 64) {
                        return i.longValue();
                    }
                    throw ValidationError.valueTooLarge(path, argPath, d.toPlainString());
                }
                break;
            case "BigInt":
                if (v instanceof Args.BigIntArg b) {
                    return b.value();
                }
                if (v instanceof Long) {
                    return v;
                }
                if (v instanceof String s) {
                    try {
                        return Long.parseLong(s);
                    } catch (NumberFormatException e) {
                        throw ValidationError.invalidArgumentValue(path, argPath, s, "big integer String",
                                "invalid digit found in string");
                    }
                }
                break;
            case "Float":
            case "Decimal":
                if (v instanceof Long l) {
                    return BigDecimal.valueOf(l);
                }
                if (v instanceof BigDecimal) {
                    return v;
                }
                if (t.equals("Decimal") && v instanceof String s) {
                    try {
                        return new BigDecimal(s);
                    } catch (NumberFormatException e) {
                        throw ValidationError.invalidArgumentValue(path, argPath, s, "decimal String",
                                "Failed to parse empty string");
                    }
                }
                break;
            case "DateTime":
                if (v instanceof OffsetDateTime) {
                    return v;
                }
                if (v instanceof String s) {
                    try {
                        return Rfc3339.parse(s);
                    } catch (Rfc3339.ParseError e) {
                        throw ValidationError.invalidArgumentValue(path, argPath, s, "ISO-8601 DateTime", e.getMessage());
                    }
                }
                break;
            case "Bytes":
                if (v instanceof byte[]) {
                    return v;
                }
                if (v instanceof String s) {
                    try {
                        return Base64.getDecoder().decode(s);
                    } catch (IllegalArgumentException e) {
                        throw ValidationError.invalidArgumentValue(path, argPath, s, "base64 String", e.getMessage());
                    }
                }
                break;
            case "Json":
                if (v instanceof String s) {
                    try {
                        Json.parse(s);
                        return new Values.Json(s);
                    } catch (JsonException e) {
                        throw ValidationError.invalidArgumentValue(path, argPath, s, "JSON String", e.getMessage());
                    }
                }
                break;
            default:
                break;
        }
        throw ValidationError.invalidArgumentType(path, argPath, type, Args.typeName(v));
    }

    private ParsedMap parseInputObject(List<String> path, List<String> argPath, Map<String, Object> object,
                                       InputObjectType type) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        for (InputField f : type.fields()) {
            if (!object.containsKey(f.name())) {
                if (f.defaultValue() != null) {
                    defaults.put(f.name(), f.defaultValue());
                } else if (f.required()) {
                    throw ValidationError.requiredArgumentMissing(path, append(argPath, f.name()), f.types());
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : object.entrySet()) {
            InputField f = type.field(e.getKey());
            if (f == null) {
                throw ValidationError.unknownInputField(path, append(argPath, e.getKey()), type);
            }
            out.put(e.getKey(), parseValue(path, append(argPath, f.name()), e.getValue(), f.types()));
        }
        out.putAll(defaults);
        int count = 0;
        if (type.constrainedFields() != null) {
            for (String name : type.constrainedFields()) {
                if (out.containsKey(name)) {
                    count++;
                }
            }
        } else {
            count = out.size();
        }
        if (type.maxFields() != null && count > type.maxFields()) {
            throw ValidationError.fieldCount(true, path, argPath, type, count);
        }
        if (type.minFields() != null && count < type.minFields()) {
            throw ValidationError.fieldCount(false, path, argPath, type, count);
        }
        return new ParsedMap(type, out);
    }

    static List<String> append(List<String> path, String segment) {
        List<String> out = new ArrayList<>(path.size() + 1);
        out.addAll(path);
        out.add(segment);
        return out;
    }
}
