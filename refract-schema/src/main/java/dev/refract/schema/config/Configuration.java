package dev.refract.schema.config;

import dev.refract.schema.connector.Connector;
import dev.refract.schema.connector.Connectors;
import dev.refract.schema.connector.RelationMode;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The datasources and generators of a schema, in file order. Everything downstream takes its
 * connector, relation mode and preview features from here.
 */
public record Configuration(List<Datasource> datasources, List<Generator> generators) {
    public static final Configuration EMPTY = new Configuration(List.of(), List.of());

    public Configuration {
        datasources = List.copyOf(datasources);
        generators = List.copyOf(generators);
    }

    /** The datasource the schema uses: the first one. */
    public Optional<Datasource> datasource() {
        return datasources.stream().findFirst();
    }

    /** The active connector: the first datasource's, or {@link Connectors#EMPTY}. */
    public Connector connector() {
        return datasource().map(Datasource::connector).orElse(Connectors.EMPTY);
    }

    /** The relation mode in force ({@code foreignKeys} without datasource). */
    public RelationMode relationMode() {
        return datasource().map(Datasource::effectiveRelationMode).orElse(RelationMode.FOREIGN_KEYS);
    }

    /** Every preview feature enabled by any generator. */
    public Set<PreviewFeature> previewFeatures() {
        EnumSet<PreviewFeature> out = EnumSet.noneOf(PreviewFeature.class);
        for (Generator g : generators) {
            if (g.previewFeatures() != null) {
                out.addAll(g.previewFeatures());
            }
        }
        return out;
    }

    public boolean hasPreviewFeature(PreviewFeature feature) {
        return previewFeatures().contains(feature);
    }

    /** The identifier length limit of the connector in use. */
    public int maxIdentifierLength() {
        return connector().maxIdentifierLength();
    }
}
