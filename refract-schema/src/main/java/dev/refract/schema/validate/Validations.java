package dev.refract.schema.validate;

import dev.refract.schema.config.Configuration;
import dev.refract.schema.config.DatasourceChecks;
import dev.refract.schema.db.ParserDatabase;
import dev.refract.schema.diagnostics.Diagnostics;

/** The connector-aware checklist run on a schema that parsed and resolved without errors. */
public final class Validations {
    private Validations() {
    }

    public static void validate(ParserDatabase db, Configuration configuration, Diagnostics diagnostics) {
        // Placeholder order: the datasource checks run before the model validations in Prisma.
        DatasourceChecks.validate(configuration, diagnostics);
    }
}
