package dev.refract.schema.db;

import java.util.ArrayList;
import java.util.List;

/**
 * The relations found by inference, in the order they were found. In one-to-one and one-to-many
 * relations model A is the side holding the foreign key; in implicit many-to-many relations model
 * A and B are ordered by name (then field name for self-relations), which fixes the join table's
 * column order.
 */
final class Relations {
    final List<Relation> relations = new ArrayList<>();
    /** (model, field index) of each relation side -> relation id. */
    final java.util.Map<FieldRef, Integer> byField = new java.util.HashMap<>();

    /** A field of a model. */
    record FieldRef(ModelId model, int fieldIndex) {
    }

    void add(Relation r) {
        int id = relations.size();
        relations.add(r);
        if (r.fieldA() >= 0) {
            byField.put(new FieldRef(r.modelA(), r.fieldA()), id);
        }
        if (r.fieldB() >= 0) {
            byField.put(new FieldRef(r.modelB(), r.fieldB()), id);
        }
    }

    /** How a relation is shaped. */
    enum Kind { IMPLICIT_MANY_TO_MANY, TWO_WAY_EMBEDDED_MANY_TO_MANY, ONE_TO_ONE, ONE_TO_MANY }

    /**
     * One relation.
     *
     * @param name the explicit {@code name} of {@code @relation}, or null
     * @param fieldA the field index in model A, or -1 when that side has no field
     * @param fieldB the field index in model B, or -1 when that side has no field
     */
    record Relation(String name, Kind kind, ModelId modelA, ModelId modelB, int fieldA, int fieldB) {
    }
}
