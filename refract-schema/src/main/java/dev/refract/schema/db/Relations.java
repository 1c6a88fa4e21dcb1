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
