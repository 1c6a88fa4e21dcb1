package dev.refract.migrate.ddl;

import dev.refract.migrate.ddl.SqlSchema.Column;
import dev.refract.migrate.ddl.SqlSchema.ColumnDefault;
import dev.refract.migrate.ddl.SqlSchema.ForeignKey;
import dev.refract.migrate.ddl.SqlSchema.Index;
import dev.refract.migrate.ddl.SqlSchema.SqlEnum;
import dev.refract.migrate.ddl.SqlSchema.Table;
import dev.refract.model.BuiltinType;
import dev.refract.model.LiteralValue;
import dev.refract.model.ScalarType;
import java.util.stream.Collectors;

/**
 * SQLite's CREATE statements, as Prisma Migrate writes them: foreign keys inside CREATE TABLE,
 * an {@code Int} that alone is the primary key as {@code INTEGER ... PRIMARY KEY AUTOINCREMENT},
 * enums as TEXT, join tables with a unique index on (A, B).
 */
final class SqliteDdl implements Dialect {
    static final SqliteDdl INSTANCE = new SqliteDdl();

    private SqliteDdl() {
    }

    @Override
    public int maxIdentifierLength() {
        return 10000;
    }

    @Override
    public boolean namesPrimaryKeys() {
        return false;
    }

    @Override
    public boolean joinTableHasPrimaryKey() {
        return false;
    }

    @Override
    public boolean intPrimaryKeyIsAutoincrement() {
        return true;
    }

    @Override
    public boolean foreignKeysInline() {
        return true;
    }

    @Override
    public boolean indexesInline() {
        return false;
    }

    @Override
    public boolean hasEnumTypes() {
        return false;
    }

    @Override
    public boolean hasNamespaces() {
        return false;
    }

    private static String ident(String name) {
        return "\"" + name + "\"";
    }

    @Override
    public String createNamespace(String name) {
        throw new UnsupportedOperationException("SQLite has no schemas");
    }

    @Override
    public String createExtension(dev.refract.model.Datasource.Extension extension) {
        throw new UnsupportedOperationException("SQLite has no extensions to create");
    }

    @Override
    public String createEnum(SqlEnum sqlEnum) {
        throw new UnsupportedOperationException("SQLite has no enum types");
    }

    @Override
    public String createTable(Table table) {
        StringBuilder out = new StringBuilder("CREATE TABLE ").append(ident(table.name())).append(" (\n");
        out.append(table.columns().stream().map(c -> "    " + column(table, c)).collect(Collectors.joining(",\n")));
        boolean inlinePk = table.columns().stream().anyMatch(table::isSinglePrimaryKey);
        if (table.primaryKey() != null && !inlinePk) {
            out.append(",\n\n    PRIMARY KEY (")
                    .append(table.primaryKey().columns().stream().map(c -> ident(c.name()))
                            .collect(Collectors.joining(", ")))
                    .append(")");
        }
        for (ForeignKey fk : table.foreignKeys()) {
            out.append(",\n    ").append(foreignKey(fk));
        }
        return out.append("\n)").toString();
    }

    static String column(Table table, Column c) {
        boolean pk = table.isSinglePrimaryKey(c);
        StringBuilder out = new StringBuilder(ident(c.name())).append(' ').append(columnType(c));
        if (!c.arity().isOptional()) {
            out.append(" NOT NULL");
        }
        if (pk) {
            out.append(" PRIMARY KEY");
            if (c.type().builtin() == BuiltinType.INT) {
                out.append(" AUTOINCREMENT");
            }
        }
        if (c.defaultValue() != null) {
            out.append(" DEFAULT ").append(defaultValue(c.defaultValue()));
        }
        return out.toString();
    }

    static String columnType(Column c) {
        if (c.enumType() != null) {
            return "TEXT";
        }
        if (c.type() instanceof ScalarType.Unsupported u) {
            return u.dbType();
        }
        BuiltinType t = c.type().builtin();
        if (t == null) {
            return "TEXT";
        }
        return switch (t) {
            case STRING -> "TEXT";
            case BOOLEAN -> "BOOLEAN";
            case INT -> "INTEGER";
            case BIG_INT -> "BIGINT";
            case FLOAT -> "REAL";
            case DECIMAL -> "DECIMAL";
            case DATE_TIME -> "DATETIME";
            case JSON -> "JSONB";
            case BYTES -> "BLOB";
        };
    }

    static String defaultValue(ColumnDefault d) {
        if (d instanceof ColumnDefault.Now) {
            return "CURRENT_TIMESTAMP";
        }
        if (d instanceof ColumnDefault.Expression e) {
            return e.sql();
        }
        LiteralValue v = ((ColumnDefault.Value) d).value();
        if (v instanceof LiteralValue.Text t) {
            return Literals.quote(t.value());
        }
        if (v instanceof LiteralValue.EnumValue e) {
            return Literals.quote(e.name());
        }
        if (v instanceof LiteralValue.Bytes b) {
            return "'" + Literals.hex(b.base64()) + "'";
        }
        if (v instanceof LiteralValue.DateTime t) {
            return Literals.quote(Literals.dateTime(t.value()));
        }
        if (v instanceof LiteralValue.Json j) {
            // Unquoted, as Prisma writes it: SQLite reads DEFAULT [] as an empty string and
            // rejects an object; Prisma's migrations have the same text.
            return j.value();
        }
        String plain = Literals.plain(v);
        return plain != null ? plain : "NULL";
    }

    private static String foreignKey(ForeignKey fk) {
        return "CONSTRAINT " + ident(fk.name()) + " FOREIGN KEY ("
                + fk.columns().stream().map(SqliteDdl::ident).collect(Collectors.joining(", ")) + ") REFERENCES "
                + ident(fk.referencedTable()) + " ("
                + fk.referencedColumns().stream().map(SqliteDdl::ident).collect(Collectors.joining(", "))
                + ") ON DELETE " + PostgresDdl.action(fk.onDelete()) + " ON UPDATE " + PostgresDdl.action(fk.onUpdate());
    }

    @Override
    public String createIndex(Table table, Index index) {
        String create = "CREATE " + (index.isUnique() ? "UNIQUE " : "") + "INDEX " + ident(index.name()) + " ON "
                + ident(table.name()) + "("
                + index.columns().stream()
                        .map(c -> ident(c.name()) + (c.sortOrder() == null ? "" : " " + c.sortOrder().name()))
                        .collect(Collectors.joining(", "))
                + ")";
        if (index.name().startsWith("sqlite_")) {
            return "Pragma writable_schema=1;\n" + create + ";\nPragma writable_schema=0";
        }
        return create;
    }

    @Override
    public String addForeignKey(Table table, ForeignKey foreignKey) {
        throw new UnsupportedOperationException("SQLite declares foreign keys in CREATE TABLE");
    }
}
