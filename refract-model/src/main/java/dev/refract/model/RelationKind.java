package dev.refract.model;

/** The cardinality of a relation. */
public enum RelationKind {
    /** One row on each side at most; the referencing side holds the foreign key. */
    ONE_TO_ONE,
    /** The referencing side (many) holds the foreign key; the other side is a list. */
    ONE_TO_MANY,
    /** Both sides are lists, joined through Prisma's implicit join table. */
    MANY_TO_MANY,
    /**
     * Both sides are lists and each stores the other side's ids in a scalar list field
     * ({@code fields:} on both sides; MongoDB). No join table.
     */
    EMBEDDED_MANY_TO_MANY
}
