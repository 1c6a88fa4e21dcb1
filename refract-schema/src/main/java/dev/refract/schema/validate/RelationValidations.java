package dev.refract.schema.validate;

import dev.refract.schema.db.InlineRelationWalker;
import dev.refract.schema.db.ParserDatabase;
import dev.refract.schema.db.RelationFieldWalker;
import dev.refract.schema.db.RelationWalker;
import dev.refract.schema.diagnostics.Diagnostic;
import dev.refract.schema.validate.relations.CascadeChecks;
import dev.refract.schema.validate.relations.EmbeddedManyToManyChecks;
import dev.refract.schema.validate.relations.ImplicitManyToManyChecks;
import dev.refract.schema.validate.relations.InlineRelationChecks;
import dev.refract.schema.validate.relations.OneToManyChecks;
import dev.refract.schema.validate.relations.OneToOneChecks;
import dev.refract.schema.validate.relations.RelationContext;
import dev.refract.schema.validate.relations.RelationFieldChecks;
import dev.refract.schema.validate.relations.RelationNames;

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
    public static void relations(ParserDatabase db, RelationContext ctx) {
        for (RelationWalker relation : db.walkRelations()) {
            InlineRelationWalker inline = relation.asInline();
            if (inline != null) {
                inline(inline, ctx);
            } else if (relation.isImplicitManyToMany()) {
                implicitManyToMany(relation, ctx);
            } else if (relation.isTwoWayEmbeddedManyToMany()) {
                embeddedManyToMany(relation, ctx);
            }
        }
    }

    private static void inline(InlineRelationWalker relation, RelationContext ctx) {
        if (relation.forwardRelationField() != null && relation.backRelationField() != null) {
            CascadeChecks.cycles(relation, ctx);
            CascadeChecks.multipleCascadingPaths(relation, ctx);
        }
        InlineRelationChecks.referencesUniqueFields(relation, ctx);
        InlineRelationChecks.sameLengthInReferencingAndReferenced(relation, ctx);
        InlineRelationChecks.fieldArity(relation, ctx);
        InlineRelationChecks.referencingScalarFieldTypes(relation, ctx);
        // The constraint name check (has_a_unique_constraint_name) comes here; it needs the constraint namespaces.
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
