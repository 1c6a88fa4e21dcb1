package dev.refract.schema.ast;

import dev.refract.schema.diagnostics.Span;
import java.util.List;

/** A composite {@code type} block (embedded documents, MongoDB). */
public record CompositeType(Identifier name, List<Field> fields, Comment documentation, Span span, Span innerSpan)
        implements Top {
    public String kind() {
        return "composite type";
    }
}
