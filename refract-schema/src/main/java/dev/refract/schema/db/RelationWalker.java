package dev.refract.schema.db;

import java.util.List;

/**
 * A relation between two models. For one-to-one and one-to-many relations, model A holds the
 * foreign key ({@link #fieldA()} is the forward field with {@code fields:}/{@code references:},
 * null when only the back side is written) and model B is referenced. For implicit many-to-many
 * relations, A and B are ordered by model name, then field name.
 */
public record RelationWalker(ParserDatabase db, int id) {

    Relations.Relation data() {
        return db.relations.relations.get(id);
    }

    /** Prisma's generated relation name for two models: the names in order, joined by {@code To}. */
    public static String generatedName(String modelA, String modelB) {
        return modelA.compareTo(modelB) < 0 ? modelA + "To" + modelB : modelB + "To" + modelA;
    }

    public ModelId modelAId() {
        return data().modelA();
    }

    public ModelId modelBId() {
        return data().modelB();
    }

    public ModelWalker modelA() {
        return new ModelWalker(db, data().modelA());
    }

    public ModelWalker modelB() {
        return new ModelWalker(db, data().modelB());
    }

    /** The field on model A, or null. */
    public RelationFieldWalker fieldA() {
        return field(data().modelA(), data().fieldA());
    }

    /** The field on model B, or null. */
    public RelationFieldWalker fieldB() {
        return field(data().modelB(), data().fieldB());
    }

    private RelationFieldWalker field(ModelId model, int fieldIndex) {
        if (fieldIndex < 0) {
            return null;
        }
        int rf = db.types.findRelationField(model, fieldIndex);
        return rf < 0 ? null : new RelationFieldWalker(db, rf);
    }

    /** The {@code name} argument, or null when the relation is unnamed. */
    public String explicitRelationName() {
        return data().name();
    }

    /** Whether the relation has an explicit name. */
    public boolean hasExplicitName() {
        return data().name() != null;
    }

    /** The explicit name, else the generated one. */
    public String relationName() {
        String n = data().name();
        return n != null ? n : generatedName(modelA().name(), modelB().name());
    }

    public boolean isImplicitManyToMany() {
        return data().kind() == Relations.Kind.IMPLICIT_MANY_TO_MANY;
    }

    public boolean isTwoWayEmbeddedManyToMany() {
        return data().kind() == Relations.Kind.TWO_WAY_EMBEDDED_MANY_TO_MANY;
    }

    /** One-to-one or one-to-many: the relation is stored as a foreign key on model A. */
    public boolean isInline() {
        return data().kind() == Relations.Kind.ONE_TO_ONE || data().kind() == Relations.Kind.ONE_TO_MANY;
    }

    public boolean isOneToOne() {
        return data().kind() == Relations.Kind.ONE_TO_ONE;
    }

    public boolean isOneToMany() {
        return data().kind() == Relations.Kind.ONE_TO_MANY;
    }

    public boolean isSelfRelation() {
        return data().modelA().equals(data().modelB());
    }

    /** Whether both sides are written in the schema. */
    public boolean isComplete() {
        return data().fieldA() >= 0 && data().fieldB() >= 0;
    }

    /** Whether either field, or either model, is ignored. */
    public boolean isIgnored() {
        RelationFieldWalker a = fieldA();
        RelationFieldWalker b = fieldB();
        return (a != null && a.isIgnored()) || (b != null && b.isIgnored()) || modelA().isIgnored()
                || modelB().isIgnored();
    }

    /** Whether {@code fieldIndex} of {@code model} is one side of this relation. */
    public boolean hasField(ModelId model, int fieldIndex) {
        Relations.Relation r = data();
        return (r.fieldA() >= 0 && r.modelA().equals(model) && r.fieldA() == fieldIndex)
                || (r.fieldB() >= 0 && r.modelB().equals(model) && r.fieldB() == fieldIndex);
    }

    /** The fields of the relation that are written, A first. */
    public List<RelationFieldWalker> relationFields() {
        RelationFieldWalker a = fieldA();
        RelationFieldWalker b = fieldB();
        if (a != null && b != null) {
            return List.of(a, b);
        }
        return a != null ? List.of(a) : b != null ? List.of(b) : List.of();
    }

    /** This relation seen as inline (one-to-one or one-to-many), or null. */
    public InlineRelationWalker asInline() {
        return isInline() ? new InlineRelationWalker(db, id) : null;
    }
}
