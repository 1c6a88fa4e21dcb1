package dev.refract.migrate.describe;

import dev.refract.migrate.ddl.SqlSchema;
import dev.refract.migrate.ddl.SqlSchema.Column;
import dev.refract.migrate.ddl.SqlSchema.ForeignKey;
import dev.refract.migrate.ddl.SqlSchema.Index;
import dev.refract.migrate.ddl.SqlSchema.IndexColumn;
import dev.refract.migrate.ddl.SqlSchema.PrimaryKey;
import dev.refract.migrate.ddl.SqlSchema.Table;
import dev.refract.migrate.ddl.SqlSchema.TableForeignKey;
import dev.refract.migrate.ddl.SqlSchema.View;
import dev.refract.model.Arity;
import dev.refract.model.BuiltinType;
import dev.refract.model.ReferentialAction;
import dev.refract.model.ScalarType;
import dev.refract.model.SortOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a SQLite database (sqlite_master and the table, index and foreign-key pragmas) into a
 * {@link SqlSchema}. SQLite keeps no constraint names but in the CREATE TABLE text, which is where
 * foreign key names and AUTOINCREMENT come from.
 */
final class SqliteDescriber {
    private static final Pattern FK_NAME = Pattern.compile(
            "CONSTRAINT\\s+[\"`\\[]?([^\"`\\]]+)[\"`\\]]?\\s+FOREIGN\\s+KEY\\s*\\(([^)]*)\\)", Pattern.CASE_INSENSITIVE);

    private SqliteDescriber() {
    }

    static SqlSchema describe(Connection c) throws SQLException {
        List<Table> tables = new ArrayList<>();
        List<View> views = new ArrayList<>();
        List<TableForeignKey> fks = new ArrayList<>();
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery(SchemaDescriber.sql("sqlite-objects.sql"))) {
            List<String[]> objects = new ArrayList<>();
            while (rs.next()) {
                objects.add(new String[] {rs.getString("type"), rs.getString("name"), rs.getString("sql")});
            }
            for (String[] o : objects) {
                if (o[0].equals("view")) {
                    views.add(new View(null, o[1], columns(c, o[1], o[2], new TreeMap<>()), o[2]));
                    continue;
                }
                if (o[1].equals(SchemaDescriber.MIGRATIONS_TABLE)) {
                    continue;
                }
                Table t = table(c, o[1], o[2]);
                tables.add(t);
                for (ForeignKey fk : t.foreignKeys()) {
                    fks.add(new TableForeignKey(t, fk));
                }
            }
        }
        return new SqlSchema(List.of(), List.of(), tables, fks, views);
    }

    private static Table table(Connection c, String name, String sql) throws SQLException {
        Map<Integer, String> pkColumns = new TreeMap<>();
        List<Column> columns = columns(c, name, sql, pkColumns);
        PrimaryKey pk = pkColumns.isEmpty() ? null
                : new PrimaryKey(null, pkColumns.values().stream().map(IndexColumn::of).toList());
        return new Table(null, name, columns, pk, indexes(c, name), foreignKeys(c, name, sql));
    }

    private static List<Column> columns(Connection c, String table, String sql, Map<Integer, String> pkColumns)
            throws SQLException {
        boolean autoincrement = sql != null && sql.toUpperCase(Locale.ROOT).contains("AUTOINCREMENT");
        List<Column> out = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM pragma_table_info(?)")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getString("name"), rs.getString("type"), rs.getBoolean("notnull"),
                            rs.getString("dflt_value"), rs.getInt("pk")});
                }
            }
        }
        for (Object[] r : rows) {
            int pk = (Integer) r[4];
            if (pk > 0) {
                pkColumns.put(pk, (String) r[0]);
            }
        }
        for (Object[] r : rows) {
            ScalarType type = type((String) r[1]);
            boolean required = (Boolean) r[2] || ((Integer) r[4] > 0 && pkColumns.size() == 1
                    && type.builtin() == BuiltinType.INT);
            // A single INTEGER primary key is the rowid: SQLite numbers it, with or without AUTOINCREMENT.
            boolean serial = (Integer) r[4] > 0 && pkColumns.size() == 1
                    && (autoincrement || "INTEGER".equalsIgnoreCase(((String) r[1]).trim()));
            out.add(new Column((String) r[0], type, null, null, required ? Arity.REQUIRED : Arity.OPTIONAL, serial,
                    Defaults.parse((String) r[3], type, false)));
        }
        return out;
    }

    /** Prisma's reading of SQLite's declared types (affinity-like, by name). */
    static ScalarType type(String declared) {
        String t = declared == null ? "" : declared.toLowerCase(Locale.ROOT).replaceAll("\\(.*\\)", "").trim();
        BuiltinType b = switch (t) {
            case "integer", "int" -> BuiltinType.INT;
            case "bigint" -> BuiltinType.BIG_INT;
            case "text", "varchar", "char", "character varying", "nvarchar", "clob", "string" -> BuiltinType.STRING;
            case "boolean", "bool" -> BuiltinType.BOOLEAN;
            case "real", "float", "double", "double precision" -> BuiltinType.FLOAT;
            case "decimal", "numeric" -> BuiltinType.DECIMAL;
            case "datetime", "date", "timestamp" -> BuiltinType.DATE_TIME;
            case "blob" -> BuiltinType.BYTES;
            case "jsonb", "json" -> BuiltinType.JSON;
            default -> null;
        };
        return b != null ? ScalarType.of(b) : ScalarType.unsupported(declared == null ? "" : declared);
    }

    private static List<Index> indexes(Connection c, String table) throws SQLException {
        List<String[]> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM pragma_index_list(?) ORDER BY name")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new String[] {rs.getString("name"), rs.getString("unique"), rs.getString("origin"),
                            rs.getString("partial")});
                }
            }
        }
        List<Index> out = new ArrayList<>();
        for (String[] i : list) {
            if (i[2].equals("pk")) {
                continue;
            }
            List<IndexColumn> columns = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM pragma_index_xinfo(?) WHERE key = 1 ORDER BY seqno")) {
                ps.setString(1, i[0]);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        columns.add(new IndexColumn(rs.getString("name"), rs.getBoolean("desc") ? SortOrder.DESC : null,
                                null, null));
                    }
                }
            }
            String predicate = "1".equals(i[3]) ? partialPredicate(c, i[0]) : null;
            out.add(new Index(i[0], "1".equals(i[1]) ? Index.Kind.UNIQUE : Index.Kind.NORMAL, columns, null, predicate));
        }
        return out;
    }

    private static String partialPredicate(Connection c, String index) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?")) {
            ps.setString(1, index);
            try (ResultSet rs = ps.executeQuery()) {
                String sql = rs.next() ? rs.getString(1) : null;
                int at = sql == null ? -1 : sql.toUpperCase(Locale.ROOT).lastIndexOf(" WHERE ");
                return at < 0 ? "" : sql.substring(at + 7).trim();
            }
        }
    }

    private static List<ForeignKey> foreignKeys(Connection c, String table, String sql) throws SQLException {
        Map<Integer, ForeignKey> byId = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM pragma_foreign_key_list(?) ORDER BY id, seq")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int id = rs.getInt("id");
                    ForeignKey prev = byId.get(id);
                    List<String> cols = new ArrayList<>(prev == null ? List.of() : prev.columns());
                    List<String> refs = new ArrayList<>(prev == null ? List.of() : prev.referencedColumns());
                    cols.add(rs.getString("from"));
                    refs.add(rs.getString("to"));
                    byId.put(id, new ForeignKey(null, cols, null, rs.getString("table"), refs,
                            action(rs.getString("on_delete")), action(rs.getString("on_update"))));
                }
            }
        }
        // SQLite numbers foreign keys from the last declared; declaration order is the reverse.
        List<ForeignKey> out = new ArrayList<>(byId.values());
        java.util.Collections.reverse(out);
        List<ForeignKey> named = new ArrayList<>();
        for (ForeignKey fk : out) {
            named.add(new ForeignKey(constraintName(sql, fk.columns()), fk.columns(), null, fk.referencedTable(),
                    fk.referencedColumns(), fk.onDelete(), fk.onUpdate()));
        }
        return named;
    }

    /** The name a {@code CONSTRAINT "name" FOREIGN KEY (cols)} clause gives these columns, else null. */
    private static String constraintName(String sql, List<String> columns) {
        if (sql == null) {
            return null;
        }
        Matcher m = FK_NAME.matcher(sql);
        while (m.find()) {
            List<String> cols = new ArrayList<>();
            for (String col : m.group(2).split(",")) {
                cols.add(col.trim().replaceAll("^[\"`\\[]|[\"`\\]]$", ""));
            }
            if (cols.equals(columns)) {
                return m.group(1);
            }
        }
        return null;
    }

    static ReferentialAction action(String text) {
        return switch (text.toUpperCase(Locale.ROOT)) {
            case "CASCADE" -> ReferentialAction.CASCADE;
            case "RESTRICT" -> ReferentialAction.RESTRICT;
            case "SET NULL" -> ReferentialAction.SET_NULL;
            case "SET DEFAULT" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }
}
