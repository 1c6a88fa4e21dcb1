package dev.refract.model;

import java.util.List;
import java.util.Optional;

/**
 * A composite {@code type}: the shape of an embedded document (MongoDB).
 *
 * @param name its name
 * @param fields its fields in declaration order
 * @param documentation its {@code ///} documentation, or null
 */
public record CompositeType(String name, List<ScalarField> fields, String documentation) {
    public CompositeType {
        fields = List.copyOf(fields);
    }

    public Optional<ScalarField> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
