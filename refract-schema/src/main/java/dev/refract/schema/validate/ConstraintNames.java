package dev.refract.schema.validate;

import dev.refract.schema.connector.Capability;
import dev.refract.schema.connector.Connector;
import dev.refract.schema.db.CompositeTypeFieldWalker;
import dev.refract.schema.db.DefaultValueWalker;
import dev.refract.schema.db.IndexFieldPath;
import dev.refract.schema.db.IndexFieldWalker;
import dev.refract.schema.db.IndexWalker;
import dev.refract.schema.db.InlineRelationWalker;
import dev.refract.schema.db.PrimaryKeyWalker;
import dev.refract.schema.db.ScalarFieldWalker;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The database names of constraints: the mapped name when the schema gives one, otherwise the
 * name Prisma generates after PostgreSQL's conventions ({@code Table_pkey}, {@code Table_a_b_key},
 * {@code Table_a_idx}, {@code Table_a_fkey}, {@code Table_a_df}), cut to the connector's
 * identifier limit in bytes without splitting a character.
 */
public final class ConstraintNames {
    private ConstraintNames() {
    }

    /** The primary key's name, or null when the connector does not name primary keys. */
    public static String primaryKey(PrimaryKeyWalker pk, Connector connector) {
        if (!connector.has(Capability.NAMED_PRIMARY_KEYS)) {
            return null;
        }
        if (pk.mappedName() != null) {
            return pk.mappedName();
        }
        return truncate(pk.model().databaseName(), connector.maxIdentifierLength() - 5) + "_pkey";
    }

    /** The index's or unique constraint's name. */
    public static String index(IndexWalker index, Connector connector) {
        if (index.mappedName() != null) {
            return index.mappedName();
        }
        List<String> columns = new ArrayList<>();
        for (IndexFieldWalker field : index.scalarFieldAttributes()) {
            columns.add(mappedPath(field));
        }
        String suffix = index.isUnique() ? "_key" : "_idx";
        String joined = index.model().databaseName() + "_" + String.join("_", columns);
        return truncate(joined, connector.maxIdentifierLength() - suffix.length()) + suffix;
    }

    /** The default constraint's name (SQL Server names them). */
    public static String defaultValue(ScalarFieldWalker field, DefaultValueWalker value, Connector connector) {
        if (value.mappedName() != null) {
            return value.mappedName();
        }
        String joined = field.model().databaseName() + "_" + field.databaseName();
        return truncate(joined, connector.maxIdentifierLength() - 3) + "_df";
    }

    /** The foreign key's name. */
    public static String foreignKey(InlineRelationWalker relation, Connector connector) {
        if (relation.mappedName() != null) {
            return relation.mappedName();
        }
        List<String> columns = new ArrayList<>();
        for (ScalarFieldWalker field : relation.referencingFields()) {
            columns.add(field.databaseName());
        }
        String joined = relation.referencingModel().databaseName() + "_" + String.join("_", columns);
        return truncate(joined, connector.maxIdentifierLength() - 5) + "_fkey";
    }

    /** The database names along an index entry's path, joined with dots. */
    private static String mappedPath(IndexFieldWalker field) {
        StringBuilder out = new StringBuilder(field.rootField().databaseName());
        IndexFieldPath path = field.path();
        for (IndexFieldPath.Segment segment : path.path()) {
            out.append('.').append(new CompositeTypeFieldWalker(field.db(), segment.compositeType(),
                    segment.fieldIndex()).databaseName());
        }
        return out.toString();
    }

    /** {@code name} cut to at most {@code limit} UTF-8 bytes when it has {@code limit} or more. */
    static String truncate(String name, int limit) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < limit || limit < 0) {
            return name;
        }
        int cut = limit;
        // Back off to a character boundary: continuation bytes look like 10xxxxxx.
        while (cut > 0 && cut < bytes.length && (bytes[cut] & 0xC0) == 0x80) {
            cut--;
        }
        return new String(bytes, 0, cut, StandardCharsets.UTF_8);
    }

    /** The byte length Prisma compares with the identifier limit. */
    static int byteLength(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length;
    }
}
