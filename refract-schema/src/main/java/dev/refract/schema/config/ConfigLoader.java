package dev.refract.schema.config;

import dev.refract.schema.ast.SchemaAst;
import dev.refract.schema.diagnostics.Diagnostics;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the configuration blocks of every file, file by file. Within a file the datasources come
 * first, because the generators' preview features depend on the provider of that file's first
 * datasource; that is also the order of their diagnostics.
 */
public final class ConfigLoader {
    private ConfigLoader() {
    }

    public static Configuration load(List<SchemaAst> asts, Diagnostics diagnostics) {
        List<Datasource> datasources = new ArrayList<>();
        List<Generator> generators = new ArrayList<>();
        for (SchemaAst ast : asts) {
            List<Datasource> fileSources = DatasourceLoader.load(ast, diagnostics);
            String provider = fileSources.isEmpty() ? null : fileSources.get(0).activeProvider();
            generators.addAll(GeneratorLoader.load(ast, new FeatureMap(provider), diagnostics));
            datasources.addAll(fileSources);
        }
        return new Configuration(datasources, generators);
    }
}
