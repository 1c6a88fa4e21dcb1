package dev.refract.model;

/**
 * One value of an enum.
 *
 * @param name its name in the schema and client
 * @param dbName its database value ({@code @map}), or null when it is {@code name}
 * @param documentation its {@code ///} documentation, or null
 */
public record EnumValue(String name, String dbName, String documentation) {
    public static EnumValue of(String name) {
        return new EnumValue(name, null, null);
    }

    /** The database value: {@code dbName} when mapped, else {@code name}. */
    public String databaseName() {
        return dbName != null ? dbName : name;
    }
}
