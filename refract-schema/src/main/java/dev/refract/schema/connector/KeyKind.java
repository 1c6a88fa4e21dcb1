package dev.refract.schema.connector;

/** The kinds of key a field can take part in, for {@link Connector#nativeTypeKeyError}. */
public enum KeyKind {
    /** {@code @@index}. */
    INDEX,
    /** {@code @unique} or {@code @@unique}. */
    UNIQUE,
    /** {@code @id} or {@code @@id}. */
    PRIMARY_KEY
}
