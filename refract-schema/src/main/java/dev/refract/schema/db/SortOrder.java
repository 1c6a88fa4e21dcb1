package dev.refract.schema.db;

/** The {@code sort:} argument of an index field. */
public enum SortOrder {
    Asc, Desc
}
