package dev.refract.schema.ast;

import dev.refract.schema.diagnostics.Span;

/**
 * A {@code key = value} line of a datasource or generator.
 *
 * @param value the value, or null when the line has none ({@code key =})
 */
public record ConfigBlockProperty(Identifier name, Expression value, Span span) {
}
