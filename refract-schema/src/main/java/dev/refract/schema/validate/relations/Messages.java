package dev.refract.schema.validate.relations;

/**
 * Prisma's message envelopes, so that every relation message carries exactly Prisma's prefix.
 * Only the wording around the message lives here; each check writes its own message.
 */
public final class Messages {
    /** The attribute most relation errors are reported against. */
    public static final String RELATION_ATTRIBUTE = "@relation";

    private Messages() {
    }

    /** {@code Error validating: ...}. */
    public static String validation(String message) {
        return "Error validating: " + message;
    }

    /** {@code Error parsing attribute "@x": ...}. */
    public static String attribute(String attribute, String message) {
        return "Error parsing attribute \"" + attribute + "\": " + message;
    }

    /** {@code Error parsing attribute "@relation": ...}. */
    public static String relationAttribute(String message) {
        return attribute(RELATION_ATTRIBUTE, message);
    }

    /** {@code Error validating field `f` in model `M`: ...} ({@code container} is model or view). */
    public static String field(String container, String model, String field, String message) {
        return "Error validating field `" + field + "` in " + container + " `" + model + "`: " + message;
    }

    /** {@code Error validating model "M": ...} ({@code container} is model or view). */
    public static String model(String container, String model, String message) {
        return "Error validating " + container + " \"" + model + "\": " + message;
    }

    /** {@code Warning validating field `f` in model `M`: ...}. */
    public static String fieldWarning(String model, String field, String message) {
        return "Warning validating field `" + field + "` in model `" + model + "`: " + message;
    }

    /** {@code view} or {@code model}, as Prisma names a block in messages. */
    public static String container(boolean isView) {
        return isView ? "view" : "model";
    }
}
