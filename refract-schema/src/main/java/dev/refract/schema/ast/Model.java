package dev.refract.schema.ast;

import dev.refract.schema.diagnostics.Span;
import java.util.List;

/**
 * A {@code model} or {@code view} block.
 *
 * @param isView true for {@code view}
 */
public record Model(Identifier name, List<Field> fields, List<Attribute> attributes, Comment documentation,
                    boolean isView, Span span) implements Top {
    public String kind() {
        return isView ? "view" : "model";
    }
}
