package dev.refract.schema.validate;

import dev.refract.schema.db.ModelWalker;

/** Checks on one model or view as a whole, and its primary key. */
final class ModelValidations {
    private ModelValidations() {
    }

    static void databaseNameClashes(ValidationContext ctx) {
    }

    static void hasAStrictUniqueCriteria(ModelWalker model, ValidationContext ctx) {
    }

    static void hasAUniquePrimaryKeyName(ModelWalker model, Names names, ValidationContext ctx) {
    }

    static void hasAUniqueCustomPrimaryKeyNamePerModel(ModelWalker model, Names names, ValidationContext ctx) {
    }

    static void idHasFields(ModelWalker model, ValidationContext ctx) {
    }

    static void idClientNameDoesNotClashWithField(ModelWalker model, ValidationContext ctx) {
    }

    static void primaryKeyConnectorSpecific(ModelWalker model, ValidationContext ctx) {
    }

    static void primaryKeyLengthPrefixSupported(ModelWalker model, ValidationContext ctx) {
    }

    static void primaryKeySortOrderSupported(ModelWalker model, ValidationContext ctx) {
    }

    static void onlyOneFulltextAttributeAllowed(ModelWalker model, ValidationContext ctx) {
    }

    static void schemaIsDefinedInTheDatasource(ModelWalker model, ValidationContext ctx) {
    }

    static void schemaAttributeSupportedInConnector(ModelWalker model, ValidationContext ctx) {
    }

    static void schemaAttributeMissing(ModelWalker model, ValidationContext ctx) {
    }

    /** The connector's own model checks (Prisma's {@code validate_model}). */
    static void connectorSpecific(ModelWalker model, ValidationContext ctx) {
        ConnectorModelValidations.model(model, ctx);
    }
}
