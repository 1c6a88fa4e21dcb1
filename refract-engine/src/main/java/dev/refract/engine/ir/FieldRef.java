package dev.refract.engine.ir;

import dev.refract.model.ScalarField;

/**
 * A filter operand that is another column of the same model ({@code prisma.user.fields.name}).
 *
 * @param field the referenced field
 */
public record FieldRef(ScalarField field) {
}
