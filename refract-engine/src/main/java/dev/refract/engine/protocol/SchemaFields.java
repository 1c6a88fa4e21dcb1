package dev.refract.engine.protocol;

import dev.refract.model.BuiltinType;
import dev.refract.model.Field;
import dev.refract.model.Index;
import dev.refract.model.Model;
import dev.refract.model.PrimaryKey;
import dev.refract.model.RelationField;
import dev.refract.model.ScalarField;
import dev.refract.model.ScalarType;
import dev.refract.model.SchemaModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which fields of a model the query schema shows, and the facts about them that type names depend on. */
final class SchemaFields {
    private final SchemaModel schema;

    SchemaFields(SchemaModel schema) {
        this.schema = schema;
    }

    SchemaModel schema() {
        return schema;
    }

    /** The fields Prisma's query schema shows: not ignored, not Unsupported, not composite, relations to shown models. */
    List<Field> visible(Model model) {
        List<Field> out = new ArrayList<>();
        for (Field f : model.fields()) {
            if (f.ignored()) {
                continue;
            }
            if (f instanceof ScalarField sf) {
                if (sf.isUnsupported() || sf.type() instanceof ScalarType.CompositeRef) {
                    continue;
                }
            } else if (f instanceof RelationField rf) {
                Model related = schema.model(rf.relatedModel()).orElse(null);
                if (related == null || related.ignored()) {
                    continue;
                }
            }
            out.add(f);
        }
        return out;
    }

    List<ScalarField> visibleScalars(Model model) {
        List<ScalarField> out = new ArrayList<>();
        for (Field f : visible(model)) {
            if (f instanceof ScalarField sf) {
                out.add(sf);
            }
        }
        return out;
    }

    List<RelationField> toManyRelations(Model model) {
        List<RelationField> out = new ArrayList<>();
        for (Field f : visible(model)) {
            if (f instanceof RelationField rf && rf.isList()) {
                out.add(rf);
            }
        }
        return out;
    }

    /** Whether records can be created: not a view, and no required Unsupported field without a default. */
    static boolean supportsCreate(Model model) {
        if (model.isView()) {
            return false;
        }
        for (ScalarField sf : model.scalarFields()) {
            if (sf.isUnsupported() && sf.isRequired() && sf.defaultValue() == null) {
                return false;
            }
        }
        return true;
    }

    Model related(RelationField rf) {
        return schema.requireModel(rf.relatedModel());
    }

    static BuiltinType builtin(ScalarField f) {
        return f.type().builtin();
    }

    static boolean isJson(ScalarField f) {
        return builtin(f) == BuiltinType.JSON;
    }

    static boolean isNumeric(ScalarField f) {
        BuiltinType b = builtin(f);
        return b == BuiltinType.INT || b == BuiltinType.BIG_INT || b == BuiltinType.FLOAT || b == BuiltinType.DECIMAL;
    }

    static boolean isString(ScalarField f) {
        return builtin(f) == BuiltinType.STRING;
    }

    /** Fields that _min/_max accept: not lists, not Json. */
    static boolean isMinMaxable(ScalarField f) {
        return !f.isList() && !isJson(f);
    }

    /** Prisma's name of the field's type in output descriptions: Int, Role, String[]. */
    static String typeName(ScalarField f) {
        return f.type().name() + (f.isList() ? "[]" : "");
    }

    /** The base of filter names: Int, String, EnumRole, and Bool for Boolean (BoolFilter, as Prisma names it). */
    static String filterBase(ScalarField f) {
        if (f.type() instanceof ScalarType.EnumRef e) {
            return "Enum" + e.enumName();
        }
        return builtin(f) == BuiltinType.BOOLEAN ? "Bool" : f.type().name();
    }

    /** Single-field unique: the single-field id, or a single-field unique index. */
    static boolean isUnique(Model model, ScalarField f) {
        PrimaryKey pk = model.primaryKey();
        if (pk != null && pk.fields().size() == 1 && pk.fieldNames().get(0).equals(f.name())) {
            return true;
        }
        for (Index idx : model.uniqueIndexes()) {
            if (idx.fields().size() == 1 && idx.fieldNames().get(0).equals(f.name())) {
                return true;
            }
        }
        return false;
    }

    /** Compound uniques (@@unique with more than one field), then the compound id, by their where-unique key. */
    Map<String, List<ScalarField>> compoundKeys(Model model) {
        Map<String, List<ScalarField>> out = new LinkedHashMap<>();
        for (Index idx : model.uniqueIndexes()) {
            if (idx.fields().size() > 1) {
                List<ScalarField> fields = resolve(model, idx.fieldNames());
                if (fields != null) {
                    out.put(idx.name() != null ? idx.name() : String.join("_", idx.fieldNames()), fields);
                }
            }
        }
        PrimaryKey pk = model.primaryKey();
        if (pk != null && pk.fields().size() > 1) {
            List<ScalarField> fields = resolve(model, pk.fieldNames());
            if (fields != null) {
                out.put(pk.name() != null ? pk.name() : String.join("_", pk.fieldNames()), fields);
            }
        }
        return out;
    }

    /** The where-unique keys on which "at least one" is required: the id, then every unique index. */
    static List<String> uniqueConstraintKeys(Model model) {
        List<String> out = new ArrayList<>();
        PrimaryKey pk = model.primaryKey();
        if (pk != null) {
            out.add(pk.fields().size() == 1 ? pk.fieldNames().get(0)
                    : pk.name() != null ? pk.name() : String.join("_", pk.fieldNames()));
        }
        for (Index idx : model.uniqueIndexes()) {
            out.add(idx.fields().size() == 1 ? idx.fieldNames().get(0)
                    : idx.name() != null ? idx.name() : String.join("_", idx.fieldNames()));
        }
        return out;
    }

    private static List<ScalarField> resolve(Model model, List<String> names) {
        List<ScalarField> out = new ArrayList<>();
        for (String n : names) {
            ScalarField sf = model.scalarField(n).orElse(null);
            if (sf == null || sf.isUnsupported()) {
                return null;
            }
            out.add(sf);
        }
        return out;
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
