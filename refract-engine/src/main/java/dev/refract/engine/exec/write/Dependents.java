package dev.refract.engine.exec.write;

import dev.refract.model.Model;
import dev.refract.model.PrimaryKey;
import dev.refract.model.ReferentialAction;
import dev.refract.model.Relation;
import dev.refract.model.RelationField;
import dev.refract.model.RelationKind;
import dev.refract.model.ScalarField;
import dev.refract.model.SchemaModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What points at the records of one model, and so has to follow them when they are deleted or
 * their referenced fields change under {@code relationMode = "prisma"}: the foreign keys of other
 * models' records (one-to-one and one-to-many relations whose referenced side is this model,
 * self-relations included) and the rows of implicit many-to-many join tables.
 *
 * @param inline the relations whose foreign keys refer to this model, in the schema's relation order
 * @param joins the join tables with a column that refers to this model's id
 */
record Dependents(List<Inline> inline, List<Join> joins) {

    /**
     * One relation whose referencing side ({@code child}) holds a foreign key to this model.
     *
     * @param field the relation field on the child, the one with {@code fields:} and {@code references:}
     * @param fks the child's foreign key fields
     * @param refs the referenced fields of this model, aligned with {@code fks}
     */
    record Inline(Relation relation, RelationField field, Model child, List<ScalarField> fks, List<ScalarField> refs) {
        ReferentialAction onDelete() {
            return field.effectiveOnDelete();
        }

        ReferentialAction onUpdate() {
            return field.effectiveOnUpdate();
        }

        /** True when an update of {@code fields} changes one of the referenced fields. */
        boolean touchedBy(Collection<ScalarField> fields) {
            for (ScalarField f : refs) {
                if (fields.contains(f)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * An implicit many-to-many join table with one or (for a self-relation) two columns holding
     * this model's id.
     */
    record Join(Relation relation, String schema, List<String> columns, ScalarField id) {
    }

    boolean isEmpty() {
        return inline.isEmpty() && joins.isEmpty();
    }

    /** Everything that points at {@code model}'s records. */
    static Dependents of(SchemaModel schema, Model model) {
        List<Inline> inline = new ArrayList<>();
        List<Join> joins = new ArrayList<>();
        for (Relation r : schema.relations()) {
            if (r.isManyToMany()) {
                List<String> columns = new ArrayList<>(2);
                if (r.modelA().equals(model.name())) {
                    columns.add(Relation.JOIN_COLUMN_A);
                }
                if (r.modelB().equals(model.name())) {
                    columns.add(Relation.JOIN_COLUMN_B);
                }
                if (!columns.isEmpty()) {
                    String joinSchema = schema.requireModel(r.modelA()).schema();
                    joins.add(new Join(r, joinSchema, columns, singleId(model)));
                }
                continue;
            }
            if (r.kind() == RelationKind.EMBEDDED_MANY_TO_MANY || !r.modelB().equals(model.name())) {
                continue;
            }
            RelationField field = r.fieldA();
            if (field == null || !field.isReferencing()) {
                continue;
            }
            Model child = schema.requireModel(r.modelA());
            if (child.isView()) {
                continue; // nothing stored to follow
            }
            inline.add(new Inline(r, field, child, fields(child, field.fields()), fields(model, field.references())));
        }
        return new Dependents(List.copyOf(inline), List.copyOf(joins));
    }

    private static List<ScalarField> fields(Model model, List<String> names) {
        List<ScalarField> out = new ArrayList<>(names.size());
        for (String n : names) {
            out.add(model.scalarField(n).orElseThrow(
                    () -> new IllegalStateException("no field " + n + " on " + model.name())));
        }
        return out;
    }

    private static ScalarField singleId(Model model) {
        PrimaryKey pk = model.primaryKey();
        if (pk == null || pk.fieldNames().size() != 1) {
            throw new IllegalStateException("implicit many-to-many needs a single-field id on " + model.name());
        }
        return model.scalarField(pk.fieldNames().get(0)).orElseThrow();
    }
}
