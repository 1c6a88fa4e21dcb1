package dev.refract.client;

import dev.refract.engine.ir.FieldWrite;
import java.util.Objects;

/**
 * An atomic update of a number field, computed by the database from the current value:
 * {@code u.views(Atomic.increment(1))}.
 *
 * @param op the operation
 * @param value its operand
 * @param <T> the field's Java type
 */
public record Atomic<T extends Number>(FieldWrite.Op op, T value) {
    public Atomic {
        Objects.requireNonNull(value, "value");
    }

    /** Adds {@code value}. */
    public static <T extends Number> Atomic<T> increment(T value) {
        return new Atomic<>(FieldWrite.Op.INCREMENT, value);
    }

    /** Subtracts {@code value}. */
    public static <T extends Number> Atomic<T> decrement(T value) {
        return new Atomic<>(FieldWrite.Op.DECREMENT, value);
    }

    /** Multiplies by {@code value}. */
    public static <T extends Number> Atomic<T> multiply(T value) {
        return new Atomic<>(FieldWrite.Op.MULTIPLY, value);
    }

    /** Divides by {@code value}. */
    public static <T extends Number> Atomic<T> divide(T value) {
        return new Atomic<>(FieldWrite.Op.DIVIDE, value);
    }
}
