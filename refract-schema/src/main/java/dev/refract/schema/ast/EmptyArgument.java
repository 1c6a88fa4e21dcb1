package dev.refract.schema.ast;

/** An argument written as {@code name:} with no value: invalid, kept for editor completion. */
public record EmptyArgument(Identifier name) {
}
