package dev.refract.schema.validate.relations;

import dev.refract.schema.connector.Capability;
import dev.refract.schema.db.NativeTypeAttribute;
import dev.refract.schema.db.RelationFieldWalker;
import dev.refract.schema.db.RelationWalker;
import dev.refract.schema.db.ScalarFieldWalker;
import dev.refract.schema.diagnostics.Span;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Checks on two-way embedded many-to-many relations (MongoDB: each side stores a list of the
 * other side's ids). Only MongoDB has them; elsewhere the first check reports and the others stay
 * silent. Each check looks at field A, then field B.
 */
public final class EmbeddedManyToManyChecks {
    private EmbeddedManyToManyChecks() {
    }

    private static List<RelationFieldWalker> fields(RelationWalker relation) {
        return Stream.of(relation.fieldA(), relation.fieldB()).filter(f -> f != null).toList();
    }

    private static boolean supported(RelationContext ctx) {
        return ctx.has(Capability.TWO_WAY_EMBEDDED_MANY_TO_MANY_RELATION);
    }

    public static void supportsEmbeddedRelations(RelationWalker relation, RelationContext ctx) {
        if (supported(ctx)) {
            return;
        }
        String message = Messages.validation("Embedded many-to-many relations are not supported on "
                + ctx.connector().name() + ". Please use the syntax defined in"
                + " https://pris.ly/d/relational-database-many-to-many");
        for (RelationFieldWalker f : fields(relation)) {
            ctx.error(message, f.span());
        }
    }

    /** Both sides need {@code references} naming exactly one field. */
    public static void definesReferencesOnBothSides(RelationWalker relation, RelationContext ctx) {
        if (!supported(ctx)) {
            return;
        }
        for (RelationFieldWalker f : fields(relation)) {
            List<ScalarFieldWalker> references = f.referencedFields();
            if (references != null && references.size() == 1) {
                continue;
            }
            ctx.error(Messages.relationAttribute("The `references` argument must be defined and must point to exactly"
                    + " one scalar field. https://pris.ly/d/many-to-many-relations"), argumentSpan(f, "references"));
        }
    }

    /** Both sides need {@code fields} naming exactly one field. */
    public static void definesFieldsOnBothSides(RelationWalker relation, RelationContext ctx) {
        if (!supported(ctx)) {
            return;
        }
        for (RelationFieldWalker f : fields(relation)) {
            List<ScalarFieldWalker> fields = f.referencingFields();
            if (fields != null && fields.size() == 1) {
                continue;
            }
            ctx.error(Messages.relationAttribute("The `fields` argument must be defined and must point to exactly one"
                    + " scalar field. https://pris.ly/d/many-to-many-relations"), argumentSpan(f, "fields"));
        }
    }

    private static Span argumentSpan(RelationFieldWalker f, String argument) {
        return Spans.firstOf(Spans.forArgument(f.astField(), "relation", argument),
                Spans.forAttribute(f.astField(), "relation"), f.span());
    }

    /** {@code references} must name the related model's single id field. */
    public static void referencesIdFromBothSides(RelationWalker relation, RelationContext ctx) {
        if (!supported(ctx)) {
            return;
        }
        for (RelationFieldWalker f : fields(relation)) {
            List<ScalarFieldWalker> references = f.referencedFields();
            if (references == null || references.isEmpty() || references.get(0).isSinglePk()) {
                continue;
            }
            ctx.error(Messages.relationAttribute("The `references` argument must point to a singular `id` field"),
                    Spans.firstOf(Spans.forArgument(f.astField(), "relation", "references"), f.span()));
        }
    }

    /** {@code fields} names a list of the type (and native type) of the single field {@code references} names. */
    public static void referencingWithAnArrayFieldOfCorrectType(RelationWalker relation, RelationContext ctx) {
        if (!supported(ctx)) {
            return;
        }
        for (RelationFieldWalker f : fields(relation)) {
            List<ScalarFieldWalker> fields = f.referencingFields();
            List<ScalarFieldWalker> references = f.referencedFields();
            if (fields == null || fields.isEmpty() || references == null || references.isEmpty()) {
                continue;
            }
            ScalarFieldWalker referencing = fields.get(0);
            ScalarFieldWalker referenced = references.get(0);
            boolean typesMatch = referencing.scalarFieldType().equals(referenced.scalarFieldType());
            boolean nativeTypesMatch = Objects.equals(nativeTypeName(referencing), nativeTypeName(referenced));
            if (referencing.isList() && typesMatch && nativeTypesMatch && !referenced.isList()) {
                continue;
            }
            ctx.error(Messages.relationAttribute("The scalar field defined in `fields` argument must be an array of the"
                    + " same type defined in `references`"),
                    Spans.firstOf(Spans.forAttribute(f.astField(), "relation"), f.span()));
        }
    }

    private static String nativeTypeName(ScalarFieldWalker field) {
        NativeTypeAttribute nt = field.rawNativeType();
        return nt == null ? null : nt.name();
    }

    /** No referential actions on embedded relations (yet). */
    public static void validateNoReferentialActions(RelationWalker relation, RelationContext ctx) {
        if (!supported(ctx)) {
            return;
        }
        for (RelationFieldWalker field : fields(relation)) {
            for (Span span : new Span[] {field.explicitOnDeleteSpan(), field.explicitOnUpdateSpan()}) {
                if (span != null) {
                    ctx.error(Messages.validation(
                            "Referential actions on two-way embedded many-to-many relations are not supported"), span);
                }
            }
        }
    }
}
