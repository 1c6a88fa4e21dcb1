package dev.refract.schema.ast;

import dev.refract.schema.diagnostics.Span;
import java.util.List;

/** An {@code enum} block. */
public record EnumDecl(Identifier name, List<EnumValue> values, List<Attribute> attributes, Comment documentation,
                       Span span, Span innerSpan) implements Top {
    public String kind() {
        return "enum";
    }
}
