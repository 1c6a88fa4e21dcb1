package dev.refract.migrate.ddl;

import dev.refract.migrate.ddl.SqlSchema.Column;
import dev.refract.migrate.ddl.SqlSchema.ColumnDefault;
import dev.refract.migrate.ddl.SqlSchema.ForeignKey;
import dev.refract.migrate.ddl.SqlSchema.Index;
import dev.refract.migrate.ddl.SqlSchema.IndexColumn;
import dev.refract.migrate.ddl.SqlSchema.PrimaryKey;
import dev.refract.migrate.ddl.SqlSchema.SqlEnum;
import dev.refract.migrate.ddl.SqlSchema.Table;
import dev.refract.migrate.ddl.SqlSchema.TableForeignKey;
import dev.refract.model.Arity;
import dev.refract.model.BuiltinType;
import dev.refract.model.DefaultValue;
import dev.refract.model.EnumType;
import dev.refract.model.EnumValue;
import dev.refract.model.IndexField;
import dev.refract.model.IndexType;
import dev.refract.model.LiteralValue;
import dev.refract.model.Model;
import dev.refract.model.ReferentialAction;
import dev.refract.model.Relation;
import dev.refract.model.RelationField;
import dev.refract.model.RelationMode;
import dev.refract.model.ScalarField;
import dev.refract.model.ScalarType;
import dev.refract.model.SchemaModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Derives the {@link SqlSchema} of a {@link SchemaModel}, as Prisma's schema engine calculates
 * the target database schema: one table per model (views left out), columns for scalar fields,
 * keys and indexes with their default names, foreign keys for relations (unless
 * {@code relationMode = "prisma"}), and a join table {@code _AToB} per implicit many-to-many relation.
 */
final class SqlSchemaCalculator {
    private final SchemaModel model;
    private final Dialect dialect;
    private final boolean multiSchema;
    private final Map<String, Table> tablesByModel = new LinkedHashMap<>();

    private SqlSchemaCalculator(SchemaModel model, Dialect dialect) {
        this.model = model;
        this.dialect = dialect;
        this.multiSchema = model.datasource() != null && !model.datasource().schemas().isEmpty();
    }

    static SqlSchema calculate(SchemaModel model, Dialect dialect) {
        return new SqlSchemaCalculator(model, dialect).calculate();
    }

    private SqlSchema calculate() {
        List<SqlEnum> enums = new ArrayList<>();
        for (EnumType e : model.enums()) {
            enums.add(new SqlEnum(namespace(e.schema()), e.databaseName(),
                    e.values().stream().map(EnumValue::databaseName).toList()));
        }
        List<Table> tables = new ArrayList<>();
        List<TableForeignKey> foreignKeys = new ArrayList<>();
        Map<String, List<ForeignKey>> fksByModel = new LinkedHashMap<>();
        for (Model m : model.models()) {
            if (!m.isView()) {
                fksByModel.put(m.name(), new ArrayList<>());
            }
        }
        List<Map.Entry<String, ForeignKey>> inlineForeignKeys = new ArrayList<>();
        boolean useForeignKeys = model.relationMode() == RelationMode.FOREIGN_KEYS;
        List<Relation> relations = prismaRelationOrder();
        if (useForeignKeys) {
            for (Relation r : relations) {
                if (r.isManyToMany() || r.fieldA() == null || !r.fieldA().isReferencing()
                        || !fksByModel.containsKey(r.modelA()) || !fksByModel.containsKey(r.modelB())) {
                    continue;
                }
                ForeignKey fk = inlineForeignKey(r);
                fksByModel.get(r.modelA()).add(fk);
                inlineForeignKeys.add(Map.entry(r.modelA(), fk));
            }
        }
        for (Model m : model.models()) {
            if (m.isView()) {
                continue;
            }
            Table table = modelTable(m, fksByModel.get(m.name()));
            tablesByModel.put(m.name(), table);
            tables.add(table);
        }
        for (Map.Entry<String, ForeignKey> fk : inlineForeignKeys) {
            foreignKeys.add(new TableForeignKey(tablesByModel.get(fk.getKey()), fk.getValue()));
        }
        for (Relation r : relations) {
            if (!r.isManyToMany() || !tablesByModel.containsKey(r.modelA()) || !tablesByModel.containsKey(r.modelB())) {
                continue;
            }
            Table join = joinTable(r, useForeignKeys);
            tables.add(join);
            for (ForeignKey fk : join.foreignKeys()) {
                foreignKeys.add(new TableForeignKey(join, fk));
            }
        }
        TreeSet<String> namespaces = new TreeSet<>();
        for (Table t : tables) {
            if (t.namespace() != null) {
                namespaces.add(t.namespace());
            }
        }
        for (SqlEnum e : enums) {
            if (e.namespace() != null) {
                namespaces.add(e.namespace());
            }
        }
        return new SqlSchema(List.copyOf(namespaces), enums, tables, foreignKeys);
    }

    /**
     * The relations in the order Prisma stores them, which orders join tables and foreign keys:
     * by the field that defines each relation (the referencing field, or model A's field of a
     * many-to-many relation), in declaration order of models and then fields.
     */
    private List<Relation> prismaRelationOrder() {
        Map<RelationField, Integer> position = new java.util.IdentityHashMap<>();
        int i = 0;
        for (Model m : model.models()) {
            for (RelationField f : m.relationFields()) {
                position.put(f, i++);
            }
        }
        List<Relation> out = new ArrayList<>(model.relations());
        out.sort(java.util.Comparator.comparingInt(r -> {
            RelationField owner = r.fieldA() != null ? r.fieldA() : r.fieldB();
            Integer p = owner == null ? null : position.get(owner);
            return p == null ? Integer.MAX_VALUE : p;
        }));
        return out;
    }

    private String namespace(String schema) {
        return multiSchema ? schema : null;
    }

    private Table modelTable(Model m, List<ForeignKey> foreignKeys) {
        String tableName = m.databaseName();
        List<Column> columns = new ArrayList<>();
        for (ScalarField f : m.scalarFields()) {
            if (f.type() instanceof ScalarType.CompositeRef) {
                continue;
            }
            columns.add(column(m, f));
        }
        PrimaryKey pk = null;
        if (m.primaryKey() != null) {
            String name = null;
            if (dialect.namesPrimaryKeys()) {
                name = m.primaryKey().dbName() != null ? m.primaryKey().dbName()
                        : ConstraintNames.primaryKey(tableName, dialect.maxIdentifierLength());
            }
            pk = new PrimaryKey(name, indexColumns(m, m.primaryKey().fields()));
        }
        List<Index> indexes = new ArrayList<>();
        for (dev.refract.model.Index index : m.indexes()) {
            List<IndexColumn> cols = indexColumns(m, index.fields());
            List<String> names = cols.stream().map(IndexColumn::name).toList();
            Index.Kind kind = index.type() == IndexType.UNIQUE ? Index.Kind.UNIQUE
                    : index.type() == IndexType.FULLTEXT ? Index.Kind.FULLTEXT : Index.Kind.NORMAL;
            String name = index.dbName();
            if (name == null) {
                name = kind == Index.Kind.UNIQUE
                        ? ConstraintNames.unique(tableName, names, dialect.maxIdentifierLength())
                        : ConstraintNames.index(tableName, names, dialect.maxIdentifierLength());
            }
            indexes.add(new Index(name, kind, cols, index.algorithm()));
        }
        return new Table(namespace(m.schema()), tableName, columns, pk, indexes, foreignKeys);
    }

    private List<IndexColumn> indexColumns(Model m, List<IndexField> fields) {
        List<IndexColumn> out = new ArrayList<>();
        for (IndexField f : fields) {
            out.add(new IndexColumn(columnName(m, f.path().get(0)), f.sortOrder(), f.length(), f.operatorClass()));
        }
        return out;
    }

    private static String columnName(Model m, String field) {
        return m.scalarField(field).map(ScalarField::databaseName).orElse(field);
    }

    private Column column(Model m, ScalarField f) {
        EnumType enumType = f.type() instanceof ScalarType.EnumRef ref ? model.enumType(ref.enumName()).orElse(null) : null;
        boolean autoincrement = f.defaultValue() instanceof DefaultValue.Autoincrement
                || (dialect.intPrimaryKeyIsAutoincrement() && f.type().builtin() == BuiltinType.INT
                    && m.primaryKey() != null && m.primaryKey().fields().size() == 1
                    && m.primaryKey().fields().get(0).path().equals(List.of(f.name())));
        return new Column(f.databaseName(), f.type(), enumType, f.nativeType(), f.arity(), autoincrement,
                columnDefault(f.defaultValue(), enumType));
    }

    /** The default the database applies; null for defaults Prisma fills in (uuid(), cuid(), ...). */
    private static ColumnDefault columnDefault(DefaultValue value, EnumType enumType) {
        if (value instanceof DefaultValue.Now) {
            return new ColumnDefault.Now();
        }
        if (value instanceof DefaultValue.DbGenerated g) {
            return g.expression() == null ? null : new ColumnDefault.Expression(g.expression());
        }
        if (value instanceof DefaultValue.Literal l) {
            return new ColumnDefault.Value(mapEnumValues(l.value(), enumType));
        }
        return null;
    }

    private static LiteralValue mapEnumValues(LiteralValue value, EnumType enumType) {
        if (value instanceof LiteralValue.EnumValue e && enumType != null) {
            return new LiteralValue.EnumValue(enumType.value(e.name()).map(EnumValue::databaseName).orElse(e.name()));
        }
        if (value instanceof LiteralValue.ListValue list) {
            return new LiteralValue.ListValue(list.values().stream().map(v -> mapEnumValues(v, enumType)).toList());
        }
        return value;
    }

    private ForeignKey inlineForeignKey(Relation r) {
        RelationField field = r.fieldA();
        Model referencing = model.requireModel(r.modelA());
        Model referenced = model.requireModel(r.modelB());
        List<String> columns = field.fields().stream().map(n -> columnName(referencing, n)).toList();
        List<String> referencedColumns = field.references().stream().map(n -> columnName(referenced, n)).toList();
        String name = field.mapName() != null ? field.mapName()
                : ConstraintNames.foreignKey(referencing.databaseName(), columns, dialect.maxIdentifierLength());
        return new ForeignKey(name, columns, namespace(referenced.schema()), referenced.databaseName(),
                referencedColumns, field.effectiveOnDelete(), field.effectiveOnUpdate());
    }

    private Table joinTable(Relation r, boolean useForeignKeys) {
        int max = dialect.maxIdentifierLength();
        String name = ConstraintNames.takeChars(r.joinTableName(), max);
        Table a = tablesByModel.get(r.modelA());
        Table b = tablesByModel.get(r.modelB());
        Column pkA = primaryKeyColumn(a);
        Column pkB = primaryKeyColumn(b);
        Column colA = new Column(Relation.JOIN_COLUMN_A, pkA.type(), pkA.enumType(), pkA.nativeType(), Arity.REQUIRED,
                false, null);
        Column colB = new Column(Relation.JOIN_COLUMN_B, pkB.type(), pkB.enumType(), pkB.nativeType(), Arity.REQUIRED,
                false, null);
        List<IndexColumn> ab = List.of(IndexColumn.of("A"), IndexColumn.of("B"));
        PrimaryKey pk = null;
        List<Index> indexes = new ArrayList<>();
        if (dialect.joinTableHasPrimaryKey()) {
            pk = new PrimaryKey(ConstraintNames.takeChars(name, max - 8) + "_AB_pkey", ab);
        } else {
            indexes.add(new Index(ConstraintNames.takeChars(name, max - 10) + "_AB_unique", Index.Kind.UNIQUE, ab, null));
        }
        indexes.add(new Index(ConstraintNames.takeChars(name, max - 8) + "_B_index", Index.Kind.NORMAL,
                List.of(IndexColumn.of("B")), null));
        List<ForeignKey> fks = new ArrayList<>();
        if (useForeignKeys) {
            // Prisma cuts the table name for these two names slightly differently (> for A, >= for B).
            int maxTable = max - 5 - 2;
            int len = ConstraintNames.byteLength(name);
            String fkA = (len > maxTable ? ConstraintNames.truncateBytes(name, maxTable) : name) + "_A_fkey";
            String fkB = (len >= maxTable ? ConstraintNames.truncateBytes(name, maxTable) : name) + "_B_fkey";
            fks.add(new ForeignKey(fkA, List.of("A"), a.namespace(), a.name(), List.of(pkA.name()),
                    ReferentialAction.CASCADE, ReferentialAction.CASCADE));
            fks.add(new ForeignKey(fkB, List.of("B"), b.namespace(), b.name(), List.of(pkB.name()),
                    ReferentialAction.CASCADE, ReferentialAction.CASCADE));
        }
        return new Table(a.namespace(), name, List.of(colA, colB), pk, indexes, fks);
    }

    private static Column primaryKeyColumn(Table t) {
        String name = t.primaryKey().columns().get(0).name();
        return t.columns().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
