package dev.refract.schema.ast;

/** Whether a field is required ({@code T}), optional ({@code T?}) or a list ({@code T[]}). */
public enum FieldArity {
    REQUIRED, OPTIONAL, LIST;

    public boolean isList() {
        return this == LIST;
    }

    public boolean isOptional() {
        return this == OPTIONAL;
    }

    public boolean isRequired() {
        return this == REQUIRED;
    }
}
