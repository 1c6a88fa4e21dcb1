package dev.refract.migrate.ddl;

import dev.refract.model.Arity;
import dev.refract.model.EnumType;
import dev.refract.model.LiteralValue;
import dev.refract.model.NativeType;
import dev.refract.model.ReferentialAction;
import dev.refract.model.ScalarType;
import dev.refract.model.SortOrder;
import java.util.List;

/**
 * The database objects a schema asks for, before any SQL is written: namespaces, enums, tables with
 * their columns, keys, indexes and foreign keys. {@link SqlSchemaCalculator} derives it from a
 * {@code SchemaModel} once, with every name already resolved, so that each dialect only renders.
 *
 * @param namespaces the schemas to create (multi-schema), sorted by name
 * @param enums the enums, in declaration order
 * @param tables model tables in declaration order, then implicit many-to-many join tables
 * @param foreignKeys every foreign key with its table, in the order Prisma adds them: relations
 *     in relation order, then the join tables' keys
 * @param views views, which only a described database has
 */
public record SqlSchema(List<String> namespaces, List<SqlEnum> enums, List<Table> tables,
                        List<TableForeignKey> foreignKeys, List<View> views) {

    /** A schema without views, as the calculator derives it (views are never created from a model). */
    public SqlSchema(List<String> namespaces, List<SqlEnum> enums, List<Table> tables, List<TableForeignKey> foreignKeys) {
        this(namespaces, enums, tables, foreignKeys, List.of());
    }

    /** The target schema Prisma Migrate calculates for {@code model} (provider postgresql, sqlite or mysql). */
    public static SqlSchema of(dev.refract.model.SchemaModel model) {
        return SqlSchemaCalculator.calculate(model, CreateSchema.dialect(model.provider()));
    }

    /**
     * A view: its schema (or null), name, its columns as the database reports them (types and
     * nullability, nothing else) and its definition as the database prints it.
     */
    public record View(String namespace, String name, List<Column> columns, String definition) {
    }

    /** A foreign key and the table that holds it. */
    public record TableForeignKey(Table table, ForeignKey foreignKey) {
    }

    /** An enum type: its database name, schema (or null) and database values. */
    public record SqlEnum(String namespace, String name, List<String> values) {
    }

    /**
     * A table.
     *
     * @param namespace its schema when the datasource lists schemas, else null
     * @param primaryKey the primary key, or null
     * @param indexes unique constraints and indexes in Prisma's order
     * @param foreignKeys the foreign keys this table holds, in Prisma's order
     */
    public record Table(String namespace, String name, List<Column> columns, PrimaryKey primaryKey, List<Index> indexes,
                 List<ForeignKey> foreignKeys) {

        /** True when {@code column} alone is this table's primary key. */
        public boolean isSinglePrimaryKey(Column column) {
            return primaryKey != null && primaryKey.columns().size() == 1
                    && primaryKey.columns().get(0).name().equals(column.name());
        }
    }

    /**
     * A column.
     *
     * @param type what the field holds (built-in, enum or unsupported)
     * @param enumType the enum when {@code type} is one, else null
     * @param nativeType {@code @db.X}, or null for the connector's default type
     * @param autoincrement true when the database numbers it (SERIAL, AUTO_INCREMENT)
     * @param defaultValue the database-level default, or null
     */
    public record Column(String name, ScalarType type, EnumType enumType, NativeType nativeType, Arity arity,
                  boolean autoincrement, ColumnDefault defaultValue) {
    }

    /**
     * A column of a key or index, with its sort order, MySQL prefix length and PostgreSQL operator
     * class as written ({@code JsonbPathOps}, or the text of {@code raw("...")}), each null when not given.
     */
    public record IndexColumn(String name, SortOrder sortOrder, Integer length, String operatorClass) {
        public static IndexColumn of(String name) {
            return new IndexColumn(name, null, null, null);
        }
    }

    /** A primary key; {@code name} is null where the connector does not name primary keys. */
    public record PrimaryKey(String name, List<IndexColumn> columns) {
    }

    /**
     * A unique constraint, normal index or fulltext index.
     *
     * @param algorithm the access method as Prisma names it ({@code Hash}), null for the default
     * @param predicate the WHERE clause of a partial index as the database prints it, else null
     *     (a model never asks for one; a described database may have them)
     */
    public record Index(String name, Kind kind, List<IndexColumn> columns, String algorithm, String predicate) {
        /** What the index is. */
        public enum Kind { UNIQUE, NORMAL, FULLTEXT }

        /** A full (not partial) index. */
        public Index(String name, Kind kind, List<IndexColumn> columns, String algorithm) {
            this(name, kind, columns, algorithm, null);
        }

        public boolean isUnique() {
            return kind == Kind.UNIQUE;
        }
    }

    /** A foreign key from {@code columns} to {@code referencedColumns} of the referenced table. */
    public record ForeignKey(String name, List<String> columns, String referencedNamespace, String referencedTable,
                      List<String> referencedColumns, ReferentialAction onDelete, ReferentialAction onUpdate) {
    }

    /** A column default the database applies. */
    public sealed interface ColumnDefault {
        /** {@code now()}. */
        record Now() implements ColumnDefault {
        }

        /**
         * {@code dbgenerated("expr")}: the expression, verbatim; for a described database, any
         * default that is not a constant or now(), as the database prints it.
         */
        record Expression(String sql) implements ColumnDefault {
        }

        /** A constant; enum values are already their database names ({@link LiteralValue.EnumValue}). */
        record Value(LiteralValue value) implements ColumnDefault {
        }
    }
}
