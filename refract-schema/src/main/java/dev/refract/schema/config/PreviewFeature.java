package dev.refract.schema.config;

/**
 * Every preview feature name Prisma has known, current, stabilized or deprecated. Declaration
 * order is Prisma's (alphabetical), and is the order of "Expected one of: ..." lists.
 */
public enum PreviewFeature {
    AGGREGATE_API("aggregateApi"),
    ATOMIC_NUMBER_OPERATIONS("atomicNumberOperations"),
    CLIENT_EXTENSIONS("clientExtensions"),
    COCKROACHDB("cockroachdb"),
    CONNECT_OR_CREATE("connectOrCreate"),
    CREATE_MANY("createMany"),
    DATA_PROXY("dataProxy"),
    DENO("deno"),
    DISTINCT("distinct"),
    DRIVER_ADAPTERS("driverAdapters"),
    EXTENDED_INDEXES("extendedIndexes"),
    EXTENDED_WHERE_UNIQUE("extendedWhereUnique"),
    FIELD_REFERENCE("fieldReference"),
    FILTER_JSON("filterJson"),
    FILTERED_RELATION_COUNT("filteredRelationCount"),
    FULL_TEXT_INDEX("fullTextIndex"),
    FULL_TEXT_SEARCH("fullTextSearch"),
    FULL_TEXT_SEARCH_POSTGRES("fullTextSearchPostgres"),
    GROUP_BY("groupBy"),
    IMPROVED_QUERY_RAW("improvedQueryRaw"),
    INTERACTIVE_TRANSACTIONS("interactiveTransactions"),
    JSON_PROTOCOL("jsonProtocol"),
    METRICS("metrics"),
    MICROSOFT_SQL_SERVER("microsoftSqlServer"),
    MIDDLEWARES("middlewares"),
    MONGO_DB("mongoDb"),
    MULTI_SCHEMA("multiSchema"),
    N_API("nApi"),
    NAMED_CONSTRAINTS("namedConstraints"),
    NATIVE_DISTINCT("nativeDistinct"),
    NATIVE_TYPES("nativeTypes"),
    OMIT_API("omitApi"),
    ORDER_BY_AGGREGATE_GROUP("orderByAggregateGroup"),
    ORDER_BY_NULLS("orderByNulls"),
    ORDER_BY_RELATION("orderByRelation"),
    POSTGRESQL_EXTENSIONS("postgresqlExtensions"),
    PRISMA_SCHEMA_FOLDER("prismaSchemaFolder"),
    QUERY_COMPILER("queryCompiler"),
    REACT_NATIVE("reactNative"),
    REFERENTIAL_ACTIONS("referentialActions"),
    REFERENTIAL_INTEGRITY("referentialIntegrity"),
    RELATION_JOINS("relationJoins"),
    SCHEMA_ENGINE_DRIVER_ADAPTERS("schemaEngineDriverAdapters"),
    SELECT_RELATION_COUNT("selectRelationCount"),
    SHARD_KEYS("shardKeys"),
    STRICT_UNDEFINED_CHECKS("strictUndefinedChecks"),
    TRACING("tracing"),
    TRANSACTION_API("transactionApi"),
    TYPED_SQL("typedSql"),
    UNCHECKED_SCALAR_INPUTS("uncheckedScalarInputs"),
    VIEWS("views");

    private final String schemaName;

    PreviewFeature(String schemaName) {
        this.schemaName = schemaName;
    }

    /** The name as written in {@code previewFeatures}. */
    public String schemaName() {
        return schemaName;
    }

    /** The feature named {@code name}, ignoring ASCII case as Prisma does; null when unknown. */
    public static PreviewFeature parse(String name) {
        for (PreviewFeature f : values()) {
            if (f.schemaName.equalsIgnoreCase(name)) {
                return f;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return schemaName;
    }
}
