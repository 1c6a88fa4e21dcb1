package dev.refract.schema.validate.relations;

import dev.refract.schema.db.InlineRelationWalker;
import dev.refract.schema.db.RelationFieldWalker;
import dev.refract.schema.db.ScalarFieldWalker;
import java.util.List;

/**
 * Checks on one-to-one relations. The forward side (holding {@code fields}/{@code references}
 * and the referential actions) is always written; the back side must be written and optional.
 * Several checks report on both fields, forward first unless noted.
 */
public final class OneToOneChecks {
    private OneToOneChecks() {
    }

    /** The back relation field must be written. */
    public static void bothSidesAreDefined(InlineRelationWalker relation, RelationContext ctx) {
        if (relation.backRelationField() != null) {
            return;
        }
        RelationFieldWalker field = relation.forwardRelationField();
        OneToManyChecks.missingOpposite(field, ctx);
    }

    /** One of the two sides must give {@code fields}, and one must give {@code references}. */
    public static void fieldsAndReferencesAreDefined(InlineRelationWalker relation, RelationContext ctx) {
        RelationFieldWalker forward = relation.forwardRelationField();
        RelationFieldWalker back = relation.backRelationField();
        if (forward == null || back == null) {
            return;
        }
        if (Inline.isEmpty(forward.referencingFields()) && Inline.isEmpty(back.referencingFields())) {
            ctx.error(Messages.relationAttribute(neitherProvides(forward, back, "fields")), forward.span());
            ctx.error(Messages.relationAttribute(neitherProvides(back, forward, "fields")), back.span());
        }
        if (Inline.isEmpty(forward.referencedFields()) && Inline.isEmpty(back.referencedFields())) {
            ctx.error(Messages.relationAttribute(neitherProvides(forward, back, "references")), forward.span());
            ctx.error(Messages.relationAttribute(neitherProvides(back, forward, "references")), back.span());
        }
    }

    private static String neitherProvides(RelationFieldWalker a, RelationFieldWalker b, String argument) {
        return "The relation fields " + pair(a, b) + " do not provide the `" + argument + "` argument in the"
                + " @relation attribute. You have to provide it on one of the two fields.";
    }

    /** {@code `a` on Model `A` and `b` on Model `B`}. */
    private static String pair(RelationFieldWalker a, RelationFieldWalker b) {
        return "`" + a.name() + "` on Model `" + a.model().name() + "` and `" + b.name() + "` on Model `"
                + b.model().name() + "`";
    }

    /** {@code fields} and {@code references} belong on one side only. */
    public static void fieldsAndReferencesDefinedOnOneSideOnly(InlineRelationWalker relation, RelationContext ctx) {
        RelationFieldWalker forward = relation.forwardRelationField();
        RelationFieldWalker back = relation.backRelationField();
        if (forward == null || back == null) {
            return;
        }
        if (!Inline.isEmpty(forward.referencedFields()) && !Inline.isEmpty(back.referencedFields())) {
            bothProvide(forward, back, "references", ctx);
        }
        if (!Inline.isEmpty(forward.referencingFields()) && !Inline.isEmpty(back.referencingFields())) {
            bothProvide(forward, back, "fields", ctx);
        }
    }

    private static void bothProvide(RelationFieldWalker forward, RelationFieldWalker back, String argument,
                                    RelationContext ctx) {
        String message = Messages.relationAttribute("The relation fields " + pair(forward, back) + " both provide the `"
                + argument + "` argument in the @relation attribute. You have to provide it only on one of the two"
                + " fields.");
        ctx.error(message, forward.span());
        ctx.error(message, back.span());
    }

    /** Referential actions belong on the forward side only. */
    public static void referentialActions(InlineRelationWalker relation, RelationContext ctx) {
        RelationFieldWalker forward = relation.forwardRelationField();
        RelationFieldWalker back = relation.backRelationField();
        if (forward == null || back == null) {
            return;
        }
        if (hasActions(forward) && hasActions(back)) {
            // Back side first here.
            ctx.error(Messages.relationAttribute(bothActions(back, forward)), back.span());
            ctx.error(Messages.relationAttribute(bothActions(forward, back)), forward.span());
        } else if (hasActions(back)) {
            ctx.error(Messages.relationAttribute("The relation field `" + back.name() + "` on Model `"
                    + back.model().name() + "` must not specify the `onDelete` or `onUpdate` argument in the @relation"
                    + " attribute. You must only specify it on the opposite field `" + forward.name() + "` on model `"
                    + forward.model().name() + "`."), back.span());
        }
    }

    static boolean hasActions(RelationFieldWalker field) {
        return field.explicitOnDelete() != null || field.explicitOnUpdate() != null;
    }

    private static String bothActions(RelationFieldWalker a, RelationFieldWalker b) {
        return "The relation fields " + pair(a, b) + " both provide the `onDelete` or `onUpdate` argument in the"
                + " @relation attribute. You have to provide it only on one of the two fields.";
    }

    /** The referencing scalar fields must be unique: one record on each side. */
    public static void fieldsMustBeAUniqueConstraint(InlineRelationWalker relation, RelationContext ctx) {
        RelationFieldWalker forward = relation.forwardRelationField();
        if (forward == null) {
            return;
        }
        List<ScalarFieldWalker> fields = Inline.referencingFields(relation);
        if (fields == null
                || relation.referencingModel().uniqueCriterias().stream().anyMatch(c -> c.containsExactlyFields(fields))) {
            return;
        }
        List<String> names = fields.stream().map(ScalarFieldWalker::name).toList();
        String message = names.size() == 1
                ? "A one-to-one relation must use unique fields on the defining side. Either add an `@unique`"
                        + " attribute to the field `" + names.get(0) + "`, or change the relation to one-to-many."
                : "A one-to-one relation must use unique fields on the defining side. Either add an `@@unique(["
                        + String.join(", ", names) + "])` attribute to the model, or change the relation to"
                        + " one-to-many.";
        ctx.error(Messages.relationAttribute(message), forward.span());
    }

    /** {@code fields} on one side and {@code references} on the other. Only on an otherwise clean schema. */
    public static void fieldsReferencesMixups(InlineRelationWalker relation, RelationContext ctx) {
        RelationFieldWalker forward = relation.forwardRelationField();
        RelationFieldWalker back = relation.backRelationField();
        if (forward == null || back == null || ctx.hasErrors()) {
            return;
        }
        if (!Inline.isEmpty(forward.referencingFields()) && !Inline.isEmpty(back.referencedFields())) {
            String message = Messages.relationAttribute(mixup(forward, back, "fields", "references"));
            ctx.error(message, forward.span());
            ctx.error(message, back.span());
        }
        if (!Inline.isEmpty(forward.referencedFields()) && !Inline.isEmpty(back.referencingFields())) {
            ctx.error(Messages.relationAttribute(mixup(forward, back, "references", "fields")), forward.span());
        }
    }

    private static String mixup(RelationFieldWalker forward, RelationFieldWalker back, String given, String other) {
        return "The relation field `" + forward.name() + "` on Model `" + forward.model().name() + "` provides the `"
                + given + "` argument in the @relation attribute. And the related field `" + back.name()
                + "` on Model `" + back.model().name() + "` provides the `" + other + "` argument. You must provide"
                + " both arguments on the same side.";
    }

    /** The back side cannot be required: the database cannot enforce it. Only on a clean schema. */
    public static void backRelationArityIsOptional(InlineRelationWalker relation, RelationContext ctx) {
        RelationFieldWalker forward = relation.forwardRelationField();
        RelationFieldWalker back = relation.backRelationField();
        if (forward == null || back == null || ctx.hasErrors() || !back.isRequired()) {
            return;
        }
        String referencing = forward.model().name();
        ctx.error(Messages.relationAttribute("The relation field `" + back.name() + "` on Model `" + back.model().name()
                + "` is required. This is not valid because it's not possible to enforce this constraint on the"
                + " database level. Please change the field type from `" + referencing + "` to `" + referencing
                + "?` to fix this."), back.span());
    }

    /** With a required forward side, {@code fields}/{@code references} written on the back side. Clean schema only. */
    public static void fieldsAndReferencesOnWrongSide(InlineRelationWalker relation, RelationContext ctx) {
        RelationFieldWalker forward = relation.forwardRelationField();
        RelationFieldWalker back = relation.backRelationField();
        if (forward == null || back == null || ctx.hasErrors()) {
            return;
        }
        if (forward.isRequired() && (back.referencingFields() != null || back.referencedFields() != null)) {
            ctx.error(Messages.relationAttribute("The relation field `" + back.model().name() + "." + back.name()
                    + "` defines the `fields` and/or `references` argument. You must set them on the required side of"
                    + " the relation (`" + forward.model().name() + "." + forward.name() + "`) in order for the"
                    + " constraints to be enforced. Alternatively, you can change this field to be required and the"
                    + " opposite optional, or make both sides of the relation optional."), back.span());
        }
    }
}
