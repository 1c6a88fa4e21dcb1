package dev.refract.schema.ast;

import dev.refract.schema.diagnostics.Span;

/** The type written on a field: a name to resolve, or {@code Unsupported("...")}. */
public sealed interface FieldType {
    Span span();

    /** A type name: a scalar, model, composite type or enum. */
    record Supported(Identifier name) implements FieldType {
        public Span span() { return name.span(); }
    }

    /** {@code Unsupported("db type")}: a column Prisma cannot represent. */
    record Unsupported(String typeName, Span span) implements FieldType {
    }
}
