package dev.refract.engine.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * A field of an input object type (or an argument of an output field).
 *
 * @param name the field name
 * @param types the accepted types, in the order the parser tries them; a nullable field ends with {@code Null}
 * @param required whether the field must be given
 * @param defaultValue the value assumed when the field is absent, or null
 */
record InputField(String name, List<InputType> types, boolean required, Object defaultValue) {
    InputField {
        types = List.copyOf(types);
    }

    static InputField optional(String name, InputType... types) {
        return new InputField(name, List.of(types), false, null);
    }

    static InputField optional(String name, List<InputType> types) {
        return new InputField(name, types, false, null);
    }

    static InputField required(String name, InputType... types) {
        return new InputField(name, List.of(types), true, null);
    }

    /** The same field accepting {@code null} too (Prisma's nullable fields list {@code Null} last). */
    InputField nullableIf(boolean nullable) {
        if (!nullable) {
            return this;
        }
        List<InputType> withNull = new ArrayList<>(types);
        withNull.add(InputType.NULL);
        return new InputField(name, withNull, required, defaultValue);
    }

    InputField withDefault(Object value) {
        return new InputField(name, types, required, value);
    }
}
