package dev.refract.schema.ast;

import dev.refract.schema.diagnostics.Span;
import java.util.List;

/** A {@code datasource} block. */
public record SourceConfig(Identifier name, List<ConfigBlockProperty> properties, Comment documentation, Span span,
                           Span innerSpan) implements Top {
    public String kind() {
        return "datasource";
    }
}
