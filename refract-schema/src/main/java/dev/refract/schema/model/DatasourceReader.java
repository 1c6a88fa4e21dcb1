package dev.refract.schema.model;

import dev.refract.model.Datasource;
import dev.refract.model.RelationMode;
import dev.refract.schema.config.Configuration;
import dev.refract.schema.config.Namespace;
import dev.refract.schema.connector.PostgresExtensions;
import java.util.List;

/** Keeps the few datasource facts the runtime needs from the loaded configuration. */
final class DatasourceReader {
    private DatasourceReader() {
    }

    /** The schema's datasource (the first one), or null when it declares none. */
    static Datasource read(Configuration configuration) {
        return configuration.datasource().map(DatasourceReader::convert).orElse(null);
    }

    // The canonical provider (postgresql for postgres), the relation mode in force, which is the
    // connector's default when the schema does not set one, and PostgreSQL's extensions.
    private static Datasource convert(dev.refract.schema.config.Datasource source) {
        RelationMode mode = source.effectiveRelationMode().isPrisma() ? RelationMode.PRISMA : RelationMode.FOREIGN_KEYS;
        List<Datasource.Extension> extensions = List.of();
        if (source.connectorData() instanceof PostgresExtensions pg) {
            extensions = pg.extensions().stream()
                    .map(e -> new Datasource.Extension(e.effectiveDatabaseName(), e.schema(), e.version())).toList();
        }
        return new Datasource(source.name(), source.activeProvider(), mode,
                source.namespaces().stream().map(Namespace::name).toList(), extensions);
    }
}
