package dev.refract.client;

/**
 * Implemented by every generated Java enum: its value's name in the schema (which the engine
 * speaks; the Java constant differs only when the name is a Java keyword) and in the database
 * ({@code @map}).
 */
public interface SchemaEnum {
    /** The value's name in the schema. */
    String schemaName();

    /** The value stored in the database: its {@code @map}, else its name. */
    String dbValue();

    /** The constant of {@code type} named {@code schemaName} in the schema. */
    static <E extends Enum<E>> E of(Class<E> type, String schemaName) {
        for (E e : type.getEnumConstants()) {
            if (e instanceof SchemaEnum s ? s.schemaName().equals(schemaName) : e.name().equals(schemaName)) {
                return e;
            }
        }
        throw new IllegalArgumentException("no value " + schemaName + " in " + type.getSimpleName());
    }

    /** The schema name of {@code value}. */
    static String nameOf(Enum<?> value) {
        return value instanceof SchemaEnum s ? s.schemaName() : value.name();
    }
}
