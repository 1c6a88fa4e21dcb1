package dev.refract.schema.db;

import dev.refract.schema.ast.Field;

/** Any field of a model or view, before knowing whether it is a scalar or a relation field. */
public record FieldWalker(ParserDatabase db, ModelId modelId, int fieldIndex) {

    public Field astField() {
        return db.astModel(modelId).fields().get(fieldIndex);
    }

    public String name() {
        return astField().name().name();
    }

    public ModelWalker model() {
        return new ModelWalker(db, modelId);
    }

    /** The scalar field, or null when this is a relation field (or its type did not resolve). */
    public ScalarFieldWalker asScalarField() {
        int id = db.types.findScalarField(modelId, fieldIndex);
        return id < 0 ? null : new ScalarFieldWalker(db, id);
    }

    /** The relation field, or null when this is a scalar field (or its type did not resolve). */
    public RelationFieldWalker asRelationField() {
        int id = db.types.findRelationField(modelId, fieldIndex);
        return id < 0 ? null : new RelationFieldWalker(db, id);
    }

    public boolean isRelationField() {
        return db.types.findRelationField(modelId, fieldIndex) >= 0;
    }
}
