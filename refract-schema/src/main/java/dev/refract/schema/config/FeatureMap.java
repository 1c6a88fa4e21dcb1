package dev.refract.schema.config;

import static dev.refract.schema.config.PreviewFeature.*;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which preview features are current, provider-specific, stabilized, deprecated, renamed or
 * hidden, for one provider (or none). The generator loader asks it about every listed feature.
 */
final class FeatureMap {
    private static final Set<PreviewFeature> ACTIVE = EnumSet.of(METRICS, NATIVE_DISTINCT, POSTGRESQL_EXTENSIONS,
            RELATION_JOINS, SCHEMA_ENGINE_DRIVER_ADAPTERS, SHARD_KEYS, STRICT_UNDEFINED_CHECKS, VIEWS);

    // Valid, and listed, only on PostgreSQL.
    private static final Set<PreviewFeature> POSTGRES_ONLY = EnumSet.of(FULL_TEXT_SEARCH_POSTGRES);

    /** Now generally available: accepted with a warning. */
    private static final Set<PreviewFeature> STABILIZED = EnumSet.of(AGGREGATE_API, ATOMIC_NUMBER_OPERATIONS,
            CLIENT_EXTENSIONS, COCKROACHDB, CONNECT_OR_CREATE, CREATE_MANY, DATA_PROXY, DENO, DISTINCT,
            DRIVER_ADAPTERS, EXTENDED_INDEXES, EXTENDED_WHERE_UNIQUE, FIELD_REFERENCE, FILTERED_RELATION_COUNT,
            FILTER_JSON, FULL_TEXT_INDEX, FULL_TEXT_SEARCH, GROUP_BY, IMPROVED_QUERY_RAW, INTERACTIVE_TRANSACTIONS,
            JSON_PROTOCOL, MICROSOFT_SQL_SERVER, MIDDLEWARES, MONGO_DB, MULTI_SCHEMA, NAMED_CONSTRAINTS, N_API,
            NATIVE_TYPES, OMIT_API, ORDER_BY_AGGREGATE_GROUP, ORDER_BY_NULLS, ORDER_BY_RELATION,
            PRISMA_SCHEMA_FOLDER, QUERY_COMPILER, REFERENTIAL_ACTIONS, REFERENTIAL_INTEGRITY,
            SELECT_RELATION_COUNT, TRACING, TRANSACTION_API, UNCHECKED_SCALAR_INPUTS);

    /** Going away: still enabled, with a warning. */
    private static final Set<PreviewFeature> DEPRECATED = EnumSet.of(METRICS);

    /** Valid but never listed in messages. */
    private static final Set<PreviewFeature> HIDDEN = EnumSet.of(REACT_NATIVE, TYPED_SQL);

    private final String provider;

    /** @param provider the active provider of the datasource in the same file, or null */
    FeatureMap(String provider) {
        this.provider = provider;
    }

    String provider() {
        return provider;
    }

    Set<PreviewFeature> active() {
        EnumSet<PreviewFeature> out = EnumSet.copyOf(ACTIVE);
        if ("postgresql".equals(provider)) {
            out.addAll(POSTGRES_ONLY);
        }
        return out;
    }

    boolean isValid(PreviewFeature f) {
        return active().contains(f) || HIDDEN.contains(f);
    }

    boolean isStabilized(PreviewFeature f) {
        return STABILIZED.contains(f);
    }

    boolean isDeprecated(PreviewFeature f) {
        return DEPRECATED.contains(f);
    }

    /** The feature {@code f} was renamed to for this provider, or null. */
    PreviewFeature renamedTo(PreviewFeature f) {
        return f == FULL_TEXT_SEARCH && "postgresql".equals(provider) ? FULL_TEXT_SEARCH_POSTGRES : null;
    }

    /** The pris.ly path documenting a rename. */
    static String renameLink(PreviewFeature to) {
        return "fts-postgres";
    }

    /** "a, b, c": the features a message offers as valid. */
    String expectedList() {
        return active().stream().map(PreviewFeature::schemaName).collect(Collectors.joining(", "));
    }
}
