package dev.refract.client;

import dev.refract.engine.error.RefractException;

/**
 * Thrown by a record accessor whose field the query did not load: a relation that was not
 * included, or a field left out by {@code select} or {@code omit}. Refract never loads lazily, so
 * the fix is always in the query.
 */
public final class NotLoadedException extends RefractException {
    private static final long serialVersionUID = 1L;

    /**
     * @param model the record's model
     * @param field the field asked for
     * @param relation true for a relation field (the fix is include), false for a scalar (select/omit)
     */
    public NotLoadedException(String model, String field, boolean relation) {
        super(null, model + "." + field + " was not loaded: "
                + (relation ? "include it (include(i -> i." + field + "()))"
                        : "select it, or do not omit it")
                + "; Refract never loads fields lazily.");
    }

    /** @param message the whole message, saying what to include */
    public NotLoadedException(String message) {
        super(null, message);
    }
}
