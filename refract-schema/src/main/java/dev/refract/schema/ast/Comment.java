package dev.refract.schema.ast;

/** Documentation attached to a block, field or enum value: {@code ///} lines and block comments, joined by newlines. */
public record Comment(String text) {
}
