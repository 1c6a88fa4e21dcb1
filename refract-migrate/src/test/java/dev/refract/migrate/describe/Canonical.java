package dev.refract.migrate.describe;

import dev.refract.migrate.ddl.PostgresDdl;
import dev.refract.migrate.ddl.SqlSchema;
import dev.refract.migrate.ddl.SqlSchema.Column;
import dev.refract.migrate.ddl.SqlSchema.ColumnDefault;
import dev.refract.migrate.ddl.SqlSchema.ForeignKey;
import dev.refract.migrate.ddl.SqlSchema.Index;
import dev.refract.migrate.ddl.SqlSchema.IndexColumn;
import dev.refract.migrate.ddl.SqlSchema.SqlEnum;
import dev.refract.migrate.ddl.SqlSchema.Table;
import dev.refract.model.LiteralValue;
import dev.refract.model.NativeType;
import dev.refract.model.SortOrder;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A {@link SqlSchema} as comparable text, with what legitimately differs between a calculated and a
 * described schema normalised away:
 * <ul>
 * <li>order: tables, enums, indexes and foreign keys sorted by name (a database keeps no
 *     declaration order for them);</li>
 * <li>native types: a written default ({@code @db.Integer} on an Int) equals no native type, and
 *     SQLite has none;</li>
 * <li>an ascending sort order equals none, the B-tree algorithm equals none;</li>
 * <li>{@code dbgenerated("NULL")} equals no default;</li>
 * <li>datetime constants compare by instant;</li>
 * <li>decimal constants compare by value ({@code 1.50} = {@code 1.5});</li>
 * <li>enums compare by database name (a described enum has no Prisma name of its own); on SQLite,
 *     which has no enum types, an enum column is a String and its default a string;</li>
 * </ul>
 * Everything else (dbgenerated text, datetime constants) is compared as is; differences are
 * the known ones listed in the round-trip test's ratchet.
 */
public final class Canonical {
    private Canonical() {
    }

    /** The comparable text of {@code schema}. */
    public static String of(SqlSchema schema, boolean postgres) {
        StringBuilder out = new StringBuilder();
        out.append("namespaces ").append(schema.namespaces()).append('\n');
        schema.enums().stream().filter(e -> postgres).sorted(Comparator.comparing(SqlEnum::name))
                .forEach(e -> out.append("enum ").append(e.namespace()).append('.').append(e.name()).append(' ')
                        .append(e.values()).append('\n'));
        for (Table t : schema.tables().stream().sorted(Comparator.comparing(Table::name)).toList()) {
            out.append("table ").append(t.namespace()).append('.').append(t.name()).append('\n');
            for (Column c : t.columns()) {
                out.append("  column ").append(column(c, postgres)).append('\n');
            }
            if (t.primaryKey() != null) {
                out.append("  pk ").append(t.primaryKey().name()).append(' ').append(columns(t.primaryKey().columns()))
                        .append('\n');
            }
            for (Index i : t.indexes().stream().sorted(Comparator.comparing(Index::name)).toList()) {
                String algorithm = i.algorithm() == null || i.algorithm().equals("BTree") ? "" : " using " + i.algorithm();
                out.append("  index ").append(i.name()).append(' ').append(i.kind()).append(' ')
                        .append(columns(i.columns())).append(algorithm)
                        .append(i.predicate() == null ? "" : " where " + i.predicate()).append('\n');
            }
            for (ForeignKey fk : t.foreignKeys().stream().sorted(Comparator.comparing(f -> String.valueOf(f.name())))
                    .toList()) {
                out.append("  fk ").append(fk.name()).append(' ').append(fk.columns()).append(" -> ")
                        .append(fk.referencedNamespace()).append('.').append(fk.referencedTable())
                        .append(fk.referencedColumns()).append(" delete ").append(fk.onDelete()).append(" update ")
                        .append(fk.onUpdate()).append('\n');
            }
        }
        return out.toString();
    }

    private static String columns(List<IndexColumn> columns) {
        return columns.stream().map(c -> c.name() + (c.sortOrder() == SortOrder.DESC ? " DESC" : "")
                + (c.operatorClass() == null ? "" : " " + c.operatorClass())).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String column(Column c, boolean postgres) {
        // SQLite has no enum types: the column is TEXT and its default a string.
        String type = c.enumType() == null ? c.type().name() : postgres ? "enum " + c.enumType().databaseName() : "String";
        String nativeType = "";
        if (postgres && c.type().builtin() != null) {
            NativeType nt = c.nativeType() != null ? c.nativeType() : PostgresDdl.defaultNativeType(c.type().builtin());
            nativeType = " @db." + nt.name() + (nt.args().isEmpty() ? "" : "(" + String.join(",", nt.args()) + ")");
        }
        return c.name() + " " + type + nativeType + " " + c.arity() + (c.autoincrement() ? " autoincrement" : "")
                + (c.defaultValue() == null || isNull(c.defaultValue()) ? "" : " default " + defaultValue(c.defaultValue(), postgres));
    }

    /** {@code dbgenerated("NULL")}: the database keeps no default, which is the same thing. */
    private static boolean isNull(ColumnDefault d) {
        return d instanceof ColumnDefault.Expression e && e.sql().strip().equalsIgnoreCase("NULL");
    }

    private static String defaultValue(ColumnDefault d, boolean postgres) {
        if (d instanceof ColumnDefault.Now) {
            return "now()";
        }
        if (d instanceof ColumnDefault.Expression e) {
            return "dbgenerated(" + e.sql() + ")";
        }
        return literal(((ColumnDefault.Value) d).value(), postgres);
    }

    private static String literal(LiteralValue v, boolean postgres) {
        if (v instanceof LiteralValue.EnumValue e && !postgres) {
            return new LiteralValue.Text(e.name()).toString();
        }
        if (v instanceof LiteralValue.Decimal d) {
            return d.value().stripTrailingZeros().toPlainString();
        }
        if (v instanceof LiteralValue.DateTime t) {
            // Written RFC 3339 in any offset, printed by the database in its own: the instant counts.
            return "DateTime " + java.time.OffsetDateTime.parse(t.value()).toInstant();
        }
        if (v instanceof LiteralValue.ListValue l) {
            return l.values().stream().map(x -> literal(x, postgres)).collect(Collectors.joining(", ", "[", "]"));
        }
        return v.toString();
    }
}
