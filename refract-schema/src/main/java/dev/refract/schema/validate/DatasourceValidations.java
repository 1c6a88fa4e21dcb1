package dev.refract.schema.validate;

import dev.refract.schema.config.Datasource;
import dev.refract.schema.connector.Capability;

/**
 * Connector-aware checks on the first datasource, run after the composite types and before the
 * models. {@code multiSchema} is stable, so {@code schemas} needs no preview feature any more.
 */
final class DatasourceValidations {
    private DatasourceValidations() {
    }

    static void validate(Datasource datasource, ValidationContext ctx) {
        schemasPropertyWithNoConnectorSupport(datasource, ctx);
        ctx.connector().validateDatasource(ctx.previewFeatures(), datasource, ctx.diagnostics());
    }

    static void schemasPropertyWithNoConnectorSupport(Datasource datasource, ValidationContext ctx) {
        if (datasource.schemasSpan() != null && !ctx.has(Capability.MULTI_SCHEMA)) {
            ctx.error("The `schemas` property is not supported on the current connector.", datasource.schemasSpan());
        }
    }
}
