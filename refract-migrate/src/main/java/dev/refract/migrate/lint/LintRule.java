package dev.refract.migrate.lint;

/** The kinds of risky operation the lint knows, each with the id it prints. */
public enum LintRule {
    /** {@code CREATE INDEX} without {@code CONCURRENTLY} on a table that already exists: blocks writes while it builds. */
    INDEX_WITHOUT_CONCURRENTLY("index-without-concurrently"),
    /** {@code ADD COLUMN ... NOT NULL} without a default: fails on a table with rows, or needs it empty. */
    NOT_NULL_COLUMN_WITHOUT_DEFAULT("not-null-column-without-default"),
    /** A column type change PostgreSQL does by rewriting the whole table under an exclusive lock. */
    TYPE_CHANGE_REWRITES_TABLE("type-change-rewrites-table"),
    /** A column or table dropped and another of the same shape added: a rename that loses the data. */
    RENAME_AS_DROP_AND_ADD("rename-as-drop-and-add");

    private final String id;

    LintRule(String id) {
        this.id = id;
    }

    /** The id printed with each finding. */
    public String id() {
        return id;
    }
}
