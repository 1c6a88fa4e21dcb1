package dev.refract.model;

import java.util.List;

/**
 * One field of an index or primary key, with its per-field options.
 *
 * @param path the field's name, or for a field inside a composite type the names from the model
 *     field down ({@code ["comments", "userId"]})
 * @param sortOrder {@code sort:} as written, or null
 * @param length {@code length:} as written (MySQL prefix length), or null
 * @param operatorClass {@code ops:} as written ({@code JsonbPathOps}, or the text of {@code raw("...")}), or null
 */
public record IndexField(List<String> path, SortOrder sortOrder, Integer length, String operatorClass) {
    public IndexField {
        path = List.copyOf(path);
        if (path.isEmpty()) {
            throw new IllegalArgumentException("an index field needs a path");
        }
    }

    /** A plain field with no options. */
    public static IndexField of(String name) {
        return new IndexField(List.of(name), null, null, null);
    }

    /** The path joined with dots ({@code comments.userId}). */
    public String name() {
        return String.join(".", path);
    }
}
