package dev.refract.schema.validate;

import dev.refract.schema.db.ModelWalker;

/** Where {@code @default(autoincrement())} may be used. */
final class AutoincrementValidations {
    private AutoincrementValidations() {
    }

    static void validateAutoIncrement(ModelWalker model, ValidationContext ctx) {
    }
}
