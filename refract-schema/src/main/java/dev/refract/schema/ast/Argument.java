package dev.refract.schema.ast;

import dev.refract.schema.diagnostics.Span;

/**
 * One argument of an attribute or function: {@code name: value}, or an unnamed {@code value}.
 *
 * @param name the argument's name, or null for an unnamed argument
 * @param value its value
 * @param span the whole argument
 */
public record Argument(Identifier name, Expression value, Span span) {
    public boolean isUnnamed() {
        return name == null;
    }
}
