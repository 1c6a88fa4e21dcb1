package dev.refract.schema.db;

import java.util.List;

/**
 * The field an index entry points at: a scalar field of the model ({@code root}), followed, for
 * {@code @@index([address.street])}, by the path through composite types to the indexed field.
 *
 * @param root the scalar field id of the model field the path starts at
 * @param path the composite type fields after the root, empty when the root itself is indexed
 */
public record IndexFieldPath(int root, List<Segment> path) {

    /** One step through a composite type: the type and the position of the field in it. */
    public record Segment(CompositeTypeId compositeType, int fieldIndex) {
    }

    public static IndexFieldPath of(int root) {
        return new IndexFieldPath(root, List.of());
    }

    /** Whether the indexed field is directly on the model. */
    public boolean isTopLevel() {
        return path.isEmpty();
    }

    /** The last step, or null when the indexed field is the root. */
    public Segment last() {
        return path.isEmpty() ? null : path.get(path.size() - 1);
    }
}
