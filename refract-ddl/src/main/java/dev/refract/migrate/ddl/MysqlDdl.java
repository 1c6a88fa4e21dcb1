package dev.refract.migrate.ddl;

import dev.refract.migrate.ddl.SqlSchema.Column;
import dev.refract.migrate.ddl.SqlSchema.ColumnDefault;
import dev.refract.migrate.ddl.SqlSchema.ForeignKey;
import dev.refract.migrate.ddl.SqlSchema.Index;
import dev.refract.migrate.ddl.SqlSchema.IndexColumn;
import dev.refract.migrate.ddl.SqlSchema.SqlEnum;
import dev.refract.migrate.ddl.SqlSchema.Table;
import dev.refract.model.BuiltinType;
import dev.refract.model.EnumValue;
import dev.refract.model.LiteralValue;
import dev.refract.model.NativeType;
import dev.refract.model.ScalarType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * MySQL's CREATE statements, as Prisma Migrate writes them: indexes and the primary key inside
 * CREATE TABLE, enums as {@code ENUM(...)} column types, utf8mb4 tables, foreign keys added after.
 */
final class MysqlDdl implements Dialect {
    static final MysqlDdl INSTANCE = new MysqlDdl();

    private MysqlDdl() {
    }

    @Override
    public int maxIdentifierLength() {
        return 64;
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
        return false;
    }

    @Override
    public boolean foreignKeysInline() {
        return false;
    }

    @Override
    public boolean indexesInline() {
        return true;
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
        return "`" + name + "`";
    }

    @Override
    public String createNamespace(String name) {
        throw new UnsupportedOperationException("Prisma does not create MySQL schemas");
    }

    @Override
    public String createExtension(dev.refract.model.Datasource.Extension extension) {
        throw new UnsupportedOperationException("MySQL has no extensions to create");
    }

    @Override
    public String createEnum(SqlEnum sqlEnum) {
        throw new UnsupportedOperationException("MySQL enums are column types");
    }

    @Override
    public String createTable(Table table) {
        StringBuilder out = new StringBuilder("CREATE TABLE ").append(ident(table.name())).append(" (\n");
        out.append(table.columns().stream().map(c -> "    " + column(c)).collect(Collectors.joining(",\n")));
        if (!table.indexes().isEmpty() || table.primaryKey() != null) {
            out.append(",\n\n");
        }
        out.append(table.indexes().stream().map(i -> "    " + indexClause(i)).collect(Collectors.joining(",\n")));
        if (table.primaryKey() != null) {
            if (!table.indexes().isEmpty()) {
                out.append(",\n");
            }
            out.append("    PRIMARY KEY (").append(indexColumns(table.primaryKey().columns())).append(")");
        }
        return out.append("\n) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci").toString();
    }

    private static String indexClause(Index index) {
        String kind = switch (index.kind()) {
            case UNIQUE -> "UNIQUE ";
            case FULLTEXT -> "FULLTEXT ";
            case NORMAL -> "";
        };
        return kind + "INDEX " + ident(index.name()) + "(" + indexColumns(index.columns()) + ")";
    }

    private static String indexColumns(List<IndexColumn> columns) {
        return columns.stream()
                .map(c -> ident(c.name()) + (c.length() == null ? "" : "(" + c.length() + ")")
                        + (c.sortOrder() == null ? "" : " " + c.sortOrder().name()))
                .collect(Collectors.joining(", "));
    }

    private static String column(Column c) {
        StringBuilder out = new StringBuilder(ident(c.name())).append(' ').append(columnType(c));
        out.append(c.arity().isRequired() ? " NOT NULL" : " NULL");
        if (c.autoincrement()) {
            out.append(" AUTO_INCREMENT");
        }
        String def = defaultValue(c);
        if (def != null) {
            out.append(" DEFAULT ").append(def);
        }
        return out.toString();
    }

    static String columnType(Column c) {
        if (c.enumType() != null) {
            return "ENUM(" + c.enumType().values().stream().map(EnumValue::databaseName).map(Literals::quote)
                    .collect(Collectors.joining(", ")) + ")";
        }
        if (c.type() instanceof ScalarType.Unsupported u) {
            return u.dbType();
        }
        BuiltinType builtin = c.type().builtin();
        NativeType nt = c.nativeType() != null ? c.nativeType() : defaultNativeType(builtin);
        List<String> a = nt.args();
        String args = a.isEmpty() ? "" : "(" + String.join(", ", a) + ")";
        return switch (nt.name()) {
            case "Int" -> "INTEGER";
            case "TinyInt" -> builtin == BuiltinType.BOOLEAN ? "BOOLEAN" : "TINYINT";
            case "UnsignedInt" -> "INTEGER UNSIGNED";
            case "UnsignedSmallInt" -> "SMALLINT UNSIGNED";
            case "UnsignedTinyInt" -> "TINYINT UNSIGNED";
            case "UnsignedMediumInt" -> "MEDIUMINT UNSIGNED";
            case "UnsignedBigInt" -> "BIGINT UNSIGNED";
            default -> nt.name().toUpperCase(java.util.Locale.ROOT) + args;
        };
    }

    private static NativeType defaultNativeType(BuiltinType type) {
        if (type == null) {
            return NativeType.of("VarChar", "191");
        }
        return switch (type) {
            case STRING -> NativeType.of("VarChar", "191");
            case BOOLEAN -> NativeType.of("TinyInt", "1");
            case INT -> NativeType.of("Int");
            case BIG_INT -> NativeType.of("BigInt");
            case FLOAT -> NativeType.of("Double");
            case DECIMAL -> NativeType.of("Decimal", "65", "30");
            case DATE_TIME -> NativeType.of("DateTime", "3");
            case JSON -> NativeType.of("Json");
            case BYTES -> NativeType.of("LongBlob");
        };
    }

    /** The default clause's value, or null when MySQL gets none (JSON and binary constants). */
    private static String defaultValue(Column c) {
        ColumnDefault d = c.defaultValue();
        if (d == null) {
            return null;
        }
        // Prisma leaves out every default of a JSON column, and constant defaults of binary ones.
        BuiltinType builtin = c.type().builtin();
        if (builtin == BuiltinType.JSON) {
            return null;
        }
        if (d instanceof ColumnDefault.Expression e) {
            return e.sql();
        }
        if (builtin == BuiltinType.BYTES) {
            return null;
        }
        if (d instanceof ColumnDefault.Now) {
            // The precision of the column's type when it has one, else Prisma's default of 3.
            String precision = "3";
            NativeType nt = c.nativeType();
            if (nt != null && !nt.args().isEmpty()
                    && (nt.name().equals("DateTime") || nt.name().equals("Timestamp") || nt.name().equals("Time"))) {
                precision = nt.args().get(0);
            }
            return "CURRENT_TIMESTAMP(" + precision + ")";
        }
        LiteralValue v = ((ColumnDefault.Value) d).value();
        if (v instanceof LiteralValue.Text t) {
            return Literals.quote(t.value());
        }
        if (v instanceof LiteralValue.EnumValue e) {
            return Literals.quote(e.name());
        }
        if (v instanceof LiteralValue.DateTime t) {
            return Literals.quote(rfc3339(t.value()));
        }
        String plain = Literals.plain(v);
        return plain != null ? plain : null;
    }

    /** A date-time as Prisma's engine prints RFC 3339: {@code 2020-01-01T00:00:00+00:00}. */
    private static String rfc3339(String value) {
        try {
            String s = Literals.dateTime(value);
            OffsetDateTime.parse(value);
            int space = s.indexOf(' ');
            int offset = s.lastIndexOf(' ');
            return s.substring(0, space) + "T" + s.substring(space + 1, offset) + s.substring(offset + 1);
        } catch (RuntimeException e) {
            return value;
        }
    }

    @Override
    public String createIndex(Table table, Index index) {
        throw new UnsupportedOperationException("MySQL declares indexes in CREATE TABLE");
    }

    @Override
    public String addForeignKey(Table table, ForeignKey fk) {
        return "ALTER TABLE " + ident(table.name()) + " ADD CONSTRAINT " + ident(fk.name()) + " FOREIGN KEY ("
                + fk.columns().stream().map(MysqlDdl::ident).collect(Collectors.joining(", ")) + ") REFERENCES "
                + ident(fk.referencedTable()) + "("
                + fk.referencedColumns().stream().map(MysqlDdl::ident).collect(Collectors.joining(", "))
                + ") ON DELETE " + PostgresDdl.action(fk.onDelete()) + " ON UPDATE " + PostgresDdl.action(fk.onUpdate());
    }
}
