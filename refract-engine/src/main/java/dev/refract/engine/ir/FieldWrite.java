package dev.refract.engine.ir;

import dev.refract.model.ScalarField;
import java.util.Objects;

/**
 * One scalar assignment of a create or update: {@code name: "Ann"}, {@code views: {increment: 1}},
 * {@code tags: {push: ["a"]}}.
 *
 * @param field the field written
 * @param op how the new value is made
 * @param value the operand, typed as {@link Values} says: for {@link Op#SET} the value (Java null
 *     is SQL NULL, Prisma's {@code DbNull}; a {@code Values.Json("null")} is JSON null); for the
 *     arithmetic operators a number of the field's type; for {@link Op#PUSH} a List of elements
 */
public record FieldWrite(ScalarField field, Op op, Object value) {
    public FieldWrite {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(op, "op");
        if (op != Op.SET && value == null) {
            throw new IllegalArgumentException(op + " needs an operand");
        }
    }

    /** Shorthand for a plain assignment. */
    public static FieldWrite set(ScalarField field, Object value) {
        return new FieldWrite(field, Op.SET, value);
    }

    /** The ways a value is written; all but SET compute from the column's current value. */
    public enum Op {
        SET, INCREMENT, DECREMENT, MULTIPLY, DIVIDE,
        /** Scalar lists (PostgreSQL): append the elements. */
        PUSH
    }
}
