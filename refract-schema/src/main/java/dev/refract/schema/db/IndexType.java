package dev.refract.schema.db;

/** Whether an index is a plain {@code @@index}, a {@code @(@)unique} or a {@code @@fulltext}. */
public enum IndexType {
    Normal, Unique, Fulltext
}
