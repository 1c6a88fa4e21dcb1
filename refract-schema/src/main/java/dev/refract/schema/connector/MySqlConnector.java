package dev.refract.schema.connector;

import dev.refract.model.ReferentialAction;
import static dev.refract.schema.connector.Capability.*;
import static dev.refract.schema.connector.NativeTypeArguments.NUMBER;
import static dev.refract.schema.connector.NativeTypeArguments.OPTIONAL_NUMBER;
import static dev.refract.schema.connector.NativeTypeArguments.OPTIONAL_NUMBER_PAIR;
import static dev.refract.schema.connector.NativeTypeConstructor.of;

import dev.refract.schema.diagnostics.Diagnostics;
import dev.refract.schema.diagnostics.Span;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** MySQL and MariaDB ({@code provider = "mysql"}). */
public final class MySqlConnector extends BaseConnector {

    /** The warning for an explicit {@code onDelete/onUpdate: SetDefault} with foreign keys. */
    public static final String SET_DEFAULT_WARNING = "MySQL does not actually support the `SetDefault` referential "
            + "action, so using it may result in unexpected errors. Read more at https://pris.ly/d/mysql-set-default ";

    private static final String LENGTH_GUIDE =
            " Please use the `length` argument to the field in the index definition to allow this.";

    // Types MySQL cannot put in a key without a length prefix.
    private static final Set<String> NEED_LENGTH_IN_KEYS = Set.of("Text", "LongText", "MediumText", "TinyText",
            "Blob", "TinyBlob", "MediumBlob", "LongBlob");

    static final List<NativeTypeConstructor> NATIVE_TYPES = List.of(
            of("Int", "Int"),
            of("UnsignedInt", "Int"),
            of("SmallInt", "Int"),
            of("UnsignedSmallInt", "Int"),
            of("TinyInt", "Boolean", "Int"),
            of("UnsignedTinyInt", "Boolean", "Int"),
            of("MediumInt", "Int"),
            of("UnsignedMediumInt", "Int"),
            of("BigInt", "BigInt"),
            of("Decimal", OPTIONAL_NUMBER_PAIR, "Decimal"),
            of("UnsignedBigInt", "BigInt"),
            of("Float", "Float"),
            of("Double", "Float"),
            of("Bit", NUMBER, "Boolean", "Bytes"),
            of("Char", NUMBER, "String"),
            of("VarChar", NUMBER, "String"),
            of("Binary", NUMBER, "Bytes"),
            of("VarBinary", NUMBER, "Bytes"),
            of("TinyBlob", "Bytes"),
            of("Blob", "Bytes"),
            of("MediumBlob", "Bytes"),
            of("LongBlob", "Bytes"),
            of("TinyText", "String"),
            of("Text", "String"),
            of("MediumText", "String"),
            of("LongText", "String"),
            of("Date", "DateTime"),
            of("Time", OPTIONAL_NUMBER, "DateTime"),
            of("DateTime", OPTIONAL_NUMBER, "DateTime"),
            of("Timestamp", OPTIONAL_NUMBER, "DateTime"),
            of("Year", "Int"),
            of("Json", "Json"));

    static final Map<String, NativeType> DEFAULTS = Map.of(
            "Int", NativeType.of("Int"),
            "BigInt", NativeType.of("BigInt"),
            "Float", NativeType.of("Double"),
            "Decimal", NativeType.of("Decimal", 65, 30),
            "Boolean", NativeType.of("TinyInt"),
            "String", NativeType.of("VarChar", 191),
            "DateTime", NativeType.of("DateTime", 3),
            "Bytes", NativeType.of("LongBlob"),
            "Json", NativeType.of("Json"));

    MySqlConnector() {
        super("mysql", "MySQL", caps(ENUMS, ENUM_ARRAY_PUSH, JSON, AUTO_INCREMENT_ALLOWED_ON_NON_ID,
                        RELATION_FIELDS_IN_ARBITRARY_ORDER, CREATE_MANY, WRITABLE_AUTOINC_FIELD, CREATE_SKIP_DUPLICATES,
                        UPDATEABLE_ID, JSON_FILTERING, JSON_FILTERING_JSON_PATH, JSON_FILTERING_ALPHANUMERIC,
                        JSON_ARRAY_CONTAINS, CREATE_MANY_WRITEABLE_AUTO_INC_ID, AUTO_INCREMENT, COMPOUND_IDS, ANY_ID,
                        NAMED_FOREIGN_KEYS, ADVANCED_JSON_NULLABILITY, INDEX_COLUMN_LENGTH_PREFIXING, FULL_TEXT_INDEX,
                        FULL_TEXT_SEARCH, FULL_TEXT_SEARCH_WITH_INDEX, MULTIPLE_FULL_TEXT_ATTRIBUTES_PER_MODEL,
                        IMPLICIT_MANY_TO_MANY_RELATION, DECIMAL_TYPE, ORDER_BY_NULLS_FIRST_LAST,
                        FILTERED_INLINE_CHILD_NESTED_TO_ONE_DISCONNECT, SUPPORTS_TX_ISOLATION_READ_UNCOMMITTED,
                        SUPPORTS_TX_ISOLATION_READ_COMMITTED, SUPPORTS_TX_ISOLATION_REPEATABLE_READ,
                        SUPPORTS_TX_ISOLATION_SERIALIZABLE, ROW_IN, SUPPORTS_FILTERS_ON_RELATIONS_WITHOUT_JOINS,
                        CORRELATED_SUBQUERIES, SUPPORTS_DEFAULT_IN_INSERT),
                64,
                actions(ReferentialAction.RESTRICT, ReferentialAction.CASCADE, ReferentialAction.SET_NULL,
                        ReferentialAction.NO_ACTION, ReferentialAction.SET_DEFAULT),
                NATIVE_TYPES, DEFAULTS);
    }

    @Override
    public List<ConstraintScope> constraintScopes() {
        return List.of(ConstraintScope.GLOBAL_FOREIGN_KEY, ConstraintScope.MODEL_KEY_INDEX);
    }

    @Override
    public boolean supportsShardKeys() {
        return true;
    }

    @Override
    public Optional<String> scalarTypeForNativeType(NativeType type) {
        return switch (type.name()) {
            case "TinyInt", "UnsignedTinyInt" -> Optional.of("Int");
            case "Bit" -> Optional.of("Bytes");
            default -> super.scalarTypeForNativeType(type);
        };
    }

    // The first failing rule wins, in Prisma's order.
    @Override
    public void validateNativeTypeArguments(NativeType type, String scalarType, Span span, Diagnostics diagnostics) {
        NativeTypeErrors errors = errors(type);
        long first = type.argument(0);
        String message = switch (type.name()) {
            case "Decimal" -> !type.hasArguments() ? null
                    : type.argument(1) > first ? errors.scaleLargerThanPrecision()
                    : first > 65 ? errors.argumentOutOfRange("Precision can range from 1 to 65.")
                    : type.argument(1) > 30 ? errors.argumentOutOfRange("Scale can range from 0 to 30.") : null;
            case "Bit" -> first == 0 || first > 64 ? errors.argumentOutOfRange("M can range from 1 to 64.")
                    : first > 1 && scalarType.equals("Boolean")
                    ? errors.argumentOutOfRange("only Bit(1) can be used as Boolean.") : null;
            case "Char" -> first > 255 ? errors.argumentOutOfRange("M can range from 0 to 255.") : null;
            case "VarChar" -> first > 65535 ? errors.argumentOutOfRange("M can range from 0 to 65,535.") : null;
            default -> null;
        };
        if (message != null) {
            diagnostics.error(message, span);
        }
    }

    @Override
    public String nativeTypeKeyError(NativeType type, KeyKind kind, boolean hasLength, boolean fulltext) {
        if (!NEED_LENGTH_IN_KEYS.contains(type.name()) || hasLength || (fulltext && kind != KeyKind.PRIMARY_KEY)) {
            return null;
        }
        return switch (kind) {
            case INDEX -> errors(type).incompatibleWithIndex(LENGTH_GUIDE);
            case UNIQUE -> errors(type).incompatibleWithUnique(LENGTH_GUIDE);
            case PRIMARY_KEY -> errors(type).incompatibleWithId(LENGTH_GUIDE);
        };
    }

    @Override
    public String validateUrl(String url) {
        return url.startsWith("mysql") ? null : "must start with the protocol `mysql://`.";
    }
}
