package dev.refract.schema.db;

/** Prisma's built-in scalar types, as written in a schema. */
public enum ScalarType {
    Int, BigInt, Float, Boolean, String, DateTime, Json, Bytes, Decimal;

    /** The built-in type called {@code name}, or null when it is not one. */
    public static ScalarType parse(java.lang.String name) {
        return switch (name) {
            case "Int" -> Int;
            case "BigInt" -> BigInt;
            case "Float" -> Float;
            case "Boolean" -> Boolean;
            case "String" -> String;
            case "DateTime" -> DateTime;
            case "Json" -> Json;
            case "Bytes" -> Bytes;
            case "Decimal" -> Decimal;
            default -> null;
        };
    }

    /** The name as written in a schema. */
    public java.lang.String asStr() {
        return name();
    }
}
