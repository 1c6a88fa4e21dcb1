package dev.refract.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An {@code enum}.
 *
 * @param name its name
 * @param dbName the database type name ({@code @@map}), or null when it is {@code name}
 * @param schema the database schema ({@code @@schema}), or null
 * @param values its values in declaration order
 * @param documentation its {@code ///} documentation, or null
 */
public record EnumType(String name, String dbName, String schema, List<EnumValue> values, String documentation) {
    public EnumType {
        values = List.copyOf(values);
    }

    /** An unmapped enum with plain values. */
    public static EnumType of(String name, String... values) {
        return new EnumType(name, null, null, Arrays.stream(values).map(EnumValue::of).toList(), null);
    }

    /** The database type name: {@code dbName} when mapped, else {@code name}. */
    public String databaseName() {
        return dbName != null ? dbName : name;
    }

    public Optional<EnumValue> value(String name) {
        return values.stream().filter(v -> v.name().equals(name)).findFirst();
    }
}
