package dev.refract.schema.validate;

import dev.refract.schema.connector.ConstraintScope;
import dev.refract.schema.db.InlineRelationWalker;
import dev.refract.schema.db.ModelWalker;
import dev.refract.schema.db.ParserDatabase;
import dev.refract.schema.db.RelationFieldWalker;
import dev.refract.schema.db.RelationWalker;
import dev.refract.schema.diagnostics.Diagnostic;
import dev.refract.schema.diagnostics.Span;
import dev.refract.schema.validate.relations.CascadeChecks;
import dev.refract.schema.validate.relations.EmbeddedManyToManyChecks;
import dev.refract.schema.validate.relations.ImplicitManyToManyChecks;
import dev.refract.schema.validate.relations.InlineRelationChecks;
import dev.refract.schema.validate.relations.Messages;
import dev.refract.schema.validate.relations.OneToManyChecks;
import dev.refract.schema.validate.relations.OneToOneChecks;
import dev.refract.schema.validate.relations.RelationContext;
import dev.refract.schema.validate.relations.RelationFieldChecks;
import dev.refract.schema.validate.relations.RelationNames;
import dev.refract.schema.validate.relations.Spans;

/**
 * The relation part of the validations, in Prisma's order. Two places in the pipeline: each
 * relation field inside the model loop ({@link #ambiguity}, then the field's client name, then
 * {@link #relationField}); and every relation after all models and enums ({@link #relations}).
 */
public final class RelationValidations {
    private RelationValidations() {
    }

    /**
     * The ambiguous-relation error of {@code field}, or null. The caller reports it and stops
     * validating altogether: Prisma does not pile further errors on an ambiguous schema.
     */
    public static Diagnostic ambiguity(RelationFieldWalker field, RelationNames names) {
        return RelationFieldChecks.ambiguity(field, names);
    }

    /** The checks of one relation field that follow its client name check. */
    public static void relationField(RelationFieldWalker field, RelationContext ctx) {
        RelationFieldChecks.ignoredRelatedModel(field, ctx);
        RelationFieldChecks.referentialActions(field, ctx);
        RelationFieldChecks.map(field, ctx);
        RelationFieldChecks.missingRelationIndex(field, ctx);
        RelationFieldChecks.connectorSpecific(field, ctx);
    }

    /** Every relation, in the order inference found them, by shape. */
    public static void relations(ParserDatabase db, Names names, RelationContext ctx) {
        for (RelationWalker relation : db.walkRelations()) {
            InlineRelationWalker inline = relation.asInline();
            if (inline != null) {
                inline(inline, names, ctx);
            } else if (relation.isImplicitManyToMany()) {
                implicitManyToMany(relation, ctx);
            } else if (relation.isTwoWayEmbeddedManyToMany()) {
                embeddedManyToMany(relation, ctx);
            }
        }
    }

    private static void inline(InlineRelationWalker relation, Names names, RelationContext ctx) {
        if (relation.forwardRelationField() != null && relation.backRelationField() != null) {
            CascadeChecks.cycles(relation, ctx);
            CascadeChecks.multipleCascadingPaths(relation, ctx);
        }
        InlineRelationChecks.referencesUniqueFields(relation, ctx);
        InlineRelationChecks.sameLengthInReferencingAndReferenced(relation, ctx);
        InlineRelationChecks.fieldArity(relation, ctx);
        InlineRelationChecks.referencingScalarFieldTypes(relation, ctx);
        hasAUniqueConstraintName(relation, names, ctx);
        InlineRelationChecks.requiredRelationCannotUseSetNull(relation, ctx);
        if (relation.isOneToOne()) {
            OneToOneChecks.bothSidesAreDefined(relation, ctx);
            OneToOneChecks.fieldsAndReferencesAreDefined(relation, ctx);
            OneToOneChecks.fieldsAndReferencesDefinedOnOneSideOnly(relation, ctx);
            OneToOneChecks.referentialActions(relation, ctx);
            OneToOneChecks.fieldsMustBeAUniqueConstraint(relation, ctx);
            OneToOneChecks.fieldsReferencesMixups(relation, ctx);
            OneToOneChecks.backRelationArityIsOptional(relation, ctx);
            OneToOneChecks.fieldsAndReferencesOnWrongSide(relation, ctx);
        } else {
            OneToManyChecks.bothSidesAreDefined(relation, ctx);
            OneToManyChecks.fieldsAndReferencesAreDefined(relation, ctx);
            OneToManyChecks.referentialActions(relation, ctx);
        }
    }

    /**
     * The foreign key's name (written with {@code map:}, or generated) must be unique in every
     * namespace where the connector requires it to be: one error per namespace it clashes in.
     */
    private static void hasAUniqueConstraintName(InlineRelationWalker relation, Names names, RelationContext ctx) {
        String name = ConstraintNames.foreignKey(relation, ctx.connector());
        ModelWalker model = relation.referencingModel();
        for (ConstraintScope scope : names.constraintNamespace().scopeViolations(model,
                ConstraintNamespace.Kind.RELATION, name)) {
            RelationFieldWalker forward = relation.forwardRelationField();
            Span span = forward != null
                    ? Spans.firstOf(Spans.forArgument(forward.astField(), "relation", "map"), forward.span())
                    : relation.referencedModel().span();
            ctx.error(Messages.relationAttribute("The given constraint name `" + name + "` has to be unique in the"
                    + " following namespace: " + scope.description(model.name()) + ". Please provide a different name"
                    + " using the `map` argument."), span);
        }
    }

    private static void implicitManyToMany(RelationWalker relation, RelationContext ctx) {
        ImplicitManyToManyChecks.supportsImplicitRelations(relation, ctx);
        ImplicitManyToManyChecks.validateSingularId(relation, ctx);
        ImplicitManyToManyChecks.validateNoReferentialActions(relation, ctx);
        ImplicitManyToManyChecks.cannotDefineReferencesArgument(relation, ctx);
    }

    private static void embeddedManyToMany(RelationWalker relation, RelationContext ctx) {
        EmbeddedManyToManyChecks.supportsEmbeddedRelations(relation, ctx);
        EmbeddedManyToManyChecks.definesReferencesOnBothSides(relation, ctx);
        EmbeddedManyToManyChecks.definesFieldsOnBothSides(relation, ctx);
        EmbeddedManyToManyChecks.referencesIdFromBothSides(relation, ctx);
        EmbeddedManyToManyChecks.referencingWithAnArrayFieldOfCorrectType(relation, ctx);
        EmbeddedManyToManyChecks.validateNoReferentialActions(relation, ctx);
    }
}
