package dev.refract.engine.protocol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The type descriptions inside validation errors' meta, shaped as Prisma serializes them. */
final class Descriptions {
    private Descriptions() {
    }

    static Map<String, Object> output(OutputObjectType type) {
        List<Object> fields = new ArrayList<>();
        for (OutputField f : type.fields()) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("name", f.name());
            d.put("typeName", f.typeName());
            d.put("isRelation", f.isRelation());
            fields.add(d);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", type.name());
        out.put("fields", fields);
        return out;
    }

    static Map<String, Object> input(InputObjectType type) {
        List<Object> fields = new ArrayList<>();
        for (InputField f : type.fields()) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("name", f.name());
            d.put("typeNames", typeNames(f.types()));
            d.put("required", f.required());
            fields.add(d);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", "object");
        out.put("name", type.name());
        out.put("fields", fields);
        return out;
    }

    static Map<String, Object> input(InputType type) {
        if (type instanceof InputType.Obj o) {
            return input(o.type());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        if (type instanceof InputType.ListOf l) {
            out.put("kind", "list");
            out.put("element_type", input(l.element()));
        } else if (type instanceof InputType.Enum e) {
            out.put("kind", "enum");
            out.put("name", e.name());
        } else {
            out.put("kind", "scalar");
            out.put("name", type.displayName());
        }
        return out;
    }

    static List<String> typeNames(List<InputType> types) {
        List<String> out = new ArrayList<>();
        for (InputType t : types) {
            out.add(t.displayName());
        }
        return out;
    }

    static Map<String, Object> argument(String name, List<String> typeNames) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", name);
        out.put("typeNames", typeNames);
        return out;
    }

    static String constraints(Integer min, Integer max, List<String> fields, int got) {
        String of = fields == null ? "" : " of (" + String.join(", ", fields) + ")";
        if (min == null && max == null) {
            return "Expected any selection of fields, got " + got + ".";
        }
        if (min != null && max != null && min == 1 && max == 1) {
            return "Expected exactly one field" + of + " to be present, got " + got + ".";
        }
        if (min != null && max != null) {
            return "Expected a minimum of " + min + " and at most " + max + " fields" + of + " to be present, got "
                    + got + ".";
        }
        if (min != null) {
            return "Expected a minimum of " + min + " fields" + of + " to be present, got " + got + ".";
        }
        return "Expected at most " + max + " fields" + of + " to be present, got " + got + ".";
    }
}
