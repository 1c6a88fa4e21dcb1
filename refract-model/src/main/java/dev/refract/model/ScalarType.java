package dev.refract.model;

/** What a scalar field holds: a built-in scalar, an enum, a composite type, or an unsupported database type. */
public sealed interface ScalarType {
    /** The type's name as written in a schema. */
    String name();

    /** A built-in scalar such as {@code Int} or {@code DateTime}. */
    record Builtin(BuiltinType type) implements ScalarType {
        public String name() {
            return type.schemaName();
        }
    }

    /** A value of the enum named {@code enumName}. */
    record EnumRef(String enumName) implements ScalarType {
        public String name() {
            return enumName;
        }
    }

    /** An embedded document of the composite type named {@code typeName} (MongoDB). */
    record CompositeRef(String typeName) implements ScalarType {
        public String name() {
            return typeName;
        }
    }

    /** {@code Unsupported("dbType")}: a column Prisma cannot read or write. */
    record Unsupported(String dbType) implements ScalarType {
        public String name() {
            return "Unsupported(\"" + dbType + "\")";
        }
    }

    static ScalarType of(BuiltinType type) {
        return new Builtin(type);
    }

    static ScalarType enumRef(String enumName) {
        return new EnumRef(enumName);
    }

    static ScalarType compositeRef(String typeName) {
        return new CompositeRef(typeName);
    }

    static ScalarType unsupported(String dbType) {
        return new Unsupported(dbType);
    }

    /** The built-in scalar, or null for enums, composites and unsupported types. */
    default BuiltinType builtin() {
        return this instanceof Builtin b ? b.type() : null;
    }
}
