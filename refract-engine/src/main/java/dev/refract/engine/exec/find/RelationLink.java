package dev.refract.engine.exec.find;

import dev.refract.model.Model;
import dev.refract.model.PrimaryKey;
import dev.refract.model.Relation;
import dev.refract.model.RelationField;
import dev.refract.model.ScalarField;
import dev.refract.model.SchemaModel;
import java.util.ArrayList;
import java.util.List;

/**
 * How the records of one relation field tie to their parent: which parent columns hold the key,
 * which child columns match it, and for implicit many-to-many the join table in between.
 *
 * @param field the relation field, on the parent model
 * @param parent the parent model
 * @param child the related model
 * @param toMany true when the field is a list
 * @param parentKey the parent's columns whose values pick the children
 * @param childKey the child's columns that equal {@code parentKey} (inline relations), or the
 *     child's id column that the join table's {@code childJoinColumn} points to (many-to-many)
 * @param joinTable the implicit join table, or null for inline relations
 * @param joinSchema its schema, or null
 * @param parentJoinColumn the join table column holding the parent's id ({@code A} or {@code B})
 * @param childJoinColumn the join table column holding the child's id
 */
public record RelationLink(RelationField field, Model parent, Model child, boolean toMany, List<ScalarField> parentKey,
                           List<ScalarField> childKey, String joinTable, String joinSchema, String parentJoinColumn,
                           String childJoinColumn) {

    public boolean isManyToMany() {
        return joinTable != null;
    }

    /** Resolves the link of {@code field}, a relation field of {@code parent}. */
    public static RelationLink of(SchemaModel schema, Model parent, RelationField field) {
        Model child = schema.requireModel(field.relatedModel());
        Relation relation = schema.relation(field);
        if (relation.isManyToMany()) {
            boolean parentIsA = relation.fieldA() == field;
            Model modelA = schema.requireModel(relation.modelA());
            return new RelationLink(field, parent, child, true, idFields(parent), idFields(child),
                    relation.joinTableName(), modelA.schema(),
                    parentIsA ? Relation.JOIN_COLUMN_A : Relation.JOIN_COLUMN_B,
                    parentIsA ? Relation.JOIN_COLUMN_B : Relation.JOIN_COLUMN_A);
        }
        if (field.isReferencing()) {
            return new RelationLink(field, parent, child, field.isList(), fields(parent, field.fields()),
                    fields(child, field.references()), null, null, null, null);
        }
        RelationField other = relation.otherSide(field);
        if (other == null || !other.isReferencing()) {
            throw new IllegalStateException("relation " + relation.name() + " has no side with fields");
        }
        return new RelationLink(field, parent, child, field.isList(), fields(parent, other.references()),
                fields(child, other.fields()), null, null, null, null);
    }

    private static List<ScalarField> idFields(Model model) {
        PrimaryKey pk = model.primaryKey();
        if (pk == null || pk.fields().size() != 1) {
            throw new IllegalStateException("implicit many-to-many needs a single-field id on " + model.name());
        }
        return fields(model, pk.fieldNames());
    }

    static List<ScalarField> fields(Model model, List<String> names) {
        List<ScalarField> out = new ArrayList<>(names.size());
        for (String n : names) {
            out.add(model.scalarField(n).orElseThrow(
                    () -> new IllegalStateException("no scalar field " + n + " on " + model.name())));
        }
        return out;
    }
}
