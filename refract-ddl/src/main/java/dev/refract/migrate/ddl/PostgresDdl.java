package dev.refract.migrate.ddl;

import dev.refract.migrate.ddl.SqlSchema.Column;
import dev.refract.migrate.ddl.SqlSchema.ColumnDefault;
import dev.refract.migrate.ddl.SqlSchema.ForeignKey;
import dev.refract.migrate.ddl.SqlSchema.Index;
import dev.refract.migrate.ddl.SqlSchema.IndexColumn;
import dev.refract.migrate.ddl.SqlSchema.SqlEnum;
import dev.refract.migrate.ddl.SqlSchema.Table;
import dev.refract.model.BuiltinType;
import dev.refract.model.Datasource;
import dev.refract.model.LiteralValue;
import dev.refract.model.NativeType;
import dev.refract.model.ReferentialAction;
import dev.refract.model.ScalarType;
import java.util.List;
import java.util.stream.Collectors;

/**
 * PostgreSQL's CREATE statements, as Prisma Migrate writes them. Public only for
 * {@link #defaultNativeType}, which the describer's tests share.
 */
public final class PostgresDdl implements Dialect {
    static final PostgresDdl INSTANCE = new PostgresDdl();

    private PostgresDdl() {
    }

    @Override
    public int maxIdentifierLength() {
        return 63;
    }

    @Override
    public boolean namesPrimaryKeys() {
        return true;
    }

    @Override
    public boolean joinTableHasPrimaryKey() {
        return true;
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
        return false;
    }

    @Override
    public boolean hasEnumTypes() {
        return true;
    }

    @Override
    public boolean hasNamespaces() {
        return true;
    }

    static String ident(String name) {
        return "\"" + name + "\"";
    }

    static String qualified(String namespace, String name) {
        return namespace == null ? ident(name) : ident(namespace) + "." + ident(name);
    }

    @Override
    public String createNamespace(String name) {
        return "CREATE SCHEMA IF NOT EXISTS " + ident(name);
    }

    @Override
    public String createExtension(Datasource.Extension e) {
        boolean hasSchema = e.schema() != null && !e.schema().isEmpty();
        boolean hasVersion = e.version() != null && !e.version().isEmpty();
        return "CREATE EXTENSION IF NOT EXISTS " + ident(e.name()) + (hasSchema || hasVersion ? " WITH" : "")
                + (hasSchema ? " SCHEMA " + ident(e.schema()) : "") + (hasVersion ? " VERSION " + ident(e.version()) : "");
    }

    @Override
    public String createEnum(SqlEnum e) {
        return "CREATE TYPE " + qualified(e.namespace(), e.name()) + " AS ENUM ("
                + e.values().stream().map(Literals::quote).collect(Collectors.joining(", ")) + ")";
    }

    @Override
    public String createTable(Table table) {
        StringBuilder out = new StringBuilder("CREATE TABLE ").append(qualified(table.namespace(), table.name()))
                .append(" (\n");
        out.append(table.columns().stream().map(PostgresDdl::column).collect(Collectors.joining(",\n")));
        if (table.primaryKey() != null) {
            out.append(",\n\n    CONSTRAINT ").append(ident(table.primaryKey().name())).append(" PRIMARY KEY (")
                    .append(table.primaryKey().columns().stream().map(c -> ident(c.name()))
                            .collect(Collectors.joining(",")))
                    .append(")");
        }
        return out.append("\n)").toString();
    }

    static String column(Column c) {
        String type = columnType(c);
        StringBuilder out = new StringBuilder("    ").append(ident(c.name())).append(' ').append(type);
        if (c.arity().isRequired()) {
            out.append(" NOT NULL");
        }
        String def = c.defaultValue() == null ? null : defaultValue(c.defaultValue(), type);
        if (def != null && !def.isEmpty()) {
            out.append(" DEFAULT ").append(def);
        }
        return out.toString();
    }

    static String columnType(Column c) {
        String list = c.arity().isList() ? "[]" : "";
        if (c.enumType() != null) {
            // An enum has a schema only in a multi-schema datasource (validation requires it).
            return qualified(c.enumType().schema(), c.enumType().databaseName()) + list;
        }
        if (c.type() instanceof ScalarType.Unsupported u) {
            return u.dbType() + list;
        }
        NativeType nt = c.nativeType() != null ? c.nativeType() : defaultNativeType(c.type().builtin());
        return nativeType(nt, c.autoincrement()) + list;
    }

    /** The native type Prisma gives a column of {@code type} when none is written ({@code Text} for none). */
    public static NativeType defaultNativeType(BuiltinType type) {
        if (type == null) {
            return NativeType.of("Text");
        }
        return switch (type) {
            case STRING -> NativeType.of("Text");
            case BOOLEAN -> NativeType.of("Boolean");
            case INT -> NativeType.of("Integer");
            case BIG_INT -> NativeType.of("BigInt");
            case FLOAT -> NativeType.of("DoublePrecision");
            case DECIMAL -> NativeType.of("Decimal", "65", "30");
            case DATE_TIME -> NativeType.of("Timestamp", "3");
            case JSON -> NativeType.of("JsonB");
            case BYTES -> NativeType.of("ByteA");
        };
    }

    private static String nativeType(NativeType nt, boolean autoincrement) {
        String args = nt.args().isEmpty() ? "" : "(" + String.join(",", nt.args()) + ")";
        return switch (nt.name()) {
            case "SmallInt" -> autoincrement ? "SMALLSERIAL" : "SMALLINT";
            case "Integer" -> autoincrement ? "SERIAL" : "INTEGER";
            case "BigInt" -> autoincrement ? "BIGSERIAL" : "BIGINT";
            case "Decimal" -> "DECIMAL" + args;
            case "DoublePrecision" -> "DOUBLE PRECISION";
            case "VarChar" -> "VARCHAR" + args;
            case "Char" -> "CHAR" + args;
            case "ByteA" -> "BYTEA";
            case "Timestamp" -> "TIMESTAMP" + args;
            case "Timestamptz" -> "TIMESTAMPTZ" + args;
            case "Time" -> "TIME" + args;
            case "Timetz" -> "TIMETZ" + args;
            case "Bit" -> "BIT" + args;
            case "VarBit" -> "VARBIT" + args;
            case "JsonB" -> "JSONB";
            default -> nt.name().toUpperCase(java.util.Locale.ROOT) + args;
        };
    }

    static String defaultValue(ColumnDefault d, String fullType) {
        if (d instanceof ColumnDefault.Now) {
            return "CURRENT_TIMESTAMP";
        }
        if (d instanceof ColumnDefault.Expression e) {
            return e.sql();
        }
        return constant(((ColumnDefault.Value) d).value(), fullType);
    }

    private static String constant(LiteralValue v, String fullType) {
        if (v instanceof LiteralValue.Text t) {
            return Literals.quote(t.value());
        }
        if (v instanceof LiteralValue.EnumValue e) {
            return Literals.quote(e.name());
        }
        if (v instanceof LiteralValue.Json j) {
            return Literals.quote(j.value());
        }
        if (v instanceof LiteralValue.DateTime t) {
            return Literals.quote(Literals.dateTime(t.value()));
        }
        if (v instanceof LiteralValue.Bytes b) {
            return "'\\x" + Literals.hex(b.base64()) + "'";
        }
        if (v instanceof LiteralValue.ListValue list) {
            return "ARRAY[" + list.values().stream().map(x -> constant(x, fullType)).collect(Collectors.joining(", "))
                    + "]::" + fullType;
        }
        return Literals.plain(v);
    }

    @Override
    public String createIndex(Table table, Index index) {
        String using = "";
        if (index.algorithm() != null && !index.algorithm().equals("BTree")) {
            using = " USING " + switch (index.algorithm()) {
                case "SpGist" -> "SPGIST";
                default -> index.algorithm().toUpperCase(java.util.Locale.ROOT);
            } + " ";
        }
        return "CREATE " + (index.isUnique() ? "UNIQUE " : "") + "INDEX " + ident(index.name()) + " ON "
                + qualified(table.namespace(), table.name()) + using + "(" + indexColumns(index.columns()) + ")";
    }

    private static String indexColumns(List<IndexColumn> columns) {
        return columns.stream()
                .map(c -> ident(c.name()) + (c.operatorClass() == null ? "" : " " + operatorClass(c.operatorClass()))
                        + (c.sortOrder() == null ? "" : " " + c.sortOrder().name()))
                .collect(Collectors.joining(", "));
    }

    private static final java.util.regex.Pattern NAMED_OPCLASS = java.util.regex.Pattern.compile("[A-Z][A-Za-z0-9]*Ops");

    /**
     * An operator class as PostgreSQL spells it: Prisma's names ({@code TimestampTzMinMaxMultiOps})
     * in snake case with {@code minmax}, {@code timestamptz}, {@code varbit} as single words
     * ({@code timestamptz_minmax_multi_ops}); {@code raw("...")} text verbatim.
     */
    static String operatorClass(String written) {
        if (!NAMED_OPCLASS.matcher(written).matches()) {
            return written;
        }
        String s = written.replace("MinMax", "Minmax").replace("Tz", "tz").replace("VarBit", "Varbit");
        return s.replaceAll("(?<=[a-z0-9])(?=[A-Z])", "_").toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String addForeignKey(Table table, ForeignKey fk) {
        return "ALTER TABLE " + qualified(table.namespace(), table.name()) + " ADD CONSTRAINT " + ident(fk.name())
                + " FOREIGN KEY (" + fk.columns().stream().map(PostgresDdl::ident).collect(Collectors.joining(", "))
                + ") REFERENCES " + qualified(fk.referencedNamespace(), fk.referencedTable()) + "("
                + fk.referencedColumns().stream().map(PostgresDdl::ident).collect(Collectors.joining(", "))
                + ") ON DELETE " + action(fk.onDelete()) + " ON UPDATE " + action(fk.onUpdate());
    }

    static String action(ReferentialAction a) {
        return switch (a) {
            case CASCADE -> "CASCADE";
            case RESTRICT -> "RESTRICT";
            case NO_ACTION -> "NO ACTION";
            case SET_NULL -> "SET NULL";
            case SET_DEFAULT -> "SET DEFAULT";
        };
    }
}
