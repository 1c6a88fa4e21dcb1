package dev.refract.schema.ast;

import java.util.List;

/** The abstract syntax tree of one schema file: its top-level blocks in source order. */
public record SchemaAst(int fileId, List<Top> tops) {
}
