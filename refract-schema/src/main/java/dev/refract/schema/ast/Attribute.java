package dev.refract.schema.ast;

import dev.refract.schema.diagnostics.Span;

/**
 * A field attribute ({@code @id}) or block attribute ({@code @@index(...)}).
 *
 * @param name the name without its {@code @} or {@code @@} ({@code db.VarChar} for native types)
 * @param arguments its arguments, empty when written without parentheses
 * @param span the whole attribute, from the {@code @}
 */
public record Attribute(Identifier name, ArgumentsList arguments, Span span) {
}
