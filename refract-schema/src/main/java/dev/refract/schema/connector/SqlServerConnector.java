package dev.refract.schema.connector;

import dev.refract.model.ReferentialAction;
import static dev.refract.schema.connector.Capability.*;
import static dev.refract.schema.connector.NativeTypeArguments.OPTIONAL_LENGTH_OR_MAX;
import static dev.refract.schema.connector.NativeTypeArguments.OPTIONAL_NUMBER;
import static dev.refract.schema.connector.NativeTypeArguments.OPTIONAL_NUMBER_PAIR;
import static dev.refract.schema.connector.NativeTypeConstructor.of;

import dev.refract.schema.diagnostics.Diagnostics;
import dev.refract.schema.diagnostics.Span;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Microsoft SQL Server ({@code provider = "sqlserver"}). */
public final class SqlServerConnector extends BaseConnector {

    /** The error for a {@code Bytes} field in a primary key (span: the id attribute). */
    public static final String BYTES_IN_ID = "Invalid model: Using Bytes type is not allowed in the model's id.";

    static final List<NativeTypeConstructor> NATIVE_TYPES = List.of(
            of("TinyInt", "Int"),
            of("SmallInt", "Int"),
            of("Int", "Int"),
            of("BigInt", "BigInt"),
            of("Decimal", OPTIONAL_NUMBER_PAIR, "Decimal"),
            of("Money", "Float"),
            of("SmallMoney", "Float"),
            of("Bit", "Boolean", "Int"),
            of("Float", OPTIONAL_NUMBER, "Float"),
            of("Real", "Float"),
            of("Date", "DateTime"),
            of("Time", "DateTime"),
            of("DateTime", "DateTime"),
            of("DateTime2", "DateTime"),
            of("DateTimeOffset", "DateTime"),
            of("SmallDateTime", "DateTime"),
            of("Char", OPTIONAL_NUMBER, "String"),
            of("NChar", OPTIONAL_NUMBER, "String"),
            of("VarChar", OPTIONAL_LENGTH_OR_MAX, "String"),
            of("Text", "String"),
            of("NVarChar", OPTIONAL_LENGTH_OR_MAX, "String"),
            of("NText", "String"),
            of("Binary", OPTIONAL_NUMBER, "Bytes"),
            of("VarBinary", OPTIONAL_LENGTH_OR_MAX, "Bytes"),
            of("Image", "Bytes"),
            of("Xml", "String"),
            of("UniqueIdentifier", "String"));

    static final Map<String, NativeType> DEFAULTS = Map.of(
            "Int", NativeType.of("Int"),
            "BigInt", NativeType.of("BigInt"),
            "Float", NativeType.of("Float", 53),
            "Decimal", NativeType.of("Decimal", 32, 16),
            "Boolean", NativeType.of("Bit"),
            "String", NativeType.of("NVarChar", 1000),
            "DateTime", NativeType.of("DateTime2"),
            "Bytes", NativeType.of("VarBinary", NativeTypeArguments.MAX),
            "Json", NativeType.of("NVarChar", 1000));

    // Stored off-row, so not allowed in keys or normal indexes.
    private static final Set<NativeType> HEAP_ALLOCATED = Set.of(NativeType.of("Text"), NativeType.of("NText"),
            NativeType.of("Image"), NativeType.of("Xml"), NativeType.of("VarBinary", NativeTypeArguments.MAX),
            NativeType.of("VarChar", NativeTypeArguments.MAX), NativeType.of("NVarChar", NativeTypeArguments.MAX));

    SqlServerConnector() {
        super("sqlserver", "SQL Server", caps(ANY_ID, AUTO_INCREMENT, AUTO_INCREMENT_ALLOWED_ON_NON_ID,
                        AUTO_INCREMENT_MULTIPLE_ALLOWED, AUTO_INCREMENT_NON_INDEXED_ALLOWED, COMPOUND_IDS, CREATE_MANY,
                        MULTI_SCHEMA, NAMED_DEFAULT_VALUES, NAMED_FOREIGN_KEYS, NAMED_PRIMARY_KEYS,
                        REFERENCE_CYCLE_DETECTION, UPDATEABLE_ID, PRIMARY_KEY_SORT_ORDER_DEFINITION,
                        IMPLICIT_MANY_TO_MANY_RELATION, DECIMAL_TYPE, CLUSTERING_SETTING, ORDER_BY_NULLS_FIRST_LAST,
                        FILTERED_INLINE_CHILD_NESTED_TO_ONE_DISCONNECT, SUPPORTS_TX_ISOLATION_READ_UNCOMMITTED,
                        SUPPORTS_TX_ISOLATION_READ_COMMITTED, SUPPORTS_TX_ISOLATION_REPEATABLE_READ,
                        SUPPORTS_TX_ISOLATION_SERIALIZABLE, SUPPORTS_TX_ISOLATION_SNAPSHOT,
                        SUPPORTS_FILTERS_ON_RELATIONS_WITHOUT_JOINS, SUPPORTS_DEFAULT_IN_INSERT),
                128,
                actions(ReferentialAction.NO_ACTION, ReferentialAction.CASCADE, ReferentialAction.SET_NULL,
                        ReferentialAction.SET_DEFAULT),
                NATIVE_TYPES, DEFAULTS);
    }

    @Override
    public List<ConstraintScope> constraintScopes() {
        return List.of(ConstraintScope.GLOBAL_PRIMARY_KEY_FOREIGN_KEY_DEFAULT,
                ConstraintScope.MODEL_PRIMARY_KEY_KEY_INDEX);
    }

    @Override
    public Optional<String> scalarTypeForNativeType(NativeType type) {
        return switch (type.name()) {
            case "BigInt" -> Optional.of("Int");
            case "Bit" -> Optional.of("Bytes");
            default -> super.scalarTypeForNativeType(type);
        };
    }

    /** Whether {@code type} is stored off-row ({@code Text}, {@code NVarChar(Max)}...). */
    public static boolean isHeapAllocated(NativeType type) {
        return HEAP_ALLOCATED.contains(type);
    }

    // The first failing rule wins, in Prisma's order.
    @Override
    public void validateNativeTypeArguments(NativeType type, String scalarType, Span span, Diagnostics diagnostics) {
        NativeTypeErrors errors = errors(type);
        long first = type.argument(0);
        String max8000 = "Length can range from 1 to 8000. For larger sizes, use the `Max` variant.";
        String message = switch (type.name()) {
            case "Decimal" -> !type.hasArguments() ? null
                    : type.argument(1) > first ? errors.scaleLargerThanPrecision()
                    : first == 0 || first > 38 ? errors.argumentOutOfRange("Precision can range from 1 to 38.")
                    : type.argument(1) > 38 ? errors.argumentOutOfRange("Scale can range from 0 to 38.") : null;
            case "Float" -> type.hasArguments() && (first == 0 || first > 53)
                    ? errors.argumentOutOfRange("Bits can range from 1 to 53.") : null;
            case "NVarChar" -> first > 4000 ? errors.argumentOutOfRange(
                    "Length can range from 1 to 4000. For larger sizes, use the `Max` variant.") : null;
            case "VarChar", "VarBinary" -> first > 8000 ? errors.argumentOutOfRange(max8000) : null;
            case "NChar" -> first > 4000 ? errors.argumentOutOfRange("Length can range from 1 to 4000.") : null;
            case "Char", "Binary" -> first > 8000 ? errors.argumentOutOfRange("Length can range from 1 to 8000.") : null;
            default -> null;
        };
        if (message != null) {
            diagnostics.error(message, span);
        }
    }

    @Override
    public String nativeTypeKeyError(NativeType type, KeyKind kind, boolean hasLength, boolean fulltext) {
        if (!isHeapAllocated(type)) {
            return null;
        }
        return switch (kind) {
            case INDEX -> errors(type).incompatibleWithIndex("");
            case UNIQUE -> errors(type).incompatibleWithUnique("");
            case PRIMARY_KEY -> errors(type).incompatibleWithId("");
        };
    }

    @Override
    public String validateUrl(String url) {
        return url.startsWith("sqlserver") ? null : "must start with the protocol `sqlserver://`.";
    }
}
