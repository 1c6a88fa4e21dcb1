package dev.refract.schema.config;

import java.util.List;

/**
 * The datasources and generators of a schema, as loaded from its configuration blocks.
 * Owned by the configuration loader; placeholder until that lands.
 */
public record Configuration(List<Object> datasources, List<Object> generators) {
    public static final Configuration EMPTY = new Configuration(List.of(), List.of());
}
