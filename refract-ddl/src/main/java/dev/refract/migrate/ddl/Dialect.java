package dev.refract.migrate.ddl;

import dev.refract.migrate.ddl.SqlSchema.ForeignKey;
import dev.refract.migrate.ddl.SqlSchema.Index;
import dev.refract.migrate.ddl.SqlSchema.SqlEnum;
import dev.refract.migrate.ddl.SqlSchema.Table;

/**
 * What differs between databases when creating a schema: the facts that shape the
 * {@link SqlSchema} (identifier limit, named primary keys, the join tables' key) and the text of
 * each statement. One implementation per database; ordering lives in {@link CreateSchema}.
 */
interface Dialect {
    /** The longest identifier the database accepts, in bytes; default names are cut to it. */
    int maxIdentifierLength();

    /** True when primary keys carry a name ({@code CONSTRAINT "X_pkey"}). */
    boolean namesPrimaryKeys();

    /** True when join tables get a primary key on (A, B); false for a unique index. */
    boolean joinTableHasPrimaryKey();

    /** True when an {@code Int} that alone is the primary key numbers itself (SQLite's rowid). */
    boolean intPrimaryKeyIsAutoincrement();

    /** True when foreign keys go inside CREATE TABLE rather than in ALTER TABLE afterwards. */
    boolean foreignKeysInline();

    /** True when indexes go inside CREATE TABLE rather than in CREATE INDEX afterwards. */
    boolean indexesInline();

    /** True when the database has enum types created before the tables. */
    boolean hasEnumTypes();

    /** True when the database has schemas (namespaces) to create. */
    boolean hasNamespaces();

    String createNamespace(String name);

    /** {@code CREATE EXTENSION}; only called where {@link #hasNamespaces()} (PostgreSQL). */
    String createExtension(dev.refract.model.Datasource.Extension extension);

    String createEnum(SqlEnum sqlEnum);

    String createTable(Table table);

    String createIndex(Table table, Index index);

    String addForeignKey(Table table, ForeignKey foreignKey);
}
