package dev.refract.schema.ast;

import dev.refract.schema.diagnostics.Span;

/** A top-level block of a schema file. */
public sealed interface Top permits Model, CompositeType, EnumDecl, SourceConfig, GeneratorConfig {
    Identifier name();

    Span span();

    /** The keyword-like name Prisma uses for this kind of block in messages ("model", "enum", ...). */
    String kind();
}
