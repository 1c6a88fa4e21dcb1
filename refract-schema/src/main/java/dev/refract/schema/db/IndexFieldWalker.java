package dev.refract.schema.db;

import dev.refract.schema.ast.Field;
import dev.refract.schema.ast.FieldArity;

/**
 * One entry of an index or primary key: the field (on the model, or inside a composite type for
 * {@code @@index([a.b])}) with its {@code sort:}, {@code length:} and {@code ops:}.
 */
public record IndexFieldWalker(ParserDatabase db, Types.FieldWithArgs data) {

    public IndexFieldPath path() {
        return data.path();
    }

    public SortOrder sortOrder() {
        return data.sortOrder();
    }

    public Integer length() {
        return data.length();
    }

    public OperatorClassStore operatorClass() {
        return data.operatorClass();
    }

    /** One step of {@link #pathToIndexedField()}: a field name and the composite type it belongs to (null for the model). */
    public record PathStep(String fieldName, String compositeTypeName) {
    }

    /** The path from the model field to the indexed field, for messages ({@code a.b} is two steps). */
    public java.util.List<PathStep> pathToIndexedField() {
        java.util.List<PathStep> out = new java.util.ArrayList<>();
        out.add(new PathStep(rootField().name(), null));
        for (IndexFieldPath.Segment seg : data.path().path()) {
            CompositeTypeFieldWalker f = new CompositeTypeFieldWalker(db, seg.compositeType(), seg.fieldIndex());
            out.add(new PathStep(f.name(), f.compositeType().name()));
        }
        return out;
    }

    /** The model field the path starts at. */
    public ScalarFieldWalker rootField() {
        return new ScalarFieldWalker(db, data.path().root());
    }

    /** The indexed model field, or null when the indexed field is inside a composite type. */
    public ScalarFieldWalker asScalarField() {
        return data.path().isTopLevel() ? rootField() : null;
    }

    /** The indexed composite type field, or null when the indexed field is on the model. */
    public CompositeTypeFieldWalker asCompositeTypeField() {
        IndexFieldPath.Segment last = data.path().last();
        return last == null ? null : new CompositeTypeFieldWalker(db, last.compositeType(), last.fieldIndex());
    }

    /** The AST field that is indexed (the last one of the path). */
    public Field astField() {
        CompositeTypeFieldWalker ct = asCompositeTypeField();
        return ct != null ? ct.astField() : rootField().astField();
    }

    public String name() {
        return astField().name().name();
    }

    public FieldArity arity() {
        return astField().arity();
    }

    public boolean isRequired() {
        return arity().isRequired();
    }

    /** The type of the indexed field. */
    public ScalarFieldType scalarFieldType() {
        CompositeTypeFieldWalker ct = asCompositeTypeField();
        return ct != null ? ct.type() : rootField().scalarFieldType();
    }
}
