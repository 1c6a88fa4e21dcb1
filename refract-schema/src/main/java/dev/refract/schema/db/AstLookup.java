package dev.refract.schema.db;

import dev.refract.schema.ast.Argument;
import dev.refract.schema.ast.Attribute;
import dev.refract.schema.diagnostics.Span;
import java.util.List;

/** Finding attributes and arguments in the AST, for diagnostics that point at them. */
public final class AstLookup {
    private AstLookup() {
    }

    /** The first attribute called {@code name} (without {@code @}), or null. */
    public static Attribute attribute(List<Attribute> attributes, String name) {
        for (Attribute a : attributes) {
            if (a.name().name().equals(name)) {
                return a;
            }
        }
        return null;
    }

    /** The span of the first attribute called {@code name}, or null. */
    public static Span attributeSpan(List<Attribute> attributes, String name) {
        Attribute a = attribute(attributes, name);
        return a == null ? null : a.span();
    }

    /** The argument called {@code name} of the attribute, or null. */
    public static Argument argument(Attribute attribute, String name) {
        for (Argument a : attribute.arguments().arguments()) {
            if (a.name() != null && a.name().name().equals(name)) {
                return a;
            }
        }
        return null;
    }
}
