package dev.refract.model;

import java.util.Arrays;
import java.util.List;

/**
 * A secondary index or unique constraint of a model.
 *
 * @param type normal, unique or fulltext
 * @param fields the indexed fields in order
 * @param name the client-side name ({@code name:} on {@code @@unique}), or null
 * @param dbName the index name ({@code map:}) as written, or null for the connector's default
 * @param algorithm {@code type:} as written ({@code Gin}, PostgreSQL), or null
 * @param clustered {@code clustered:} as written (SQL Server), or null
 * @param definedOnField true for {@code @unique} on a field, false for block attributes
 */
public record Index(IndexType type, List<IndexField> fields, String name, String dbName, String algorithm,
                   Boolean clustered, boolean definedOnField) {
    public Index {
        fields = List.copyOf(fields);
    }

    /** {@code @unique} on the field {@code field}, with no options. */
    public static Index uniqueOnField(String field) {
        return new Index(IndexType.UNIQUE, List.of(IndexField.of(field)), null, null, null, null, true);
    }

    /** A block attribute ({@code @@index}, {@code @@unique}, {@code @@fulltext}) over plain fields. */
    public static Index of(IndexType type, String... fields) {
        return new Index(type, Arrays.stream(fields).map(IndexField::of).toList(), null, null, null, null, false);
    }

    public boolean isUnique() {
        return type == IndexType.UNIQUE;
    }

    /** The names of the indexed fields (dotted paths for composite fields). */
    public List<String> fieldNames() {
        return fields.stream().map(IndexField::name).toList();
    }
}
