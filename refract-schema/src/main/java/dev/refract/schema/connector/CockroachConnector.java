package dev.refract.schema.connector;

import dev.refract.model.ReferentialAction;
import static dev.refract.schema.connector.Capability.*;
import static dev.refract.schema.connector.NativeTypeArguments.OPTIONAL_NUMBER;
import static dev.refract.schema.connector.NativeTypeArguments.OPTIONAL_NUMBER_PAIR;
import static dev.refract.schema.connector.NativeTypeConstructor.of;

import dev.refract.schema.ast.Argument;
import dev.refract.schema.ast.ArgumentsList;
import dev.refract.schema.config.Coerce;
import dev.refract.schema.diagnostics.Diagnostics;
import dev.refract.schema.diagnostics.Span;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** CockroachDB ({@code provider = "cockroachdb"}). */
public final class CockroachConnector extends BaseConnector {

    /** The error for {@code @default(autoincrement())} on an {@code Int} field (span: the attribute). */
    public static final String AUTOINCREMENT_ON_INT = "Error parsing attribute \"default\": The `autoincrement()` "
            + "default function is defined only on BigInt fields on CockroachDB. Use sequence() if you want an "
            + "autoincrementing Int field.";

    static final List<NativeTypeConstructor> NATIVE_TYPES = List.of(
            of("Bit", OPTIONAL_NUMBER, "String"),
            of("Bool", "Boolean"),
            of("Bytes", "Bytes"),
            of("Char", OPTIONAL_NUMBER, "String"),
            of("Date", "DateTime"),
            of("Decimal", OPTIONAL_NUMBER_PAIR, "Decimal"),
            of("Float4", "Float"),
            of("Float8", "Float"),
            of("Inet", "String"),
            of("Int2", "Int"),
            of("Int4", "Int"),
            of("Int8", "BigInt"),
            of("JsonB", "Json"),
            of("Oid", "Int"),
            of("CatalogSingleChar", "String"),
            of("String", OPTIONAL_NUMBER, "String"),
            of("Time", OPTIONAL_NUMBER, "DateTime"),
            of("Timestamp", OPTIONAL_NUMBER, "DateTime"),
            of("Timestamptz", OPTIONAL_NUMBER, "DateTime"),
            of("Timetz", OPTIONAL_NUMBER, "DateTime"),
            of("Uuid", "String"),
            of("VarBit", OPTIONAL_NUMBER, "String"));

    static final Map<String, NativeType> DEFAULTS = Map.of(
            "Int", NativeType.of("Int4"),
            "BigInt", NativeType.of("Int8"),
            "Float", NativeType.of("Float8"),
            "Decimal", NativeType.of("Decimal", 65, 30),
            "Boolean", NativeType.of("Bool"),
            "String", NativeType.of("String"),
            "DateTime", NativeType.of("Timestamp", 3),
            "Bytes", NativeType.of("Bytes"),
            "Json", NativeType.of("JsonB"));

    CockroachConnector() {
        super("cockroachdb", "CockroachDB", caps(ADVANCED_JSON_NULLABILITY, ANY_ID, AUTO_INCREMENT,
                        AUTO_INCREMENT_ALLOWED_ON_NON_ID, AUTO_INCREMENT_MULTIPLE_ALLOWED,
                        AUTO_INCREMENT_NON_INDEXED_ALLOWED, COMPOUND_IDS, CREATE_MANY, CREATE_MANY_WRITEABLE_AUTO_INC_ID,
                        CREATE_SKIP_DUPLICATES, ENUMS, INSENSITIVE_FILTERS, JSON, JSON_FILTERING,
                        JSON_FILTERING_ARRAY_PATH, JSON_ARRAY_CONTAINS, NAMED_PRIMARY_KEYS, NAMED_FOREIGN_KEYS,
                        RELATION_FIELDS_IN_ARBITRARY_ORDER, SCALAR_LISTS, UPDATEABLE_ID, WRITABLE_AUTOINC_FIELD,
                        IMPLICIT_MANY_TO_MANY_RELATION, DECIMAL_TYPE, ORDER_BY_NULLS_FIRST_LAST,
                        SUPPORTS_TX_ISOLATION_SERIALIZABLE, NATIVE_UPSERT, MULTI_SCHEMA,
                        FILTERED_INLINE_CHILD_NESTED_TO_ONE_DISCONNECT, INSERT_RETURNING, UPDATE_RETURNING, ROW_IN,
                        DELETE_RETURNING, SUPPORTS_FILTERS_ON_RELATIONS_WITHOUT_JOINS, LATERAL_JOIN,
                        SUPPORTS_DEFAULT_IN_INSERT, SUPPORTS_TX_ISOLATION_READ_COMMITTED),
                63,
                actions(ReferentialAction.NO_ACTION, ReferentialAction.RESTRICT, ReferentialAction.CASCADE,
                        ReferentialAction.SET_NULL, ReferentialAction.SET_DEFAULT),
                NATIVE_TYPES, DEFAULTS);
    }

    @Override
    public List<ConstraintScope> constraintScopes() {
        return List.of(ConstraintScope.MODEL_PRIMARY_KEY_KEY_INDEX_FOREIGN_KEY);
    }

    @Override
    public Set<IndexAlgorithm> indexAlgorithms() {
        return EnumSet.of(IndexAlgorithm.BTREE, IndexAlgorithm.GIN);
    }

    @Override
    public void validateNativeTypeArguments(NativeType type, String scalarType, Span span, Diagnostics diagnostics) {
        PostgresFamily.validateArguments(this, type, span, diagnostics);
    }

    @Override
    public String validateUrl(String url) {
        return PostgresFamily.validateUrl(url);
    }

    /** {@code sequence(virtual:, cache:, increment:, minValue:, maxValue:, start:)} is known here. */
    @Override
    public void validateUnknownDefaultFunction(String name, ArgumentsList arguments, Span span,
                                               Diagnostics diagnostics) {
        if (!name.equals("sequence")) {
            super.validateUnknownDefaultFunction(name, arguments, span, diagnostics);
            return;
        }
        for (Argument arg : arguments.arguments()) {
            String argName = arg.name() == null ? "" : arg.name().name();
            switch (argName) {
                case "virtual" -> Coerce.booleanValue(arg.value(), diagnostics);
                case "cache", "increment", "minValue", "maxValue", "start" -> Coerce.integer(arg.value(), diagnostics);
                default -> diagnostics.error("Unexpected argument in `sequence()` function call", arg.span());
            }
        }
    }
}
