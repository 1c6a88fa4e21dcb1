package dev.refract.schema.validate;

import dev.refract.schema.db.EnumWalker;

/** Checks on enums. */
final class EnumValidations {
    private EnumValidations() {
    }

    static void databaseNameClashes(ValidationContext ctx) {
    }

    static void connectorSupportsEnums(EnumWalker enm, ValidationContext ctx) {
    }

    static void schemaIsDefinedInTheDatasource(EnumWalker enm, ValidationContext ctx) {
    }

    static void schemaAttributeSupportedInConnector(EnumWalker enm, ValidationContext ctx) {
    }

    static void schemaAttributeMissing(EnumWalker enm, ValidationContext ctx) {
    }

    static void connectorSpecific(EnumWalker enm, ValidationContext ctx) {
    }
}
