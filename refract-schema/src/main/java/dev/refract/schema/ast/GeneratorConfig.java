package dev.refract.schema.ast;

import dev.refract.schema.diagnostics.Span;
import java.util.List;

/** A {@code generator} block. */
public record GeneratorConfig(Identifier name, List<ConfigBlockProperty> properties, Comment documentation,
                              Span span) implements Top {
    public String kind() {
        return "generator";
    }
}
