package dev.refract.schema.validate.relations;

import dev.refract.schema.db.InlineRelationWalker;
import dev.refract.schema.db.RelationFieldWalker;

/**
 * Checks on one-to-many relations: the singular (forward) side defines {@code fields},
 * {@code references} and referential actions; the list (back) side is just a list.
 */
public final class OneToManyChecks {
    private OneToManyChecks() {
    }

    /** Both sides must be written; report the one that is. */
    public static void bothSidesAreDefined(InlineRelationWalker relation, RelationContext ctx) {
        RelationFieldWalker forward = relation.forwardRelationField();
        RelationFieldWalker back = relation.backRelationField();
        if (forward != null && back == null) {
            missingOpposite(forward, ctx);
        } else if (forward == null && back != null) {
            missingOpposite(back, ctx);
        }
    }

    /** The error for a relation field whose opposite field is not written. */
    static void missingOpposite(RelationFieldWalker field, RelationContext ctx) {
        String container = Messages.container(field.model().isView());
        ctx.error(Messages.field(container, field.model().name(), field.name(), "The relation field `" + field.name()
                + "` on " + container + " `" + field.model().name() + "` is missing an opposite relation field on the"
                + " model `" + field.relatedModel().name() + "`. Either run `prisma format` or add it manually."),
                field.span());
    }

    /** The singular side needs {@code fields} and {@code references}; the list side must have neither. */
    public static void fieldsAndReferencesAreDefined(InlineRelationWalker relation, RelationContext ctx) {
        RelationFieldWalker forward = relation.forwardRelationField();
        RelationFieldWalker back = relation.backRelationField();
        if (forward == null || back == null) {
            return;
        }
        String forwardName = "The relation field `" + forward.name() + "` on Model `" + forward.model().name() + "`";
        if (Inline.isEmpty(forward.referencingFields())) {
            ctx.error(Messages.relationAttribute(forwardName + " must specify the `fields` argument in the @relation"
                    + " attribute. You can run `prisma format` to fix this automatically."), forward.span());
        }
        if (Inline.isEmpty(forward.referencedFields())) {
            ctx.error(Messages.relationAttribute(forwardName + " must specify the `references` argument in the"
                    + " @relation attribute."), forward.span());
        }
        if (!Inline.isEmpty(back.referencingFields()) || !Inline.isEmpty(back.referencedFields())) {
            ctx.error(Messages.relationAttribute("The relation field `" + back.name() + "` on Model `"
                    + back.model().name() + "` must not specify the `fields` or `references` argument in the @relation"
                    + " attribute. You must only specify it on the opposite field `" + forward.name() + "` on model `"
                    + forward.model().name() + "`."), back.span());
        }
    }

    /** Referential actions belong on the singular side. */
    public static void referentialActions(InlineRelationWalker relation, RelationContext ctx) {
        RelationFieldWalker forward = relation.forwardRelationField();
        RelationFieldWalker back = relation.backRelationField();
        if (forward == null || back == null || !OneToOneChecks.hasActions(back)) {
            return;
        }
        ctx.error(Messages.relationAttribute("The relation field `" + back.name() + "` on Model `" + back.model().name()
                + "` must not specify the `onDelete` or `onUpdate` argument in the @relation attribute. You must only"
                + " specify it on the opposite field `" + forward.name() + "` on model `" + forward.model().name()
                + "`, or in case of a many to many relation, in an explicit join table."), back.span());
    }
}
