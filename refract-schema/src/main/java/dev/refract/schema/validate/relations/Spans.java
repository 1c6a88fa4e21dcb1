package dev.refract.schema.validate.relations;

import dev.refract.schema.ast.Argument;
import dev.refract.schema.ast.Attribute;
import dev.refract.schema.ast.Field;
import dev.refract.schema.diagnostics.Span;

/** Where on a field Prisma points its relation messages: an attribute, one of its arguments, or the field. */
public final class Spans {
    private Spans() {
    }

    /** The first attribute of {@code field} called {@code name} (without {@code @}), or null. */
    public static Attribute attribute(Field field, String name) {
        for (Attribute a : field.attributes()) {
            if (a.name().name().equals(name)) {
                return a;
            }
        }
        return null;
    }

    /** The span of attribute {@code name} on {@code field}, or null. */
    public static Span forAttribute(Field field, String name) {
        Attribute a = attribute(field, name);
        return a == null ? null : a.span();
    }

    /** The span of argument {@code argument} ({@code name: value}) of attribute {@code name}, or null. */
    public static Span forArgument(Field field, String name, String argument) {
        Attribute a = attribute(field, name);
        if (a == null) {
            return null;
        }
        for (Argument arg : a.arguments().arguments()) {
            if (arg.name() != null && arg.name().name().equals(argument)) {
                return arg.span();
            }
        }
        return null;
    }

    /** The first non-null span. */
    public static Span firstOf(Span... spans) {
        for (Span s : spans) {
            if (s != null) {
                return s;
            }
        }
        return null;
    }
}
