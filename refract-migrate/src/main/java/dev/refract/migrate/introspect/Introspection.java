package dev.refract.migrate.introspect;

import dev.refract.migrate.ddl.ConstraintNames;
import dev.refract.migrate.ddl.SqlSchema;
import dev.refract.migrate.ddl.SqlSchema.Column;
import dev.refract.migrate.ddl.SqlSchema.ColumnDefault;
import dev.refract.migrate.ddl.SqlSchema.Index;
import dev.refract.migrate.ddl.SqlSchema.IndexColumn;
import dev.refract.migrate.ddl.SqlSchema.SqlEnum;
import dev.refract.migrate.ddl.SqlSchema.Table;
import dev.refract.migrate.ddl.SqlSchema.View;
import dev.refract.model.Arity;
import dev.refract.model.LiteralValue;
import dev.refract.model.NativeType;
import dev.refract.model.ScalarType;
import dev.refract.model.SortOrder;
import dev.refract.schema.format.Formatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code db pull}: a described database as a {@code schema.prisma}, with Prisma's conventions:
 * one model per table (implicit many-to-many join tables become relation fields), names mapped
 * where they are not identifiers, relation fields on both sides, {@code @db} types where not the
 * default, constraint names only where they differ from Prisma's defaults, and models without a
 * unique identifier documented and ignored. The text goes through the formatter.
 */
public final class Introspection {
    static final String NO_IDENTIFIER = "The underlying table does not contain a valid unique identifier and can therefore "
            + "currently not be handled by Prisma Client.";
    static final String EXPRESSION_INDEX = "This model contains an expression index which requires additional setup for "
            + "migrations. Visit https://pris.ly/d/expression-indexes for more info.";

    private final SqlSchema schema;
    private final boolean postgres;
    private final int maxIdentifier;
    final Map<String, ModelDraft> models = new LinkedHashMap<>();
    final Map<String, String> enumNames = new LinkedHashMap<>();

    private Introspection(SqlSchema schema, String provider) {
        this.schema = schema;
        this.postgres = !provider.equals("sqlite");
        this.maxIdentifier = postgres ? 63 : 10000;
    }

    /**
     * The schema text for {@code schema}.
     *
     * @param provider {@code postgresql} or {@code sqlite}
     * @param header the generator and datasource blocks to print first (see {@link #header})
     * @param views whether to print views ({@code previewFeatures = ["views"]})
     */
    public static String render(SqlSchema schema, String provider, String header, boolean views) {
        Introspection in = new Introspection(schema, provider);
        StringBuilder out = new StringBuilder(header.strip()).append("\n");
        for (ModelDraft m : in.drafts(views)) {
            out.append('\n').append(m.render());
        }
        if (in.postgres) {
            for (SqlEnum e : schema.enums()) {
                out.append('\n').append(in.renderEnum(e));
            }
        }
        return Formatter.format(out.toString());
    }

    /** The {@code generator} and {@code datasource} blocks of an existing schema, in their order. */
    public static String header(String existingSchema) {
        StringBuilder out = new StringBuilder();
        String[] lines = existingSchema.split("\n", -1);
        boolean inBlock = false;
        for (String line : lines) {
            String t = line.strip();
            if (!inBlock && (t.startsWith("generator ") || t.startsWith("datasource "))) {
                inBlock = true;
                if (out.length() > 0) {
                    out.append('\n');
                }
            }
            if (inBlock) {
                out.append(line).append('\n');
                if (t.equals("}")) {
                    inBlock = false;
                }
            }
        }
        return out.toString();
    }

    /** Models are found by schema and table: two schemas may hold tables of the same name. */
    static String key(String namespace, String table) {
        return namespace + "." + table;
    }

    private List<ModelDraft> drafts(boolean views) {
        for (SqlEnum e : schema.enums()) {
            enumNames.put(e.name(), Names.sanitize(e.name()));
        }
        List<Table> joinTables = new ArrayList<>();
        for (Table t : schema.tables()) {
            if (Relations.isJoinTable(t)) {
                joinTables.add(t);
                continue;
            }
            String name = Names.sanitize(t.name());
            ModelDraft m;
            if (Names.isReserved(name)) {
                m = new ModelDraft(t, "Renamed" + name, false);
                m.docs.add("This model has been renamed to 'Renamed" + name + "' during introspection, because the "
                        + "original name '" + name + "' is reserved.");
            } else {
                m = new ModelDraft(t, name, false);
            }
            models.put(key(t.namespace(), t.name()), m);
            scalars(m, t.columns());
            keys(m);
        }
        new Relations(this, postgres, maxIdentifier).add(joinTables);
        for (ModelDraft m : models.values()) {
            if (!m.name.equals(m.table.name())) {
                m.blockAttributes.add("@@map(" + Names.quote(m.table.name()) + ")");
            }
            if (m.ignored) {
                m.blockAttributes.add("@@ignore");
            }
            if (m.table.namespace() != null) {
                m.blockAttributes.add("@@schema(" + Names.quote(m.table.namespace()) + ")");
            }
        }
        List<ModelDraft> out = new ArrayList<>(models.values());
        if (views) {
            for (View v : schema.views()) {
                ModelDraft d = new ModelDraft(new Table(v.namespace(), v.name(), v.columns(), null, List.of(), List.of()),
                        Names.sanitize(v.name()), true);
                scalars(d, v.columns());
                if (!d.name.equals(v.name())) {
                    d.blockAttributes.add("@@map(" + Names.quote(v.name()) + ")");
                }
                out.add(d);
            }
        }
        return out;
    }

    private void scalars(ModelDraft m, List<Column> columns) {
        Table t = m.table;
        for (Column c : columns) {
            String field = ModelDraft.fieldName(c.name());
            StringBuilder line = new StringBuilder(type(c));
            // Prisma's order: @unique before @id.
            Index unique = singleUnique(t, c.name());
            if (unique != null) {
                line.append(" @unique");
                if (!unique.name().equals(ConstraintNames.unique(t.name(), List.of(c.name()), maxIdentifier))) {
                    line.append("(map: ").append(Names.quote(unique.name())).append(')');
                }
            }
            if (t.primaryKey() != null && t.primaryKey().columns().size() == 1
                    && t.primaryKey().columns().get(0).name().equals(c.name())) {
                line.append(" @id");
                if (postgres && !t.primaryKey().name().equals(ConstraintNames.primaryKey(t.name(), maxIdentifier))) {
                    line.append("(map: ").append(Names.quote(t.primaryKey().name())).append(')');
                }
            }
            String def = defaultValue(c);
            if (def != null) {
                line.append(" @default(").append(def).append(')');
            }
            if (!field.equals(c.name())) {
                line.append(" @map(").append(Names.quote(c.name())).append(')');
            }
            if (postgres && c.nativeType() != null) {
                NativeType nt = c.nativeType();
                line.append(" @db.").append(nt.name());
                if (!nt.args().isEmpty()) {
                    line.append('(').append(String.join(", ", nt.args())).append(')');
                }
            }
            m.fields.add(new String[] {field, line.toString()});
        }
    }

    /** The first (by name) single-column unique index on {@code column}; Prisma keeps only one. */
    private static Index singleUnique(Table t, String column) {
        return t.indexes().stream().filter(i -> i.isUnique() && i.columns().size() == 1
                && column.equals(i.columns().get(0).name())).min((a, b) -> a.name().compareTo(b.name())).orElse(null);
    }

    private String type(Column c) {
        String base;
        if (c.enumType() != null) {
            base = enumNames.getOrDefault(c.enumType().databaseName(), Names.sanitize(c.enumType().databaseName()));
        } else if (c.type() instanceof ScalarType.Unsupported u) {
            base = "Unsupported(" + Names.quote(u.dbType()) + ")";
        } else {
            base = c.type().name();
        }
        return base + (c.arity() == Arity.LIST ? "[]" : c.arity() == Arity.OPTIONAL ? "?" : "");
    }

    private String defaultValue(Column c) {
        if (c.autoincrement()) {
            return "autoincrement()";
        }
        ColumnDefault d = c.defaultValue();
        if (d == null) {
            return null;
        }
        if (d instanceof ColumnDefault.Now) {
            return "now()";
        }
        if (d instanceof ColumnDefault.Expression e) {
            return "dbgenerated(" + Names.quote(e.sql()) + ")";
        }
        return literal(((ColumnDefault.Value) d).value());
    }

    private static String literal(LiteralValue v) {
        if (v instanceof LiteralValue.Text t) {
            return Names.quote(t.value());
        }
        if (v instanceof LiteralValue.Int i) {
            return Long.toString(i.value());
        }
        if (v instanceof LiteralValue.BigInt b) {
            return b.value().toString();
        }
        if (v instanceof LiteralValue.Decimal d) {
            return d.value().toPlainString();
        }
        if (v instanceof LiteralValue.Bool b) {
            return Boolean.toString(b.value());
        }
        if (v instanceof LiteralValue.EnumValue e) {
            return Names.sanitize(e.name());
        }
        if (v instanceof LiteralValue.DateTime t) {
            return Names.quote(t.value());
        }
        if (v instanceof LiteralValue.Json j) {
            return Names.quote(j.value());
        }
        if (v instanceof LiteralValue.Bytes b) {
            return Names.quote(b.base64());
        }
        return ((LiteralValue.ListValue) v).values().stream().map(Introspection::literal)
                .collect(Collectors.joining(", ", "[", "]"));
    }

    /** Compound keys, indexes, and the documentation and @@ignore of a table Prisma Client cannot use. */
    private void keys(ModelDraft m) {
        Table t = m.table;
        if (t.primaryKey() != null && t.primaryKey().columns().size() > 1) {
            String map = postgres && !t.primaryKey().name().equals(ConstraintNames.primaryKey(t.name(), maxIdentifier))
                    ? ", map: " + Names.quote(t.primaryKey().name()) : "";
            m.blockAttributes.add("@@id(" + fields(t.primaryKey().columns()) + map + ")");
        }
        boolean identified = t.primaryKey() != null;
        boolean expression = false;
        Set<String> seen = new HashSet<>();
        for (Index i : t.indexes()) {
            if (i.columns().stream().anyMatch(c -> c.name() == null)) {
                expression = true;
                continue;
            }
            if (i.isUnique() && i.columns().stream().allMatch(ic -> required(t, ic.name()))) {
                identified = true;
            }
            if (!seen.add(i.kind() + " " + i.columns()) || i.isUnique() && i.columns().size() == 1) {
                continue;
            }
            List<String> cols = i.columns().stream().map(IndexColumn::name).toList();
            String defaultName = i.isUnique() ? ConstraintNames.unique(t.name(), cols, maxIdentifier)
                    : ConstraintNames.index(t.name(), cols, maxIdentifier);
            String map = i.name().equals(defaultName) ? "" : ", map: " + Names.quote(i.name());
            String type = i.algorithm() == null ? "" : ", type: " + i.algorithm();
            // Uniques and indexes in the database's order (by name), as Prisma adds them.
            m.blockAttributes.add((i.isUnique() ? "@@unique(" : "@@index(") + fields(i.columns()) + map + type + ")");
        }
        if (!identified) {
            m.docs.add(NO_IDENTIFIER);
        }
        if (expression) {
            m.docs.add(EXPRESSION_INDEX);
        }
        m.ignored = !identified;
    }

    private static boolean required(Table t, String column) {
        return t.columns().stream().anyMatch(c -> c.name().equals(column) && c.arity() == Arity.REQUIRED);
    }

    private static String fields(List<IndexColumn> columns) {
        return columns.stream().map(c -> ModelDraft.fieldName(c.name())
                + (c.sortOrder() == SortOrder.DESC ? "(sort: Desc)" : "")).collect(Collectors.joining(", ", "[", "]"));
    }

    private String renderEnum(SqlEnum e) {
        StringBuilder out = new StringBuilder("enum ").append(enumNames.get(e.name())).append(" {\n");
        for (String v : e.values()) {
            String name = Names.sanitize(v);
            out.append("  ").append(name);
            if (!name.equals(v)) {
                out.append(" @map(").append(Names.quote(v)).append(')');
            }
            out.append('\n');
        }
        boolean mapped = !enumNames.get(e.name()).equals(e.name());
        if (mapped || e.namespace() != null) {
            out.append('\n');
        }
        if (mapped) {
            out.append("  @@map(").append(Names.quote(e.name())).append(")\n");
        }
        if (e.namespace() != null) {
            out.append("  @@schema(").append(Names.quote(e.namespace())).append(")\n");
        }
        return out.append("}\n").toString();
    }
}
