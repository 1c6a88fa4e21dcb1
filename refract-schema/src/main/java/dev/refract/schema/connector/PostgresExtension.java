package dev.refract.schema.connector;

import dev.refract.schema.diagnostics.Span;

/**
 * One entry of a PostgreSQL datasource's {@code extensions = [postgis(version: "2.1")]}.
 *
 * @param name the name as written ({@code postgis})
 * @param span where the entry is written
 * @param schema the {@code schema:} argument, or null
 * @param version the {@code version:} argument, or null
 * @param databaseName the {@code map:} argument (the extension's name in the database), or null
 */
public record PostgresExtension(String name, Span span, String schema, String version, String databaseName) {

    /** The name the database knows the extension by. */
    public String effectiveDatabaseName() {
        return databaseName != null ? databaseName : name;
    }
}
