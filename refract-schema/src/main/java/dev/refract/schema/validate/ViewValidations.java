package dev.refract.schema.validate;

import dev.refract.schema.db.ModelWalker;

/** Checks on views. */
final class ViewValidations {
    private ViewValidations() {
    }

    static void viewDefinitionWithoutPreviewFlag(ModelWalker model, ValidationContext ctx) {
    }
}
