package dev.refract.engine.sql;

import dev.refract.engine.error.RefractException;
import dev.refract.model.SchemaModel;

/** Picks the dialect for a schema's provider, once per engine. */
public final class Dialects {
    private Dialects() {
    }

    public static Dialect forSchema(SchemaModel schema) {
        return switch (schema.provider()) {
            case "postgresql", "postgres" -> new PostgresDialect(schema);
            case "sqlite" -> new SqliteDialect(schema);
            default -> throw new RefractException(null, "The engine does not run queries on provider `"
                    + schema.provider() + "` yet: PostgreSQL and SQLite are supported.");
        };
    }
}
