package dev.refract.schema.validate;

import dev.refract.schema.db.ScalarFieldWalker;

/** Checks on {@code @default} values. */
final class DefaultValueValidations {
    private DefaultValueValidations() {
    }

    static void unknownDefaultFunctions(ValidationContext ctx) {
    }

    static void validateDefaultValue(ScalarFieldWalker field, ValidationContext ctx) {
    }
}
