package dev.refract.schema.validate;

import dev.refract.schema.db.CompositeTypeFieldWalker;
import dev.refract.schema.db.CompositeTypeWalker;

/** Checks on composite types (MongoDB embedded documents). */
final class CompositeTypeValidations {
    private CompositeTypeValidations() {
    }

    static void detectCompositeCycles(ValidationContext ctx) {
    }

    static void compositeTypesSupport(CompositeTypeWalker type, ValidationContext ctx) {
    }

    static void moreThanOneField(CompositeTypeWalker type, ValidationContext ctx) {
    }

    static void validateDefaultValue(CompositeTypeFieldWalker field, ValidationContext ctx) {
    }
}
