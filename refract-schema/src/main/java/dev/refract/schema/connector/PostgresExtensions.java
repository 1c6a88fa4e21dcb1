package dev.refract.schema.connector;

import dev.refract.schema.diagnostics.Span;
import java.util.List;
import java.util.Optional;

/**
 * The {@code extensions} of a PostgreSQL datasource, sorted by name, and where the property is
 * written. The connector data of a PostgreSQL datasource; null extensions when not written.
 */
public record PostgresExtensions(List<PostgresExtension> extensions, Span span) implements ConnectorData {

    public PostgresExtensions {
        extensions = List.copyOf(extensions);
    }

    /** The extension the database knows as {@code databaseName}. */
    public Optional<PostgresExtension> findByDatabaseName(String databaseName) {
        return extensions.stream().filter(e -> e.effectiveDatabaseName().equals(databaseName)).findFirst();
    }
}
