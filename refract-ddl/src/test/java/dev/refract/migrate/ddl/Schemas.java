package dev.refract.migrate.ddl;

import dev.refract.model.SchemaModel;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidatedSchema;
import dev.refract.schema.model.SchemaModels;

/** Parses schemas for tests with the real parser. */
final class Schemas {
    private Schemas() {
    }

    /** The model of a valid schema; fails with the diagnostics otherwise. */
    static SchemaModel parse(String text) {
        ValidatedSchema validated = PrismaSchema.validate(text);
        return SchemaModels.from(validated).orElseThrow(
                () -> new AssertionError("schema is invalid:\n" + validated.render(false)));
    }
}
