package dev.refract.engine.protocol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON protocol's selection sets turned into plain selections, as Prisma's protocol adapter
 * does: {@code $scalars: true} adds every scalar field of the object, {@code field: true} selects a
 * scalar or (for a relation or {@code _count}) all scalars of the nested object, {@code field: false}
 * excludes it (after everything else is added, so the order of keys does not matter), and
 * {@code field: {arguments, selection}} nests. Unknown names are kept, so that validation can
 * report them with Prisma's error.
 */
final class Selections {
    private Selections() {
    }

    /** A selection: a field name, its raw arguments, the nested selections and the excluded names. */
    static final class Sel {
        final String name;
        final Map<String, Object> arguments;
        final List<Sel> nested = new ArrayList<>();
        final List<String> exclusions = new ArrayList<>();

        Sel(String name, Map<String, Object> arguments) {
            this.name = name;
            this.arguments = arguments;
        }

        void push(Sel s) {
            for (int i = 0; i < nested.size(); i++) {
                if (nested.get(i).name.equals(s.name)) {
                    nested.set(i, s);
                    return;
                }
            }
            nested.add(s);
        }
    }

    /** Converts {@code {arguments?, selection}} for the output field {@code field}. */
    static Sel convert(String name, OutputField field, Object fieldQuery) {
        if (!(fieldQuery instanceof Map)) {
            throw new ProtocolException("Invalid query: expected an object with `selection` for `" + name + "`");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> query = (Map<String, Object>) fieldQuery;
        Object rawArgs = query.get("arguments");
        Map<String, Object> arguments = new LinkedHashMap<>();
        if (rawArgs instanceof Map<?, ?> argMap) {
            for (Map.Entry<?, ?> e : argMap.entrySet()) {
                arguments.put((String) e.getKey(), Args.convert(e.getValue()));
            }
        } else if (rawArgs != null) {
            throw new ProtocolException("Invalid query: `arguments` of `" + name + "` must be an object");
        }
        Object rawSelection = query.get("selection");
        if (!(rawSelection instanceof Map)) {
            throw new ProtocolException("Invalid query: missing `selection` object for `" + name + "`");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> selection = (Map<String, Object>) rawSelection;
        Sel sel = new Sel(name, arguments);
        OutputObjectType type = field == null ? null : field.objectType();
        for (Map.Entry<String, Object> e : selection.entrySet()) {
            String key = e.getKey();
            Object value = e.getValue();
            if (Boolean.TRUE.equals(value) && key.equals("$scalars")) {
                if (type != null) {
                    addScalars(sel, type);
                }
            } else if (Boolean.TRUE.equals(value) && key.equals("$composites")) {
                // Composite types exist only on MongoDB, which Refract does not serve: nothing to add.
                continue;
            } else if (Boolean.TRUE.equals(value)) {
                OutputField nestedField = type == null ? null : type.field(key);
                Sel s = new Sel(key, new LinkedHashMap<>());
                if (nestedField != null && nestedField.objectType() != null) {
                    addScalars(s, nestedField.objectType());
                }
                sel.push(s);
            } else if (Boolean.FALSE.equals(value)) {
                sel.exclusions.add(key);
            } else if (value instanceof Map) {
                if (type == null) {
                    continue;
                }
                OutputField nestedField = type.field(key);
                if (nestedField != null) {
                    sel.push(convert(key, nestedField, value));
                } else {
                    sel.push(new Sel(key, new LinkedHashMap<>()));
                }
            } else {
                throw new ProtocolException("Invalid query: the selection of `" + key
                        + "` must be true, false or an object with `selection`");
            }
        }
        for (String excluded : sel.exclusions) {
            sel.nested.removeIf(s -> s.name.equals(excluded));
        }
        return sel;
    }

    private static void addScalars(Sel sel, OutputObjectType type) {
        for (OutputField f : type.fields()) {
            if (f.isScalar()) {
                sel.push(new Sel(f.name(), new LinkedHashMap<>()));
            }
        }
    }
}
