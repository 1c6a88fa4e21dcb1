package dev.refract.schema.db;

import java.util.HashMap;
import java.util.Map;

/**
 * Resolved names: the namespace shared by models, views, enums and composite types, the separate
 * namespaces of generators and datasources, and the field names of each model and composite type.
 * On duplicates the last definition wins, as in Prisma (the first is reported).
 */
final class Names {
    /** Name of a model, view, enum or composite type -> where it is defined. */
    final Map<String, TopRef> tops = new HashMap<>();
    final Map<String, TopRef> generators = new HashMap<>();
    final Map<String, TopRef> datasources = new HashMap<>();
    final Map<ModelId, Map<String, Integer>> modelFields = new HashMap<>();
    final Map<CompositeTypeId, Map<String, Integer>> compositeTypeFields = new HashMap<>();

    /** A top-level block: its file and position in that file. */
    record TopRef(int fileId, int topIndex) {
    }

    /** The index of the field called {@code name} in the model, or -1. */
    int modelField(ModelId model, String name) {
        Integer i = modelFields.getOrDefault(model, Map.of()).get(name);
        return i == null ? -1 : i;
    }

    int compositeTypeField(CompositeTypeId ct, String name) {
        Integer i = compositeTypeFields.getOrDefault(ct, Map.of()).get(name);
        return i == null ? -1 : i;
    }
}
