package dev.refract.schema.db;

import dev.refract.schema.diagnostics.Diagnostics;

/** Third pass: validates and records the attributes of fields, models, enums and composite types. */
final class AttributeResolver {
    private AttributeResolver() {
    }

    static void resolve(ParserDatabase db, Diagnostics diagnostics) {
    }
}
