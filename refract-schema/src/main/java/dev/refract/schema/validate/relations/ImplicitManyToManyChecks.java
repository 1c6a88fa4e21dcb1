package dev.refract.schema.validate.relations;

import dev.refract.schema.connector.Capability;
import dev.refract.schema.db.PrimaryKeyWalker;
import dev.refract.schema.db.RelationFieldWalker;
import dev.refract.schema.db.RelationWalker;
import dev.refract.schema.db.ScalarFieldWalker;
import dev.refract.schema.diagnostics.Span;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks on implicit many-to-many relations (two list fields, a join table Prisma manages). Each
 * check looks at field A, then field B.
 */
public final class ImplicitManyToManyChecks {
    private ImplicitManyToManyChecks() {
    }

    private static List<RelationFieldWalker> fields(RelationWalker relation) {
        return Stream.of(relation.fieldA(), relation.fieldB()).filter(f -> f != null).toList();
    }

    /** Views have no join table; and document databases have no implicit relations at all. */
    public static void supportsImplicitRelations(RelationWalker relation, RelationContext ctx) {
        List<RelationFieldWalker> fields = fields(relation);
        if (relation.modelA().isView() || relation.modelB().isView()) {
            for (RelationFieldWalker f : fields) {
                ctx.error(Messages.validation("Implicit many-to-many relations are not supported for views."),
                        f.span());
            }
            return;
        }
        if (ctx.has(Capability.IMPLICIT_MANY_TO_MANY_RELATION)) {
            return;
        }
        String message = Messages.validation("Implicit many-to-many relations are not supported on "
                + ctx.connector().name() + ". Please use the syntax defined in"
                + " https://pris.ly/d/document-database-many-to-many");
        for (RelationFieldWalker f : fields) {
            ctx.error(message, f.span());
        }
    }

    /** Both models need a single-field id, and {@code references}, if written, must name it. */
    public static void validateSingularId(RelationWalker relation, RelationContext ctx) {
        for (RelationFieldWalker field : fields(relation)) {
            if (!field.relatedModel().hasSingleIdField()) {
                // Prisma names the container after the related model here.
                String container = Messages.container(field.relatedModel().isView());
                ctx.error(Messages.field(container, field.model().name(), field.name(), "The relation field `"
                        + field.name() + "` on " + container + " `" + field.model().name() + "` references `"
                        + field.relatedModel().name() + "` which does not have an `@id` field. Models without `@id`"
                        + " cannot be part of a many to many relation. Use an explicit intermediate Model to represent"
                        + " this relationship."), field.span());
                continue;
            }
            if (!referencesSingularId(field)) {
                List<ScalarFieldWalker> references = field.referencedFields();
                String names = references == null ? ""
                        : references.stream().map(ScalarFieldWalker::name).collect(Collectors.joining(", "));
                ctx.error(Messages.validation("Implicit many-to-many relations must always reference the id field of"
                        + " the related model. Change the argument `references` to use the id field of the related"
                        + " model `" + field.relatedModel().name() + "`. But it is referencing the following fields"
                        + " that are not the id: " + names), field.span());
            }
        }
    }

    /** No {@code references}, or exactly the related model's single id field. */
    private static boolean referencesSingularId(RelationFieldWalker field) {
        List<ScalarFieldWalker> references = field.referencedFields();
        if (references == null) {
            return true;
        }
        if (references.size() != 1) {
            return false;
        }
        PrimaryKeyWalker pk = field.relatedModel().primaryKey();
        return pk != null && pk.containsExactlyFields(references);
    }

    /** Referential actions are not supported on the join table. */
    public static void validateNoReferentialActions(RelationWalker relation, RelationContext ctx) {
        for (RelationFieldWalker field : fields(relation)) {
            for (Span span : new Span[] {field.explicitOnDeleteSpan(), field.explicitOnUpdateSpan()}) {
                if (span != null) {
                    ctx.error(Messages.validation(
                            "Referential actions on implicit many-to-many relations are not supported"), span);
                }
            }
        }
    }

    /** {@code references} has no meaning on an implicit many-to-many relation. */
    public static void cannotDefineReferencesArgument(RelationWalker relation, RelationContext ctx) {
        for (RelationFieldWalker field : fields(relation)) {
            if (field.referencedFields() != null) {
                ctx.error(Messages.relationAttribute("Implicit many-to-many relation should not have references"
                        + " argument defined. Either remove it, or change the relation to one-to-many."), field.span());
            }
        }
    }
}
