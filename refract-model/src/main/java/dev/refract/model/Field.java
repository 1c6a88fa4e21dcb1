package dev.refract.model;

/** A field of a model: a {@link ScalarField} (a column) or a {@link RelationField} (a link to another model). */
public sealed interface Field permits ScalarField, RelationField {
    /** The field's name in the schema and the client. */
    String name();

    Arity arity();

    /** True when marked {@code @ignore}: invisible to the client. */
    boolean ignored();

    /** Its {@code ///} documentation, or null. */
    String documentation();

    default boolean isList() {
        return arity().isList();
    }

    default boolean isRequired() {
        return arity().isRequired();
    }

    default boolean isOptional() {
        return arity().isOptional();
    }
}
