package dev.refract.schema.config;

import dev.refract.schema.ast.Expression;
import dev.refract.schema.diagnostics.Span;

/**
 * One {@code key = value} line of a datasource block, as handed to the loader and connectors.
 *
 * @param name the key
 * @param span the whole line
 * @param value the value (never null: lines without value are reported before)
 */
public record DatasourceProperty(String name, Span span, Expression value) {
}
