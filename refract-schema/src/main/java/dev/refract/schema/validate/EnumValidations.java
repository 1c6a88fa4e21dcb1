package dev.refract.schema.validate;

import dev.refract.schema.connector.Capability;
import dev.refract.schema.db.EnumWalker;
import java.util.HashSet;
import java.util.Set;

/** Checks on enums, run after all models. */
final class EnumValidations {
    private EnumValidations() {
    }

    private record SchemaAndName(String schema, String name) {
    }

    /** Two enums with the same database name in the same schema (only where enums are database types). */
    static void databaseNameClashes(ValidationContext ctx) {
        Set<SchemaAndName> seen = new HashSet<>();
        for (EnumWalker enm : ctx.db().walkEnums()) {
            if (!seen.add(new SchemaAndName(enm.schema(), enm.databaseName()))) {
                ctx.error("An enum with the same database name is already defined.", enm.span());
            }
        }
    }

    static void connectorSupportsEnums(EnumWalker enm, ValidationContext ctx) {
        if (!ctx.has(Capability.ENUMS)) {
            ctx.error(Messages.validation("You defined the enum `" + enm.name() + "`. But the current connector does "
                    + "not support enums."), enm.span());
        }
    }

    static void schemaIsDefinedInTheDatasource(EnumWalker enm, ValidationContext ctx) {
        SchemaChecks.schemaIsDefinedInTheDatasource(enm.schema(), enm.schemaSpan(), ctx);
    }

    static void schemaAttributeSupportedInConnector(EnumWalker enm, ValidationContext ctx) {
        SchemaChecks.schemaAttributeSupportedInConnector(enm.schemaSpan(), ctx);
    }

    static void schemaAttributeMissing(EnumWalker enm, ValidationContext ctx) {
        if (SchemaChecks.schemaAttributeRequired(enm.schema(), ctx)) {
            ctx.error("This enum is missing an `@@schema` attribute.", enm.span());
        }
    }

    static void connectorSpecific(EnumWalker enm, ValidationContext ctx) {
        ConnectorValidations.validateEnum(enm, ctx);
    }
}
