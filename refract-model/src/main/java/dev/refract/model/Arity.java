package dev.refract.model;

/** Whether a field holds exactly one value ({@code T}), zero or one ({@code T?}), or a list ({@code T[]}). */
public enum Arity {
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
