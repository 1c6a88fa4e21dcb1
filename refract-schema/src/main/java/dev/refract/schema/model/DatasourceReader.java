package dev.refract.schema.model;

import dev.refract.model.Datasource;
import dev.refract.model.RelationMode;
import dev.refract.schema.ast.ConfigBlockProperty;
import dev.refract.schema.ast.Expression;
import dev.refract.schema.ast.SourceConfig;
import dev.refract.schema.db.ParserDatabase;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the few datasource properties the model keeps (provider, relation mode, schemas) from
 * the first datasource block. Validation of those properties is the configuration loader's job;
 * this only reads values already known to be valid.
 */
final class DatasourceReader {
    private DatasourceReader() {
    }

    static Datasource read(ParserDatabase db) {
        List<SourceConfig> sources = db.datasources();
        if (sources.isEmpty()) {
            return null;
        }
        SourceConfig source = sources.get(0);
        String provider = null;
        // Prisma emulates relations by default on MongoDB, where there are no foreign keys.
        RelationMode mode = null;
        List<String> schemas = new ArrayList<>();
        for (ConfigBlockProperty p : source.properties()) {
            switch (p.name().name()) {
                case "provider" -> provider = string(p.value());
                case "relationMode" -> mode = "prisma".equals(string(p.value()))
                        ? RelationMode.PRISMA : RelationMode.FOREIGN_KEYS;
                case "schemas" -> {
                    if (p.value() instanceof Expression.ArrayExpression a) {
                        for (Expression e : a.elements()) {
                            String s = string(e);
                            if (s != null) {
                                schemas.add(s);
                            }
                        }
                    }
                }
                default -> {
                }
            }
        }
        if (mode == null) {
            mode = "mongodb".equals(provider) ? RelationMode.PRISMA : RelationMode.FOREIGN_KEYS;
        }
        return new Datasource(source.name().name(), provider, mode, schemas);
    }

    private static String string(Expression e) {
        return e instanceof Expression.StringValue s ? s.value() : null;
    }
}
