package dev.refract.schema.ast;

import dev.refract.schema.diagnostics.Span;
import java.util.List;

/**
 * A field of a model, view or composite type.
 *
 * @param type its type
 * @param name its name
 * @param arity required, optional or list
 * @param attributes its attributes in source order
 * @param documentation doc comments, or null
 * @param span the whole declaration, through its newline
 */
public record Field(FieldType type, Identifier name, FieldArity arity, List<Attribute> attributes,
                    Comment documentation, Span span) {
}
