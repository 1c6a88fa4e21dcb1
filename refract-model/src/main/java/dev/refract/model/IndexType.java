package dev.refract.model;

/** The kind of a secondary index (primary keys are {@link PrimaryKey}s). */
public enum IndexType {
    /** {@code @@index}. */
    NORMAL,
    /** {@code @unique} or {@code @@unique}. */
    UNIQUE,
    /** {@code @@fulltext} (MySQL, MongoDB). */
    FULLTEXT
}
