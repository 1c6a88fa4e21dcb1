package dev.refract.schema.db;

import dev.refract.schema.ast.Attribute;
import dev.refract.schema.ast.FieldArity;
import dev.refract.schema.diagnostics.Span;
import java.util.List;

/** A field whose type is a model: one side of a relation. */
public record RelationFieldWalker(ParserDatabase db, int id) implements ModelFieldAccess {

    Types.RelationFieldData data() {
        return db.types.relationFields.get(id);
    }

    @Override
    public ModelId modelId() {
        return data().model;
    }

    @Override
    public int fieldIndex() {
        return data().fieldIndex;
    }

    /** The model this field points to. */
    public ModelWalker relatedModel() {
        return new ModelWalker(db, data().referencedModel);
    }

    /**
     * Required when any of the referencing fields ({@code fields:}) is required, else the field's
     * own arity: whether a record can exist without the related one.
     */
    public FieldArity referentialArity() {
        List<ScalarFieldWalker> fields = referencingFields();
        if (fields != null && fields.stream().anyMatch(ScalarFieldWalker::isRequired)) {
            return FieldArity.REQUIRED;
        }
        return arity();
    }

    /** Whether the field carries {@code @ignore}. */
    public boolean isIgnored() {
        return data().ignored;
    }

    /** The {@code @relation} attribute, or null. */
    public Attribute relationAttribute() {
        return data().relationAttribute;
    }

    /** The {@code name} argument of {@code @relation}, or null. */
    public String explicitRelationName() {
        return data().name;
    }

    /** The relation's name: the explicit one, else Prisma's generated {@code AToB}. */
    public String relationName() {
        RelationWalker r = relation();
        if (r != null) {
            return r.relationName();
        }
        String explicit = explicitRelationName();
        return explicit != null ? explicit : RelationWalker.generatedName(model().name(), relatedModel().name());
    }

    /** The {@code map} argument of {@code @relation} (the foreign key name), or null. */
    public String mappedName() {
        return data().mappedName;
    }

    /** The scalar fields of {@code fields: [...]}, or null when the argument is absent. */
    public List<ScalarFieldWalker> referencingFields() {
        List<Integer> f = data().fields;
        return f == null ? null : f.stream().map(i -> new ScalarFieldWalker(db, i)).toList();
    }

    /** Same as {@link #referencingFields()}, under Prisma's name. */
    public List<ScalarFieldWalker> fields() {
        return referencingFields();
    }

    /** The scalar fields (of the related model) of {@code references: [...]}, or null when absent. */
    public List<ScalarFieldWalker> referencedFields() {
        List<Integer> f = data().references;
        return f == null ? null : f.stream().map(i -> new ScalarFieldWalker(db, i)).toList();
    }

    /** Whether {@code fields:} was written. */
    public boolean hasFieldsArgument() {
        return data().fields != null;
    }

    public ReferentialAction explicitOnDelete() {
        return data().onDelete;
    }

    public Span explicitOnDeleteSpan() {
        return data().onDeleteSpan;
    }

    public ReferentialAction explicitOnUpdate() {
        return data().onUpdate;
    }

    public Span explicitOnUpdateSpan() {
        return data().onUpdateSpan;
    }

    /** The relation this field is a side of, or null when inference did not run. */
    public RelationWalker relation() {
        Integer r = db.relations.byField.get(new Relations.FieldRef(data().model, data().fieldIndex));
        return r == null ? null : new RelationWalker(db, r);
    }

    /** The field on the other side of the relation, or null when there is none. */
    public RelationFieldWalker oppositeRelationField() {
        RelationWalker r = relation();
        if (r == null) {
            return null;
        }
        RelationFieldWalker a = r.fieldA();
        RelationFieldWalker b = r.fieldB();
        if (a != null && a.id() == id) {
            return b;
        }
        return a;
    }
}
