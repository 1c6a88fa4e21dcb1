package dev.refract.schema.validate.relations;

import dev.refract.schema.connector.Capability;
import dev.refract.schema.db.IndexFieldWalker;
import dev.refract.schema.db.InlineRelationWalker;
import dev.refract.schema.db.ReferentialAction;
import dev.refract.schema.db.RelationFieldWalker;
import dev.refract.schema.db.ScalarFieldWalker;
import dev.refract.schema.db.UniqueCriteriaWalker;
import java.util.List;
import java.util.stream.Collectors;

/** Checks on every one-to-one and one-to-many relation, whichever its shape. */
public final class InlineRelationChecks {
    private InlineRelationChecks() {
    }

    /**
     * {@code references:} must name a unique criteria of the referenced model (in any order;
     * then, on most connectors, in the criteria's order).
     */
    public static void referencesUniqueFields(InlineRelationWalker relation, RelationContext ctx) {
        RelationFieldWalker forward = relation.forwardRelationField();
        if (forward == null || Inline.isEmpty(forward.referencedFields())) {
            return;
        }
        List<String> references = Inline.referencedFields(relation).stream().map(ScalarFieldWalker::name).toList();
        List<String> sortedReferences = references.stream().sorted().toList();
        boolean unique = relation.referencedModel().uniqueCriterias().stream()
                .anyMatch(c -> criteriaNames(c).stream().sorted().toList().equals(sortedReferences));
        if (unique) {
            referencesInCriteriaOrder(relation, forward, references, ctx);
            return;
        }
        String model = relation.referencedModel().name();
        String advice = references.size() == 1
                ? "Consider adding an `@unique` attribute to the field `" + references.get(0) + "` in the model `"
                        + model + "`."
                : "Consider adding an `@@unique([" + String.join(", ", references) + "])` attribute to the model `"
                        + model + "`.";
        ctx.error(Messages.relationAttribute("The argument `references` must refer to a unique criterion in the"
                + " related model. " + advice), forward.span());
    }

    private static List<String> criteriaNames(UniqueCriteriaWalker criteria) {
        return criteria.fields().stream().map(IndexFieldWalker::name).toList();
    }

    private static void referencesInCriteriaOrder(InlineRelationWalker relation, RelationFieldWalker forward,
                                                  List<String> references, RelationContext ctx) {
        if (forward.referencedFields().size() <= 1 || ctx.has(Capability.RELATION_FIELDS_IN_ARBITRARY_ORDER)) {
            return;
        }
        boolean inOrder = relation.referencedModel().uniqueCriterias().stream()
                .anyMatch(c -> criteriaNames(c).equals(references));
        if (inOrder) {
            return;
        }
        ctx.error(Messages.validation("The argument `references` must refer to a unique criterion in the related"
                + " model `" + relation.referencedModel().name() + "` using the same order of fields. Please check"
                + " the ordering in the following fields: `" + String.join(", ", references) + "`."),
                forward.span());
    }

    /** {@code fields:} and {@code references:} must be equally long. */
    public static void sameLengthInReferencingAndReferenced(InlineRelationWalker relation, RelationContext ctx) {
        RelationFieldWalker forward = relation.forwardRelationField();
        if (forward == null) {
            return;
        }
        List<ScalarFieldWalker> fields = forward.referencingFields();
        List<ScalarFieldWalker> references = forward.referencedFields();
        if (fields != null && references != null && fields.size() != references.size()) {
            ctx.error(Messages.validation("You must specify the same number of fields in `fields` and `references`."),
                    forward.relationAttribute().span());
        }
    }

    /** A required relation field cannot stand on optional scalar fields. */
    public static void fieldArity(InlineRelationWalker relation, RelationContext ctx) {
        RelationFieldWalker forward = relation.forwardRelationField();
        if (forward == null || !forward.isRequired()) {
            return;
        }
        List<ScalarFieldWalker> fields = forward.referencingFields();
        if (fields == null || fields.stream().noneMatch(ScalarFieldWalker::isOptional)) {
            return;
        }
        ctx.error(Messages.validation("The relation field `" + forward.name() + "` uses the scalar fields "
                + fields.stream().map(ScalarFieldWalker::name).collect(Collectors.joining(", "))
                + ". At least one of those fields is optional. Hence the relation field must be optional as well."),
                forward.span());
    }

    /** Each referencing field must have exactly the type of the field it references. */
    public static void referencingScalarFieldTypes(InlineRelationWalker relation, RelationContext ctx) {
        List<ScalarFieldWalker> fields = Inline.referencingFields(relation);
        if (fields == null) {
            return;
        }
        List<ScalarFieldWalker> references = Inline.referencedFields(relation);
        for (int i = 0; i < Math.min(fields.size(), references.size()); i++) {
            ScalarFieldWalker referencing = fields.get(i);
            ScalarFieldWalker referenced = references.get(i);
            if (referencing.scalarFieldType().equals(referenced.scalarFieldType())) {
                continue;
            }
            ctx.error(Messages.relationAttribute("The type of the field `" + referencing.name() + "` in the model `"
                    + referencing.model().name() + "` is not matching the type of the referenced field `"
                    + referenced.name() + "` in model `" + referenced.model().name() + "`."),
                    relation.forwardRelationField().span());
        }
    }

    /**
     * {@code SetNull} cannot null a required scalar field: an error, except where the database
     * accepts it at definition time (PostgreSQL with foreign keys), where it stays a warning so as
     * not to break existing schemas.
     */
    public static void requiredRelationCannotUseSetNull(InlineRelationWalker relation, RelationContext ctx) {
        RelationFieldWalker forward = relation.forwardRelationField();
        if (forward == null) {
            return;
        }
        List<ScalarFieldWalker> fields = forward.referencingFields();
        // Without `fields:` Prisma does not know, and goes on checking.
        if (fields != null && fields.stream().noneMatch(ScalarFieldWalker::isRequired)) {
            return;
        }
        boolean warn = ctx.connector().allowsSetNullOnNonNullableFields(ctx.relationMode());
        for (String argument : List.of("onDelete", "onUpdate")) {
            ReferentialAction action = argument.equals("onDelete") ? forward.explicitOnDelete()
                    : forward.explicitOnUpdate();
            if (action != ReferentialAction.SetNull) {
                continue;
            }
            if (warn) {
                ctx.warning("The `" + argument + "` referential action of a relation should not be set to `SetNull`"
                        + " when a referenced field is required. We recommend either to choose another referential"
                        + " action, or to make the referenced fields optional. Read more at"
                        + " https://pris.ly/d/postgres-set-null ", forward.span());
            } else {
                ctx.error(Messages.relationAttribute("The `" + argument + "` referential action of a relation must"
                        + " not be set to `SetNull` when a referenced field is required.\nEither choose another"
                        + " referential action, or make the referenced fields optional.\n"), forward.span());
            }
        }
    }
}
