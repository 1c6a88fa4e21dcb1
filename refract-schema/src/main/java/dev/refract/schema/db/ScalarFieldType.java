package dev.refract.schema.db;

/** What a non-relation field holds: a built-in scalar, an enum, a composite type, or {@code Unsupported("...")}. */
public sealed interface ScalarFieldType {

    /** A built-in scalar type such as {@code String}. */
    record BuiltIn(ScalarType type) implements ScalarFieldType {
    }

    /** A reference to an enum of the schema. */
    record EnumRef(EnumId id) implements ScalarFieldType {
    }

    /** A reference to a composite type of the schema. */
    record CompositeRef(CompositeTypeId id) implements ScalarFieldType {
    }

    /** {@code Unsupported("name")}: a database type Prisma cannot represent. */
    record Unsupported(String name) implements ScalarFieldType {
    }

    /** The built-in scalar type, or null when this is not one. */
    default ScalarType asBuiltinScalar() {
        return this instanceof BuiltIn b ? b.type() : null;
    }

    default EnumId asEnum() {
        return this instanceof EnumRef e ? e.id() : null;
    }

    default CompositeTypeId asCompositeType() {
        return this instanceof CompositeRef c ? c.id() : null;
    }

    default boolean isUnsupported() {
        return this instanceof Unsupported;
    }

    default boolean is(ScalarType t) {
        return asBuiltinScalar() == t;
    }

    default boolean isString() { return is(ScalarType.String); }
    default boolean isInt() { return is(ScalarType.Int); }
    default boolean isBigInt() { return is(ScalarType.BigInt); }
    default boolean isFloat() { return is(ScalarType.Float); }
    default boolean isBoolean() { return is(ScalarType.Boolean); }
    default boolean isDateTime() { return is(ScalarType.DateTime); }
    default boolean isJson() { return is(ScalarType.Json); }
    default boolean isBytes() { return is(ScalarType.Bytes); }
    default boolean isDecimal() { return is(ScalarType.Decimal); }
}
