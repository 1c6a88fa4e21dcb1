package dev.refract.schema.model;

import dev.refract.model.Datasource;
import dev.refract.model.RelationMode;
import dev.refract.schema.config.Configuration;
import dev.refract.schema.config.Namespace;

/** Keeps the few datasource facts the runtime needs from the loaded configuration. */
final class DatasourceReader {
    private DatasourceReader() {
    }

    /** The schema's datasource (the first one), or null when it declares none. */
    static Datasource read(Configuration configuration) {
        return configuration.datasource().map(DatasourceReader::convert).orElse(null);
    }

    // The canonical provider (postgresql for postgres), and the relation mode in force,
    // which is the connector's default when the schema does not set one.
    private static Datasource convert(dev.refract.schema.config.Datasource source) {
        RelationMode mode = source.effectiveRelationMode().isPrisma() ? RelationMode.PRISMA : RelationMode.FOREIGN_KEYS;
        return new Datasource(source.name(), source.activeProvider(), mode,
                source.namespaces().stream().map(Namespace::name).toList());
    }
}
