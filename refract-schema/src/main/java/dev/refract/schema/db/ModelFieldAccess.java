package dev.refract.schema.db;

import dev.refract.schema.ast.Field;
import dev.refract.schema.ast.FieldArity;
import dev.refract.schema.diagnostics.Span;

/**
 * What every walker over a model's field reads from the field's AST: name, span, arity and
 * attribute spans. Scalar and relation field walkers share it, so the AST lookups live once.
 */
public interface ModelFieldAccess {
    ParserDatabase db();

    ModelId modelId();

    int fieldIndex();

    default ModelWalker model() {
        return new ModelWalker(db(), modelId());
    }

    default Field astField() {
        return db().astModel(modelId()).fields().get(fieldIndex());
    }

    default String name() {
        return astField().name().name();
    }

    default Span span() {
        return astField().span();
    }

    default FieldArity arity() {
        return astField().arity();
    }

    default boolean isRequired() {
        return arity().isRequired();
    }

    default boolean isOptional() {
        return arity().isOptional();
    }

    default boolean isList() {
        return arity().isList();
    }

    /** The span of the field's attribute called {@code name} ({@code default}, {@code relation}...), or null. */
    default Span spanForAttribute(String name) {
        return AstLookup.attributeSpan(astField().attributes(), name);
    }
}
