package dev.refract.schema.validate;

import dev.refract.schema.connector.Capability;
import dev.refract.schema.diagnostics.Span;

/** The {@code @@schema} checks shared by models, views and enums. */
final class SchemaChecks {
    private SchemaChecks() {
    }

    /** {@code @@schema("x")} must name one of the datasource's {@code schemas}. */
    static void schemaIsDefinedInTheDatasource(String schema, Span span, ValidationContext ctx) {
        if (schema == null || !ctx.has(Capability.MULTI_SCHEMA) || ctx.datasource() == null) {
            return;
        }
        if (!ctx.datasource().hasSchema(schema)) {
            ctx.error("This schema is not defined in the datasource. Read more on `@@schema` at "
                    + "https://pris.ly/d/multi-schema", span);
        }
    }

    /**
     * Since {@code multiSchema} is stable, Prisma no longer reports {@code @@schema} on connectors
     * without schemas (only their {@code schemas} property); kept as the checklist's slot.
     */
    static void schemaAttributeSupportedInConnector(Span schemaSpan, ValidationContext ctx) {
    }

    /**
     * Whether a block without {@code @@schema} must have one: when the datasource lists
     * {@code schemas} (MySQL excepted, where schemas are databases).
     */
    static boolean schemaAttributeRequired(String schema, ValidationContext ctx) {
        return schema == null && ctx.has(Capability.MULTI_SCHEMA) && ctx.datasource() != null
                && ctx.datasource().schemasSpan() != null && !ctx.connector().isProvider("mysql");
    }
}
