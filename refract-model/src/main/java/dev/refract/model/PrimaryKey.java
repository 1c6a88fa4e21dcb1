package dev.refract.model;

import java.util.List;

/**
 * A model's primary key: {@code @id} on a field, or {@code @@id([...])}.
 *
 * @param fields the key's fields in order
 * @param name the client-side name ({@code name:}), or null
 * @param dbName the constraint name ({@code map:}) as written, or null for the connector's default
 * @param clustered {@code clustered:} as written (SQL Server), or null
 * @param definedOnField true for {@code @id} on a field, false for {@code @@id}
 */
public record PrimaryKey(List<IndexField> fields, String name, String dbName, Boolean clustered,
                         boolean definedOnField) {
    public PrimaryKey {
        fields = List.copyOf(fields);
    }

    /** {@code @id} on the field {@code field}, with no options. */
    public static PrimaryKey onField(String field) {
        return new PrimaryKey(List.of(IndexField.of(field)), null, null, null, true);
    }

    /** {@code @@id} over {@code fields}, with no options. */
    public static PrimaryKey compound(String... fields) {
        return new PrimaryKey(java.util.Arrays.stream(fields).map(IndexField::of).toList(), null, null, null, false);
    }

    /** The names of the key's fields (dotted paths for composite fields). */
    public List<String> fieldNames() {
        return fields.stream().map(IndexField::name).toList();
    }
}
