package dev.refract.schema.validate;

import dev.refract.schema.ast.Field;
import dev.refract.schema.db.CompositeTypeFieldWalker;
import dev.refract.schema.db.IndexFieldWalker;
import dev.refract.schema.db.ModelWalker;
import dev.refract.schema.db.PrimaryKeyWalker;
import dev.refract.schema.db.ScalarFieldWalker;
import dev.refract.schema.diagnostics.Span;

/** Checks on scalar fields: client names, native types, lengths, clustering, connector rules. */
final class FieldValidations {
    private FieldValidations() {
    }

    static void validateCompositeNativeTypeArguments(CompositeTypeFieldWalker field, ValidationContext ctx) {
        NativeTypeValidations.compositeTypeField(field, ctx);
    }

    static void validateLengthUsedWithCorrectTypes(IndexFieldWalker field, String attributeName, Span attributeSpan, ValidationContext ctx) {
    }

    static void idSupportsClusteringSetting(PrimaryKeyWalker pk, ValidationContext ctx) {
    }

    static void clusteringCanBeDefinedOnlyOnce(PrimaryKeyWalker pk, ValidationContext ctx) {
    }

    static void validateScalarFieldConnectorSpecific(ScalarFieldWalker field, ValidationContext ctx) {
    }

    static void validateClientName(ModelWalker model, String fieldName, Field astField, Names names, ValidationContext ctx) {
    }

    static void hasAUniqueDefaultConstraintName(ScalarFieldWalker field, Names names, ValidationContext ctx) {
    }

    static void validateNativeTypeArguments(ScalarFieldWalker field, ValidationContext ctx) {
        NativeTypeValidations.scalarField(field, ctx);
    }

    static void validateUnsupportedFieldType(ScalarFieldWalker field, ValidationContext ctx) {
    }
}
