package dev.refract.model;

import java.util.List;

/**
 * The datasource the schema targets. The connection URL is deliberately absent: it is a
 * deployment secret, not part of the model.
 *
 * @param name the block's name ({@code db})
 * @param provider the provider as written ({@code postgresql}, {@code mysql}, {@code sqlite},
 *     {@code sqlserver}, {@code cockroachdb}, {@code mongodb})
 * @param relationMode how relations are enforced
 * @param schemas the {@code schemas} list (multi-schema), empty when not set
 * @param extensions the PostgreSQL {@code extensions} list (preview feature
 *     {@code postgresqlExtensions}) sorted by name as written, as Prisma keeps it; empty when not set
 */
public record Datasource(String name, String provider, RelationMode relationMode, List<String> schemas,
                         List<Extension> extensions) {
    public Datasource {
        schemas = List.copyOf(schemas);
        extensions = List.copyOf(extensions);
    }

    /** A datasource without extensions. */
    public Datasource(String name, String provider, RelationMode relationMode, List<String> schemas) {
        this(name, provider, relationMode, schemas, List.of());
    }

    /** A datasource with foreign keys and no schema list. */
    public static Datasource of(String name, String provider) {
        return new Datasource(name, provider, RelationMode.FOREIGN_KEYS, List.of());
    }

    /**
     * A database extension the schema asks for.
     *
     * @param name its name in the database ({@code map:} when given)
     * @param schema the {@code schema:} argument, or null
     * @param version the {@code version:} argument, or null
     */
    public record Extension(String name, String schema, String version) {
    }
}
