package dev.refract.schema.validate.relations;

import dev.refract.schema.db.NativeTypeAttribute;
import dev.refract.schema.db.RelationFieldWalker;
import dev.refract.schema.db.ScalarFieldWalker;
import java.util.List;
import java.util.Objects;

/** MongoDB's own relation field check: a lookup joins only values of the same BSON type. */
final class MongoRelationChecks {
    private MongoRelationChecks() {
    }

    /**
     * Each referencing field and the field it references must carry the same native type
     * ({@code @db.ObjectId} on one side only breaks the join). A warning for now, as in Prisma,
     * reported on the referencing scalar field.
     */
    static void sameNativeType(RelationFieldWalker field, RelationContext ctx) {
        List<ScalarFieldWalker> fields = field.referencingFields();
        List<ScalarFieldWalker> references = field.referencedFields();
        if (fields == null || references == null) {
            return;
        }
        for (int i = 0; i < Math.min(fields.size(), references.size()); i++) {
            ScalarFieldWalker a = fields.get(i);
            ScalarFieldWalker b = references.get(i);
            String aType = nativeType(a);
            String bType = nativeType(b);
            String aName = a.model().name() + "." + a.name();
            String bName = b.model().name() + "." + b.name();
            String advice;
            if (aType != null && bType != null && !aType.equals(bType)) {
                advice = "Consider updating those fields to either use '" + aType + "' or '" + bType + "'.";
            } else if (aType == null && bType != null) {
                advice = "Consider either removing " + bName + "'s native type attribute or adding '" + bType
                        + "' to " + aName + ".";
            } else if (aType != null && bType == null) {
                advice = "Consider either removing " + aName + "'s native type attribute or adding '" + aType
                        + "' to " + bName + ".";
            } else {
                continue;
            }
            String message = "Field " + aName + " and " + bName + " must have the same native type for MongoDB to"
                    + " join those collections correctly. " + advice + " Beware that this will become an error in"
                    + " the future.";
            ctx.warning(Messages.fieldWarning(field.model().name(), field.name(), message), a.span());
        }
    }

    /** {@code @db.ObjectId} as written (prefix and name, arguments ignored), or null. */
    private static String nativeType(ScalarFieldWalker field) {
        NativeTypeAttribute nt = field.rawNativeType();
        return nt == null ? null : "@" + Objects.requireNonNull(nt.datasource()) + "." + nt.name();
    }
}
