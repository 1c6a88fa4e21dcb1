package dev.refract.model;

/** Prisma's built-in scalar types, with their names as written in a schema. */
public enum BuiltinType {
    STRING("String"), BOOLEAN("Boolean"), INT("Int"), BIG_INT("BigInt"), FLOAT("Float"), DECIMAL("Decimal"),
    DATE_TIME("DateTime"), JSON("Json"), BYTES("Bytes");

    private final String schemaName;

    BuiltinType(String schemaName) {
        this.schemaName = schemaName;
    }

    /** The name as written in a schema ({@code DateTime}). */
    public String schemaName() {
        return schemaName;
    }

    /** The type written as {@code name} in a schema, or null when {@code name} is not a built-in scalar. */
    public static BuiltinType fromSchemaName(String name) {
        for (BuiltinType t : values()) {
            if (t.schemaName.equals(name)) {
                return t;
            }
        }
        return null;
    }
}
