package dev.refract.engine.sql;

/**
 * What a dialect can express. Renderers ask {@link Dialect#has} and choose a form; a feature no
 * form can express throws {@link UnsupportedFeatureException}, never renders nothing.
 */
public enum Capability {
    /** {@code SELECT DISTINCT ON (...)}. */
    DISTINCT_ON,
    /** {@code LEFT JOIN LATERAL}. */
    LATERAL_JOIN,
    /** {@code ILIKE} for case-insensitive matching. */
    ILIKE,
    /** {@code INSERT/UPDATE/DELETE ... RETURNING}. */
    RETURNING,
    /** Columns of array type (scalar lists). */
    SCALAR_LISTS,
    /** Full-text {@code search} and relevance ordering. */
    FULL_TEXT_SEARCH,
    /** {@code ORDER BY x NULLS FIRST|LAST}. */
    NULLS_ORDERING,
    /** Row values: {@code (a, b) > (?, ?)}. */
    ROW_VALUES,
    /** Several schemas (namespaces) per database. */
    SCHEMAS,
    /** Native enum types. */
    NATIVE_ENUMS,
    /** Json path filters. */
    JSON_FILTERS,
    /** {@code COPY t (...) FROM STDIN}: bulk inserts streamed as text ({@link Dialect#copyText}). */
    COPY_FROM_STDIN
}
