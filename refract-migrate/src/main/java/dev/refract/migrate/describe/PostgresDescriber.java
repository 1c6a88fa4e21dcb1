package dev.refract.migrate.describe;

import dev.refract.migrate.ddl.SqlSchema;
import dev.refract.migrate.ddl.SqlSchema.Column;
import dev.refract.migrate.ddl.SqlSchema.ColumnDefault;
import dev.refract.migrate.ddl.SqlSchema.ForeignKey;
import dev.refract.migrate.ddl.SqlSchema.Index;
import dev.refract.migrate.ddl.SqlSchema.IndexColumn;
import dev.refract.migrate.ddl.SqlSchema.PrimaryKey;
import dev.refract.migrate.ddl.SqlSchema.SqlEnum;
import dev.refract.migrate.ddl.SqlSchema.Table;
import dev.refract.migrate.ddl.SqlSchema.TableForeignKey;
import dev.refract.migrate.ddl.SqlSchema.View;
import dev.refract.model.Arity;
import dev.refract.model.EnumType;
import dev.refract.model.ReferentialAction;
import dev.refract.model.SortOrder;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads PostgreSQL's catalog (pg_catalog) for the given schemas into a {@link SqlSchema}. */
final class PostgresDescriber {
    /** {@code nextval('"T_id_seq"'::regclass)}: the column is a serial. */
    private static final Pattern NEXTVAL = Pattern.compile("nextval\\('.*'::regclass\\)");

    private final Connection connection;
    private final List<String> schemas;
    private final boolean qualified;
    private final Map<String, EnumType> enumTypes = new LinkedHashMap<>();

    PostgresDescriber(Connection connection, List<String> schemas) {
        this.connection = connection;
        this.schemas = schemas;
        this.qualified = !schemas.isEmpty();
    }

    SqlSchema describe() throws SQLException {
        List<String> names = schemas;
        if (names.isEmpty()) {
            try (var st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT current_schema()")) {
                rs.next();
                names = List.of(rs.getString(1));
            }
        }
        Array nsArray = connection.createArrayOf("text", names.toArray());
        List<String> namespaces = new ArrayList<>();
        if (qualified) {
            query("pg-namespaces.sql", nsArray, rs -> namespaces.add(rs.getString("namespace")));
        }
        List<SqlEnum> enums = enums(nsArray);
        Map<String, TableParts> parts = new LinkedHashMap<>();
        Map<String, String> kinds = new LinkedHashMap<>();
        query("pg-columns.sql", nsArray, rs -> {
            String key = key(rs.getString("namespace"), rs.getString("table_name"));
            kinds.put(key, rs.getString("kind"));
            TableParts p = parts.get(key);
            if (p == null) {
                p = new TableParts(ns(rs), rs.getString("table_name"));
                parts.put(key, p);
            }
            p.columns.add(column(rs));
        });
        query("pg-indexes.sql", nsArray, rs -> indexRow(parts.get(key(rs.getString("namespace"),
                rs.getString("table_name"))), rs));
        Map<String, List<ForeignKey>> fks = new LinkedHashMap<>();
        query("pg-foreign-keys.sql", nsArray, rs -> foreignKeyRow(fks, rs));
        Map<String, String> definitions = new LinkedHashMap<>();
        query("pg-views.sql", nsArray, rs -> definitions.put(key(rs.getString("namespace"), rs.getString("view_name")),
                rs.getString("definition")));
        List<Table> tables = new ArrayList<>();
        List<View> views = new ArrayList<>();
        List<TableForeignKey> allFks = new ArrayList<>();
        for (Map.Entry<String, TableParts> e : parts.entrySet()) {
            TableParts p = e.getValue();
            if (!kinds.get(e.getKey()).equals("r") && !kinds.get(e.getKey()).equals("p")) {
                views.add(new View(p.namespace, p.name, List.copyOf(p.columns), definitions.get(e.getKey())));
                continue;
            }
            if (p.name.equals(SchemaDescriber.MIGRATIONS_TABLE)) {
                continue;
            }
            Table t = p.table(fks.getOrDefault(e.getKey(), List.of()));
            tables.add(t);
            for (ForeignKey fk : t.foreignKeys()) {
                allFks.add(new TableForeignKey(t, fk));
            }
        }
        return new SqlSchema(namespaces, enums, tables, allFks, views);
    }

    private List<SqlEnum> enums(Array nsArray) throws SQLException {
        Map<String, List<String>> values = new LinkedHashMap<>();
        Map<String, String> namespaceOf = new LinkedHashMap<>();
        query("pg-enums.sql", nsArray, rs -> {
            String k = key(rs.getString("namespace"), rs.getString("enum_name"));
            namespaceOf.put(k, ns(rs));
            values.computeIfAbsent(k, x -> new ArrayList<>()).add(rs.getString("value"));
        });
        List<SqlEnum> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : values.entrySet()) {
            String name = e.getKey().substring(e.getKey().indexOf('.') + 1);
            out.add(new SqlEnum(namespaceOf.get(e.getKey()), name, List.copyOf(e.getValue())));
            enumTypes.put(e.getKey(), new EnumType(name, null, namespaceOf.get(e.getKey()),
                    e.getValue().stream().map(dev.refract.model.EnumValue::of).toList(), null));
        }
        return out;
    }

    private String ns(ResultSet rs) throws SQLException {
        return qualified ? rs.getString("namespace") : null;
    }

    private static String key(String namespace, String name) {
        return namespace + "." + name;
    }

    private Column column(ResultSet rs) throws SQLException {
        boolean isEnum = "e".equals(rs.getString("type_kind"));
        boolean list = rs.getBoolean("is_array");
        String typeName = rs.getString("type_name");
        PostgresTypes.Mapped mapped = PostgresTypes.map(typeName, rs.getString("formatted_type"), isEnum);
        EnumType enumType = isEnum ? enumTypes.get(key(rs.getString("type_namespace"), typeName)) : null;
        Arity arity = list ? Arity.LIST : rs.getBoolean("nullable") ? Arity.OPTIONAL : Arity.REQUIRED;
        String def = rs.getString("default_expr");
        boolean autoincrement = !rs.getString("identity").isEmpty() || (def != null && NEXTVAL.matcher(def).matches());
        ColumnDefault columnDefault = autoincrement ? null : Defaults.parse(def, mapped.type(), list);
        return new Column(rs.getString("column_name"), mapped.type(), enumType, mapped.nativeType(), arity,
                autoincrement, columnDefault);
    }

    private static void indexRow(TableParts table, ResultSet rs) throws SQLException {
        if (table == null) {
            return;
        }
        String name = rs.getString("index_name");
        String columnName = rs.getString("column_name");
        String opclass = rs.getBoolean("is_default_opclass") ? null : rs.getString("opclass");
        SortOrder order = rs.getBoolean("descending") ? SortOrder.DESC : null;
        IndexColumn column = new IndexColumn(columnName, order, null, opclass);
        if (rs.getBoolean("is_primary")) {
            table.pkName = name;
            table.pkColumns.add(column);
            return;
        }
        IndexParts index = table.indexes.computeIfAbsent(name, n -> new IndexParts());
        index.unique = rs.getBoolean("is_unique");
        index.method = rs.getString("method");
        index.predicate = rs.getString("predicate");
        index.columns.add(column);
    }

    private void foreignKeyRow(Map<String, List<ForeignKey>> fks, ResultSet rs) throws SQLException {
        List<ForeignKey> list = fks.computeIfAbsent(key(rs.getString("namespace"), rs.getString("table_name")),
                k -> new ArrayList<>());
        String name = rs.getString("constraint_name");
        ForeignKey last = list.isEmpty() ? null : list.get(list.size() - 1);
        if (last != null && last.name().equals(name) && rs.getInt("position") > 1) {
            List<String> cols = new ArrayList<>(last.columns());
            cols.add(rs.getString("column_name"));
            List<String> refs = new ArrayList<>(last.referencedColumns());
            refs.add(rs.getString("referenced_column"));
            list.set(list.size() - 1, new ForeignKey(name, cols, last.referencedNamespace(), last.referencedTable(),
                    refs, last.onDelete(), last.onUpdate()));
            return;
        }
        list.add(new ForeignKey(name, List.of(rs.getString("column_name")),
                qualified ? rs.getString("referenced_namespace") : null, rs.getString("referenced_table"),
                List.of(rs.getString("referenced_column")), action(rs.getString("on_delete")),
                action(rs.getString("on_update"))));
    }

    static ReferentialAction action(String code) {
        return switch (code) {
            case "c" -> ReferentialAction.CASCADE;
            case "r" -> ReferentialAction.RESTRICT;
            case "n" -> ReferentialAction.SET_NULL;
            case "d" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    private interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    private void query(String resource, Array namespaces, Row row) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(SchemaDescriber.sql(resource))) {
            ps.setArray(1, namespaces);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.accept(rs);
                }
            }
        }
    }

    /** A table being assembled from the catalog's rows. */
    private static final class TableParts {
        final String namespace;
        final String name;
        final List<Column> columns = new ArrayList<>();
        final Map<String, IndexParts> indexes = new LinkedHashMap<>();
        final List<IndexColumn> pkColumns = new ArrayList<>();
        String pkName;

        TableParts(String namespace, String name) {
            this.namespace = namespace;
            this.name = name;
        }

        Table table(List<ForeignKey> fks) {
            PrimaryKey pk = pkName == null ? null : new PrimaryKey(pkName, List.copyOf(pkColumns));
            List<Index> out = new ArrayList<>();
            for (Map.Entry<String, IndexParts> e : indexes.entrySet()) {
                IndexParts i = e.getValue();
                out.add(new Index(e.getKey(), i.unique ? Index.Kind.UNIQUE : Index.Kind.NORMAL,
                        List.copyOf(i.columns), algorithm(i.method), i.predicate));
            }
            return new Table(namespace, name, List.copyOf(columns), pk, out, List.copyOf(fks));
        }
    }

    /** An index's columns and flags. */
    private static final class IndexParts {
        final List<IndexColumn> columns = new ArrayList<>();
        boolean unique;
        String method;
        String predicate;
    }

    /** Prisma's name for an access method; null for the default B-tree. */
    static String algorithm(String method) {
        return switch (method) {
            case "btree" -> null;
            case "hash" -> "Hash";
            case "gist" -> "Gist";
            case "gin" -> "Gin";
            case "spgist" -> "SpGist";
            case "brin" -> "Brin";
            default -> method;
        };
    }
}
