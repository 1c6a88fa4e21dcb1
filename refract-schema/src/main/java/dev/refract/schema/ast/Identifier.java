package dev.refract.schema.ast;

import dev.refract.schema.diagnostics.Span;

/** A name in the schema and where it is written. */
public record Identifier(String name, Span span) {
}
