package dev.refract.engine.protocol;

import dev.refract.model.SchemaModel;

/**
 * The connector capabilities that shape Prisma's query schema, by provider. Full-text search is
 * offered on PostgreSQL and MySQL without checking the preview feature, because the schema model
 * does not carry preview features; a query that uses it on a schema without the feature is
 * accepted here where Prisma would refuse it. {@code returning} is INSERT/UPDATE ... RETURNING, which
 * createManyAndReturn and updateManyAndReturn need (PostgreSQL, CockroachDB, SQLite).
 */
record Capabilities(boolean insensitiveFilters, boolean scalarLists, boolean advancedJsonNullability,
                    boolean jsonArrayPath, boolean jsonFiltering, boolean jsonArrayContains,
                    boolean fullTextSearch, boolean relationJoins, boolean returning) {

    /**
     * Whether queries take {@code relationLoadStrategy}. Prisma offers it where it has relation
     * joins (PostgreSQL, CockroachDB, MySQL); Refract also runs the join strategy on SQLite
     * (correlated subqueries with {@code json_group_array}), so SQLite takes the argument too.
     */
    boolean relationLoadStrategy(SchemaModel schema) {
        return relationJoins || "sqlite".equals(schema.provider());
    }

    /** createMany (and nested createMany): every SQL connector but SQLite's older engines; Prisma 6 has it on SQLite too. */
    boolean createMany() {
        return jsonFiltering || scalarLists;
    }

    /** Native {@code @db.Uuid} columns get their own UuidFilter (PostgreSQL, CockroachDB). */
    boolean uuidFilters() {
        return jsonArrayPath;
    }

    /** {@code nulls: first|last} in orderBy: the SQL connectors but SQL Server. */
    boolean nullsOrdering() {
        return jsonFiltering || relationJoins;
    }

    /** skipDuplicates: not on SQLite, SQL Server and MongoDB. */
    boolean createSkipDuplicates() {
        return relationJoins;
    }

    static Capabilities of(SchemaModel schema) {
        String provider = schema.provider() == null ? "" : schema.provider();
        switch (provider) {
            case "postgresql":
            case "postgres":
                return new Capabilities(true, true, true, true, true, true, true, true, true);
            case "cockroachdb":
                return new Capabilities(true, true, true, true, true, true, false, true, true);
            case "mysql":
                return new Capabilities(false, false, true, false, true, true, true, true, false);
            case "sqlite":
                return new Capabilities(false, false, true, false, true, true, false, false, true);
            case "mongodb":
                return new Capabilities(true, true, false, false, false, false, false, false, false);
            default:
                return new Capabilities(false, false, false, false, false, false, false, false, false);
        }
    }
}
