package dev.refract.model;

/**
 * A relation between two models, resolved from its relation fields.
 *
 * <p>For one-to-one and one-to-many relations, side A is the referencing side (the field with
 * {@code fields:}/{@code references:}, holding the foreign key) and side B the back relation.
 * For implicit many-to-many relations, side A is the model whose name sorts first (for a
 * self-relation, the field whose name sorts first): it is the one the join table's column
 * {@code A} points to. Embedded many-to-many relations (MongoDB) keep declaration order.
 *
 * @param name the relation's name (explicit or Prisma's default)
 * @param kind one-to-one, one-to-many or many-to-many
 * @param modelA the model of side A
 * @param fieldA the relation field on side A, or null when that side has no field
 * @param modelB the model of side B
 * @param fieldB the relation field on side B, or null when that side has no field
 */
public record Relation(String name, RelationKind kind, String modelA, RelationField fieldA, String modelB,
                       RelationField fieldB) {

    public boolean isManyToMany() {
        return kind == RelationKind.MANY_TO_MANY;
    }

    public boolean isSelfRelation() {
        return modelA.equals(modelB);
    }

    /** The implicit join table of a many-to-many relation: {@code _} and the relation name ({@code _CategoryToPost}). */
    public String joinTableName() {
        if (!isManyToMany()) {
            throw new IllegalStateException("relation " + name + " has no join table: it is " + kind);
        }
        return "_" + name;
    }

    /** The join table column that points to {@link #modelA()}. */
    public static final String JOIN_COLUMN_A = "A";

    /** The join table column that points to {@link #modelB()}. */
    public static final String JOIN_COLUMN_B = "B";

    /** The field on the other side of {@code field}, or null when there is none. */
    public RelationField otherSide(RelationField field) {
        if (field == fieldA) {
            return fieldB;
        }
        if (field == fieldB) {
            return fieldA;
        }
        throw new IllegalArgumentException(field.name() + " is not a side of relation " + name);
    }
}
