package dev.refract.schema.dmmf;

import dev.refract.model.CompositeType;
import dev.refract.model.EnumType;
import dev.refract.model.EnumValue;
import dev.refract.model.Field;
import dev.refract.model.Index;
import dev.refract.model.IndexField;
import dev.refract.model.Model;
import dev.refract.model.NativeType;
import dev.refract.model.PrimaryKey;
import dev.refract.model.RelationField;
import dev.refract.model.ScalarField;
import dev.refract.model.ScalarType;
import dev.refract.model.SchemaModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code datamodel} section of Prisma's DMMF (the document Prisma's generators read), built
 * from a {@link SchemaModel}.
 *
 * <p>Key order inside each object, and which keys are left out rather than written as
 * {@code null}, follow Prisma's output exactly: generators and snapshot tests depend on both.
 */
public final class DatamodelDmmf {
    private DatamodelDmmf() {
    }

    /** The datamodel as pretty-printed JSON, as Prisma prints it. */
    public static String json(SchemaModel schema) {
        return JsonWriter.write(tree(schema));
    }

    /** The datamodel as a tree of maps and lists (see {@link JsonWriter}). */
    public static Map<String, Object> tree(SchemaModel schema) {
        List<Object> enums = new ArrayList<>();
        for (EnumType e : schema.enums()) {
            enums.add(enumType(e));
        }
        // Models first, then views, each group in declaration order; ignored ones are left out.
        List<Model> visible = new ArrayList<>();
        schema.models().stream().filter(m -> !m.ignored() && !m.isView()).forEach(visible::add);
        schema.models().stream().filter(m -> !m.ignored() && m.isView()).forEach(visible::add);
        List<Object> models = new ArrayList<>();
        List<Object> indexes = new ArrayList<>();
        for (Model m : visible) {
            models.add(model(m));
            indexes.addAll(DmmfIndexes.of(m));
        }
        List<Object> types = new ArrayList<>();
        for (CompositeType t : schema.compositeTypes()) {
            types.add(compositeType(t));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("enums", enums);
        out.put("models", models);
        out.put("types", types);
        out.put("indexes", indexes);
        return out;
    }

    private static Map<String, Object> enumType(EnumType e) {
        List<Object> values = new ArrayList<>();
        for (EnumValue v : e.values()) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("name", v.name());
            value.put("dbName", v.dbName());
            putIfPresent(value, "documentation", v.documentation());
            values.add(value);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", e.name());
        out.put("values", values);
        out.put("dbName", e.dbName());
        putIfPresent(out, "documentation", e.documentation());
        return out;
    }

    private static Map<String, Object> model(Model m) {
        List<Object> fields = new ArrayList<>();
        for (Field f : m.fields()) {
            if (f.ignored()) {
                continue;
            }
            if (f instanceof ScalarField sf) {
                if (!sf.isUnsupported()) {
                    fields.add(scalarField(m, sf));
                }
            } else {
                fields.add(relationField((RelationField) f));
            }
        }
        PrimaryKey pk = m.primaryKey();
        Map<String, Object> primaryKey = null;
        if (pk != null && !pk.definedOnField()) {
            primaryKey = new LinkedHashMap<>();
            primaryKey.put("name", pk.name());
            primaryKey.put("fields", fieldNames(pk.fields()));
        }
        List<Object> uniqueFields = new ArrayList<>();
        List<Object> uniqueIndexes = new ArrayList<>();
        for (Index index : m.indexes()) {
            if (index.isUnique() && !index.definedOnField()) {
                uniqueFields.add(fieldNames(index.fields()));
                Map<String, Object> unique = new LinkedHashMap<>();
                unique.put("name", index.name());
                unique.put("fields", fieldNames(index.fields()));
                uniqueIndexes.add(unique);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", m.name());
        out.put("dbName", m.dbName());
        out.put("schema", m.schema());
        out.put("fields", fields);
        out.put("primaryKey", primaryKey);
        out.put("uniqueFields", uniqueFields);
        out.put("uniqueIndexes", uniqueIndexes);
        out.put("isGenerated", false);
        putIfPresent(out, "documentation", m.documentation());
        return out;
    }

    // Compound keys name their fields by the field's own name (the last segment of a composite path).
    private static List<Object> fieldNames(List<IndexField> fields) {
        List<Object> names = new ArrayList<>();
        for (IndexField f : fields) {
            names.add(f.path().get(f.path().size() - 1));
        }
        return names;
    }

    private static Map<String, Object> scalarField(Model m, ScalarField f) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", f.name());
        putIfPresent(out, "dbName", f.dbName());
        out.put("kind", kind(f.type()));
        out.put("isList", f.isList());
        out.put("isRequired", !f.isOptional());
        out.put("isUnique", !f.isId() && f.isUnique());
        out.put("isId", f.isId());
        out.put("isReadOnly", m.isReferencing(f.name()));
        out.put("hasDefaultValue", f.hasDefault());
        out.put("type", f.type().name());
        out.put("nativeType", nativeType(f.nativeType()));
        if (f.hasDefault()) {
            out.put("default", DmmfDefaults.of(f.defaultValue()));
        }
        out.put("isGenerated", f.isGenerated());
        out.put("isUpdatedAt", f.isUpdatedAt());
        putIfPresent(out, "documentation", f.documentation());
        return out;
    }

    private static Map<String, Object> relationField(RelationField f) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", f.name());
        out.put("kind", "object");
        out.put("isList", f.isList());
        out.put("isRequired", !f.isOptional());
        out.put("isUnique", false);
        out.put("isId", false);
        out.put("isReadOnly", false);
        out.put("hasDefaultValue", false);
        out.put("type", f.relatedModel());
        out.put("nativeType", null);
        out.put("relationName", f.relationName());
        out.put("relationFromFields", new ArrayList<Object>(f.fields()));
        out.put("relationToFields", new ArrayList<Object>(f.references()));
        if (f.onDelete() != null) {
            out.put("relationOnDelete", f.onDelete().schemaName());
        }
        out.put("isGenerated", false);
        out.put("isUpdatedAt", false);
        putIfPresent(out, "documentation", f.documentation());
        return out;
    }

    // Composite types are written like models without keys; their fields carry no
    // isGenerated/isUpdatedAt, and the type itself no isGenerated.
    private static Map<String, Object> compositeType(CompositeType t) {
        List<Object> fields = new ArrayList<>();
        for (ScalarField f : t.fields()) {
            if (f.isUnsupported()) {
                continue;
            }
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("name", f.name());
            putIfPresent(field, "dbName", f.dbName());
            field.put("kind", kind(f.type()));
            field.put("isList", f.isList());
            field.put("isRequired", !f.isOptional());
            field.put("isUnique", false);
            field.put("isId", false);
            field.put("isReadOnly", false);
            field.put("hasDefaultValue", f.hasDefault());
            field.put("type", f.type().name());
            field.put("nativeType", nativeType(f.nativeType()));
            if (f.hasDefault()) {
                field.put("default", DmmfDefaults.of(f.defaultValue()));
            }
            putIfPresent(field, "documentation", f.documentation());
            fields.add(field);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", t.name());
        out.put("dbName", null);
        out.put("schema", null);
        out.put("fields", fields);
        out.put("primaryKey", null);
        out.put("uniqueFields", List.of());
        out.put("uniqueIndexes", List.of());
        putIfPresent(out, "documentation", t.documentation());
        return out;
    }

    static String kind(ScalarType type) {
        if (type instanceof ScalarType.CompositeRef) {
            return "object";
        }
        return type instanceof ScalarType.EnumRef ? "enum" : "scalar";
    }

    private static List<Object> nativeType(NativeType nt) {
        if (nt == null) {
            return null;
        }
        return List.of(nt.name(), new ArrayList<Object>(nt.args()));
    }

    static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
