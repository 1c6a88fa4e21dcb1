package dev.refract.schema.connector;

import dev.refract.model.ReferentialAction;
import static dev.refract.schema.connector.Capability.*;
import static dev.refract.schema.connector.NativeTypeArguments.OPTIONAL_NUMBER;
import static dev.refract.schema.connector.NativeTypeArguments.OPTIONAL_NUMBER_PAIR;
import static dev.refract.schema.connector.NativeTypeConstructor.of;

import dev.refract.schema.config.Datasource;
import dev.refract.schema.config.DatasourceProperty;
import dev.refract.schema.config.PreviewFeature;
import dev.refract.schema.diagnostics.Diagnostics;
import dev.refract.schema.diagnostics.Span;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** PostgreSQL ({@code provider = "postgresql"} or {@code "postgres"}). */
public final class PostgresConnector extends BaseConnector {

    static final List<NativeTypeConstructor> NATIVE_TYPES = List.of(
            of("SmallInt", "Int"),
            of("Integer", "Int"),
            of("BigInt", "BigInt"),
            of("Decimal", OPTIONAL_NUMBER_PAIR, "Decimal"),
            of("Money", "Decimal"),
            of("Inet", "String"),
            of("Oid", "Int"),
            of("Citext", "String"),
            of("Real", "Float"),
            of("DoublePrecision", "Float"),
            of("VarChar", OPTIONAL_NUMBER, "String"),
            of("Char", OPTIONAL_NUMBER, "String"),
            of("Text", "String"),
            of("ByteA", "Bytes"),
            of("Timestamp", OPTIONAL_NUMBER, "DateTime"),
            of("Timestamptz", OPTIONAL_NUMBER, "DateTime"),
            of("Date", "DateTime"),
            of("Time", OPTIONAL_NUMBER, "DateTime"),
            of("Timetz", OPTIONAL_NUMBER, "DateTime"),
            of("Boolean", "Boolean"),
            of("Bit", OPTIONAL_NUMBER, "String"),
            of("VarBit", OPTIONAL_NUMBER, "String"),
            of("Uuid", "String"),
            of("Xml", "String"),
            of("Json", "Json"),
            of("JsonB", "Json"));

    static final Map<String, NativeType> DEFAULTS = Map.of(
            "Int", NativeType.of("Integer"),
            "BigInt", NativeType.of("BigInt"),
            "Float", NativeType.of("DoublePrecision"),
            "Decimal", NativeType.of("Decimal", 65, 30),
            "Boolean", NativeType.of("Boolean"),
            "String", NativeType.of("Text"),
            "DateTime", NativeType.of("Timestamp", 3),
            "Bytes", NativeType.of("ByteA"),
            "Json", NativeType.of("JsonB"));

    PostgresConnector() {
        super("postgresql", "Postgres", caps(ADVANCED_JSON_NULLABILITY, ANY_ID, AUTO_INCREMENT,
                        AUTO_INCREMENT_ALLOWED_ON_NON_ID, AUTO_INCREMENT_MULTIPLE_ALLOWED,
                        AUTO_INCREMENT_NON_INDEXED_ALLOWED, COMPOUND_IDS, CREATE_MANY, CREATE_MANY_WRITEABLE_AUTO_INC_ID,
                        CREATE_SKIP_DUPLICATES, ENUMS, ENUM_ARRAY_PUSH, FULL_TEXT_SEARCH, FULL_TEXT_SEARCH_WITHOUT_INDEX,
                        INSENSITIVE_FILTERS, JSON, JSON_FILTERING, JSON_FILTERING_ARRAY_PATH,
                        JSON_FILTERING_ALPHANUMERIC, JSON_FILTERING_ALPHANUMERIC_FIELD_REF, MULTI_SCHEMA,
                        NAMED_FOREIGN_KEYS, NAMED_PRIMARY_KEYS, SQL_QUERY_RAW, RELATION_FIELDS_IN_ARBITRARY_ORDER,
                        SCALAR_LISTS, JSON_LISTS, UPDATEABLE_ID, WRITABLE_AUTOINC_FIELD, IMPLICIT_MANY_TO_MANY_RELATION,
                        DECIMAL_TYPE, ORDER_BY_NULLS_FIRST_LAST, FILTERED_INLINE_CHILD_NESTED_TO_ONE_DISCONNECT,
                        SUPPORTS_TX_ISOLATION_READ_UNCOMMITTED, SUPPORTS_TX_ISOLATION_READ_COMMITTED,
                        SUPPORTS_TX_ISOLATION_REPEATABLE_READ, SUPPORTS_TX_ISOLATION_SERIALIZABLE, NATIVE_UPSERT,
                        INSERT_RETURNING, UPDATE_RETURNING, ROW_IN, DISTINCT_ON, DELETE_RETURNING,
                        SUPPORTS_FILTERS_ON_RELATIONS_WITHOUT_JOINS, LATERAL_JOIN, SUPPORTS_DEFAULT_IN_INSERT),
                63,
                actions(ReferentialAction.NO_ACTION, ReferentialAction.RESTRICT, ReferentialAction.CASCADE,
                        ReferentialAction.SET_NULL, ReferentialAction.SET_DEFAULT),
                NATIVE_TYPES, DEFAULTS);
    }

    @Override
    public boolean isProvider(String name) {
        return name.equals("postgresql") || name.equals("postgres");
    }

    @Override
    public Set<ReferentialAction> emulatedReferentialActions() {
        return actions(ReferentialAction.RESTRICT, ReferentialAction.SET_NULL, ReferentialAction.CASCADE);
    }

    // PostgreSQL accepts SET NULL on required columns in DDL; it fails only when triggered.
    @Override
    public boolean allowsSetNullOnNonNullableFields(RelationMode mode) {
        return mode.usesForeignKeys();
    }

    @Override
    public List<ConstraintScope> constraintScopes() {
        return List.of(ConstraintScope.GLOBAL_PRIMARY_KEY_KEY_INDEX,
                ConstraintScope.MODEL_PRIMARY_KEY_KEY_INDEX_FOREIGN_KEY);
    }

    @Override
    public Set<IndexAlgorithm> indexAlgorithms() {
        return EnumSet.allOf(IndexAlgorithm.class);
    }

    @Override
    public void validateNativeTypeArguments(NativeType type, String scalarType, Span span, Diagnostics diagnostics) {
        PostgresFamily.validateArguments(this, type, span, diagnostics);
    }

    @Override
    public String nativeTypeKeyError(NativeType type, KeyKind kind, boolean hasLength, boolean fulltext) {
        if (!type.name().equals("Xml") || kind == KeyKind.PRIMARY_KEY) {
            return null;
        }
        return kind == KeyKind.UNIQUE ? errors(type).incompatibleWithUnique("") : errors(type).incompatibleWithIndex("");
    }

    @Override
    public String validateUrl(String url) {
        return PostgresFamily.validateUrl(url);
    }

    @Override
    public ConnectorData parseDatasourceProperties(Map<String, DatasourceProperty> properties,
                                                   Diagnostics diagnostics) {
        PostgresExtensions extensions = PostgresExtensionsParser.parse(properties, diagnostics);
        return extensions == null ? ConnectorData.NONE : extensions;
    }

    @Override
    public void validateDatasource(Set<PreviewFeature> previewFeatures, Datasource datasource,
                                   Diagnostics diagnostics) {
        if (!(datasource.connectorData() instanceof PostgresExtensions extensions)) {
            return;
        }
        if (!previewFeatures.contains(PreviewFeature.POSTGRESQL_EXTENSIONS)) {
            diagnostics.error("The `extensions` property is only available with the `postgresqlExtensions` preview "
                    + "feature.", extensions.span());
            return;
        }
        // The same rules as for identifiers, which extensions do not go through.
        for (PostgresExtension e : extensions.extensions()) {
            if (e.name().isEmpty()) {
                diagnostics.error("Error validating: The name of an extension must not be empty.", e.span());
            } else if (Character.isDigit(e.name().charAt(0))) {
                diagnostics.error("Error validating: The name of an extension must not start with a number.",
                        e.span());
            } else if (e.name().contains("-")) {
                diagnostics.error("Error validating: The character `-` is not allowed in extension names.", e.span());
            }
        }
    }
}
