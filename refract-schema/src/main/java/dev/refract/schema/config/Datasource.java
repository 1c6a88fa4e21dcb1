package dev.refract.schema.config;

import dev.refract.schema.connector.Connector;
import dev.refract.schema.connector.ConnectorData;
import dev.refract.schema.connector.RelationMode;
import dev.refract.schema.diagnostics.Span;
import java.util.List;
import java.util.Optional;

/**
 * A loaded {@code datasource} block.
 *
 * @param name the block's name ({@code db})
 * @param provider the provider as written ({@code postgres})
 * @param connector the connector it selects
 * @param url the {@code url}, or null when omitted (Prisma 7 schemas move it to prisma.config.ts)
 * @param urlSpan where the url value is, or the block when omitted
 * @param directUrl the {@code directUrl}, or null
 * @param directUrlSpan where it is, or null
 * @param shadowDatabaseUrl the {@code shadowDatabaseUrl}, or null (also when written as {@code ""})
 * @param shadowDatabaseUrlSpan where it is, or null
 * @param relationMode the relation mode set by {@code relationMode} (or the deprecated
 *     {@code referentialIntegrity}), or null when unset
 * @param namespaces the {@code schemas}, sorted by name
 * @param schemasSpan where the {@code schemas} value is, or null
 * @param connectorData what the connector read for itself (PostgreSQL extensions)
 * @param documentation doc comment, or null
 * @param span the whole block
 */
public record Datasource(String name, String provider, Connector connector, StringFromEnvVar url, Span urlSpan,
                         StringFromEnvVar directUrl, Span directUrlSpan, StringFromEnvVar shadowDatabaseUrl,
                         Span shadowDatabaseUrlSpan, RelationMode relationMode, List<Namespace> namespaces,
                         Span schemasSpan, ConnectorData connectorData, String documentation, Span span) {

    public Datasource {
        namespaces = List.copyOf(namespaces);
    }

    /** The canonical provider of the connector ({@code postgresql} for {@code postgres}). */
    public String activeProvider() {
        return connector.provider();
    }

    /** The relation mode in force: the one set, or the connector's default. */
    public RelationMode effectiveRelationMode() {
        return relationMode != null ? relationMode : connector.defaultRelationMode();
    }

    public boolean hasSchema(String schema) {
        return namespaces.stream().anyMatch(n -> n.name().equals(schema));
    }

    public Optional<StringFromEnvVar> urlIfSet() {
        return Optional.ofNullable(url);
    }
}
