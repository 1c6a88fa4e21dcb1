package dev.refract.engine.sql;

import dev.refract.model.ScalarField;

/**
 * One bound value.
 *
 * @param value the value, in the IR's Java types ({@link dev.refract.engine.ir.Values}); may be null
 * @param field the field whose column type it takes, or null for untyped values (limits, counts)
 */
public record Param(Object value, ScalarField field) {
}
