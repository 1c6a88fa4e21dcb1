package dev.refract.schema.format;

import dev.refract.schema.parser.Node;
import dev.refract.schema.parser.Rule;
import java.util.List;

/**
 * The order Prisma writes attributes in, for fields ({@code @id @unique @default ...}) and for
 * blocks ({@code @@id @@unique @@index ...}) alike. Attributes not listed (native types,
 * {@code @@schema}, unknown ones) come last, in their original order.
 */
final class AttributeOrder {
    private static final List<String> ORDER =
            List.of("id", "unique", "default", "updatedAt", "index", "fulltext", "map", "relation", "ignore");

    private AttributeOrder() {
    }

    /** The rank of an attribute node (field or block attribute) by its path. */
    static int rank(Node attribute) {
        Node path = attribute.child(Rule.PATH);
        int i = path == null ? -1 : ORDER.indexOf(path.text());
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
