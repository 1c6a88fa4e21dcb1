package dev.refract.schema.config;

import dev.refract.schema.diagnostics.Span;

/** One entry of a datasource's {@code schemas = ["a", "b"]}, and where it is written. */
public record Namespace(String name, Span span) {
}
