package dev.refract.schema.validate;

import dev.refract.schema.validate.relations.RelationNames;

/**
 * The name tables built once before the checks run: relation names (for ambiguity) and the
 * constraint name namespaces of the connector.
 *
 * @param relationNames relation fields grouped by model, related model and relation name
 * @param constraintNamespace constraint and custom names, by scope
 */
public record Names(RelationNames relationNames, ConstraintNamespace constraintNamespace) {

    /** Builds both tables for the schema of {@code ctx}. */
    public static Names of(ValidationContext ctx) {
        return new Names(RelationNames.of(ctx.db()), ConstraintNamespace.of(ctx));
    }
}
