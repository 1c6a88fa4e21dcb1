package dev.refract.schema.db;

import dev.refract.schema.ast.SchemaAst;
import dev.refract.schema.diagnostics.Diagnostics;
import java.util.List;

/**
 * Everything the validations need to know about a schema, resolved once: names, field types,
 * attributes, relations. Built in Prisma's order (names, types, attributes, relations), stopping
 * early where Prisma stops. Placeholder until the database pass lands.
 */
public final class ParserDatabase {
    private final List<SchemaAst> asts;

    private ParserDatabase(List<SchemaAst> asts) {
        this.asts = asts;
    }

    public static ParserDatabase build(List<SchemaAst> asts, Diagnostics diagnostics) {
        return new ParserDatabase(List.copyOf(asts));
    }

    public List<SchemaAst> asts() {
        return asts;
    }
}
