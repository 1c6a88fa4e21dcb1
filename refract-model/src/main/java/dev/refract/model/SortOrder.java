package dev.refract.model;

/** The sort order of a field in an index. */
public enum SortOrder {
    ASC, DESC
}
