package dev.refract.schema.validate;

import dev.refract.schema.ast.Argument;
import dev.refract.schema.ast.Attribute;
import dev.refract.schema.ast.Field;
import dev.refract.schema.db.ModelWalker;
import dev.refract.schema.diagnostics.Span;

/**
 * Prisma's message envelopes and span helpers shared by the validations: only the wording around
 * a check's own message lives here.
 */
final class Messages {
    private Messages() {
    }

    /** {@code Error parsing attribute "@x": ...}. */
    static String attribute(String attribute, String message) {
        return "Error parsing attribute \"" + attribute + "\": " + message;
    }

    /** {@code Error validating model "M": ...} (or view). */
    static String model(ModelWalker model, String message) {
        return "Error validating " + container(model) + " \"" + model.name() + "\": " + message;
    }

    /** {@code Error validating field `f` in model `M`: ...} (or view). */
    static String field(ModelWalker model, String field, String message) {
        return "Error validating field `" + field + "` in " + container(model) + " `" + model.name() + "`: " + message;
    }

    /** {@code Error validating field `f` in composite type `T`: ...}. */
    static String compositeTypeField(String type, String field, String message) {
        return "Error validating field `" + field + "` in composite type `" + type + "`: " + message;
    }

    /** {@code Error validating: ...}. */
    static String validation(String message) {
        return "Error validating: " + message;
    }

    /** {@code Invalid model: ...}. */
    static String invalidModel(String message) {
        return "Invalid model: " + message;
    }

    /** {@code model} or {@code view}. */
    static String container(ModelWalker model) {
        return model.isView() ? "view" : "model";
    }

    /** The span of argument {@code name} of {@code attribute}, or null. */
    static Span argumentSpan(Attribute attribute, String name) {
        if (attribute == null) {
            return null;
        }
        for (Argument argument : attribute.arguments().arguments()) {
            if (argument.name() != null && argument.name().name().equals(name)) {
                return argument.span();
            }
        }
        return null;
    }

    /** The span of argument {@code name} of {@code attribute}, else of the attribute. */
    static Span argumentOrAttributeSpan(Attribute attribute, String name) {
        Span span = argumentSpan(attribute, name);
        return span != null ? span : attribute.span();
    }

    /** The first attribute of {@code field} called {@code name} (without {@code @}), or null. */
    static Attribute fieldAttribute(Field field, String name) {
        for (Attribute a : field.attributes()) {
            if (a.name().name().equals(name)) {
                return a;
            }
        }
        return null;
    }
}
