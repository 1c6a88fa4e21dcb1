package dev.refract.schema.config;

import dev.refract.schema.connector.Capability;
import dev.refract.schema.diagnostics.Diagnostics;

/**
 * The connector-aware datasource checks of the validation pipeline (run only on schemas without
 * earlier errors, after composite types and unknown default functions, before models).
 */
public final class DatasourceChecks {
    private DatasourceChecks() {
    }

    public static void validate(Configuration configuration, Diagnostics diagnostics) {
        Datasource ds = configuration.datasource().orElse(null);
        if (ds == null) {
            return;
        }
        if (ds.schemasSpan() != null && !ds.connector().has(Capability.MULTI_SCHEMA)) {
            diagnostics.error("The `schemas` property is not supported on the current connector.", ds.schemasSpan());
        }
        ds.connector().validateDatasource(configuration.previewFeatures(), ds, diagnostics);
    }
}
