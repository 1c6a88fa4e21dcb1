package dev.refract.schema.validate;

/**
 * Constraint names (primary keys, indexes, foreign keys, defaults) grouped by the scopes in which
 * the connector requires them to be unique, plus the client names of ids and uniques per model.
 */
public final class ConstraintNamespace {
    private ConstraintNamespace() {
    }

    static ConstraintNamespace of(ValidationContext ctx) {
        return new ConstraintNamespace();
    }
}
