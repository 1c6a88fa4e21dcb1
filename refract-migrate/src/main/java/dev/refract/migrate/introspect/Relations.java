package dev.refract.migrate.introspect;

import dev.refract.migrate.ddl.ConstraintNames;
import dev.refract.migrate.ddl.SqlSchema.Column;
import dev.refract.migrate.ddl.SqlSchema.ForeignKey;
import dev.refract.migrate.ddl.SqlSchema.Index;
import dev.refract.migrate.ddl.SqlSchema.IndexColumn;
import dev.refract.migrate.ddl.SqlSchema.Table;
import dev.refract.model.Arity;
import dev.refract.model.ReferentialAction;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Relation fields for foreign keys and implicit many-to-many join tables, named as Prisma names
 * them: the other model's name; {@code other_} on the back side of a self-relation; the relation
 * name appended when two models have more than one relation (or the field would be named like one
 * of the foreign key's own columns); {@code _A}/{@code _B} for both sides of a self many-to-many
 * relation.
 */
final class Relations {
    private final Introspection in;
    private final boolean postgres;
    private final int maxIdentifier;
    private final Map<String, Integer> pairCounts = new HashMap<>();

    Relations(Introspection in, boolean postgres, int maxIdentifier) {
        this.in = in;
        this.postgres = postgres;
        this.maxIdentifier = maxIdentifier;
    }

    /** Prisma's implicit join table: {@code _Name} with columns A and B, each a foreign key. */
    static boolean isJoinTable(Table t) {
        return t.name().startsWith("_") && t.columns().size() == 2
                && t.columns().get(0).name().equals("A") && t.columns().get(1).name().equals("B")
                && t.foreignKeys().size() == 2
                && t.foreignKeys().stream().anyMatch(fk -> fk.columns().equals(List.of("A")))
                && t.foreignKeys().stream().anyMatch(fk -> fk.columns().equals(List.of("B")));
    }

    void add(List<Table> joinTables) {
        for (ModelDraft m : in.models.values()) {
            for (ForeignKey fk : distinct(m.table.foreignKeys())) {
                ModelDraft r = in.models.get(Introspection.key(fk.referencedNamespace(), fk.referencedTable()));
                if (r != null) {
                    pairCounts.merge(pair(m.name, r.name), 1, Integer::sum);
                    // A relation field named like one of its own scalar fields would clash: disambiguate.
                    if (fk.columns().stream().map(ModelDraft::fieldName).anyMatch(r.name::equals)) {
                        pairCounts.merge(pair(m.name, r.name), 2, Integer::sum);
                    }
                }
            }
        }
        for (Table j : joinTables) {
            ModelDraft a = target(j, "A");
            ModelDraft b = target(j, "B");
            if (a != null && b != null) {
                pairCounts.merge(pair(a.name, b.name), 1, Integer::sum);
            }
        }
        for (ModelDraft m : List.copyOf(in.models.values())) {
            for (ForeignKey fk : distinct(m.table.foreignKeys())) {
                ModelDraft r = in.models.get(Introspection.key(fk.referencedNamespace(), fk.referencedTable()));
                if (r != null) {
                    inline(m, r, fk);
                }
            }
        }
        for (Table j : joinTables) {
            ModelDraft a = target(j, "A");
            ModelDraft b = target(j, "B");
            if (a != null && b != null) {
                manyToMany(j, a, b);
            }
        }
    }

    /** The foreign keys without repeats: a second key on the same columns to the same columns adds no relation. */
    private static List<ForeignKey> distinct(List<ForeignKey> fks) {
        List<ForeignKey> out = new java.util.ArrayList<>();
        for (ForeignKey fk : fks) {
            if (out.stream().noneMatch(o -> o.columns().equals(fk.columns()) && o.referencedTable().equals(fk.referencedTable())
                    && o.referencedColumns().equals(fk.referencedColumns()))) {
                out.add(fk);
            }
        }
        return out;
    }

    private ModelDraft target(Table join, String column) {
        return join.foreignKeys().stream().filter(fk -> fk.columns().equals(List.of(column)))
                .map(fk -> in.models.get(Introspection.key(fk.referencedNamespace(), fk.referencedTable()))).findFirst().orElse(null);
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + " " + b : b + " " + a;
    }

    private static String defaultName(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "To" + b : b + "To" + a;
    }

    private void inline(ModelDraft m, ModelDraft r, ForeignKey fk) {
        boolean self = m == r;
        boolean ambiguous = pairCounts.get(pair(m.name, r.name)) > 1;
        String relationName = ambiguous
                ? m.name + "_" + fk.columns().stream().map(ModelDraft::fieldName).collect(Collectors.joining("_")) + "To" + r.name
                : self ? defaultName(m.name, r.name) : null;
        boolean optional = fk.columns().stream().anyMatch(c -> arity(m.table, c) != Arity.REQUIRED);
        String forward = ambiguous ? r.name + "_" + relationName : r.name;
        String back = (self ? "other_" : "") + (ambiguous ? m.name + "_" + relationName : m.name);

        StringBuilder args = new StringBuilder();
        if (relationName != null) {
            args.append(Names.quote(relationName)).append(", ");
        }
        args.append("fields: ").append(list(fk.columns())).append(", references: ").append(list(fk.referencedColumns()));
        ReferentialAction defaultDelete = optional ? ReferentialAction.SET_NULL : ReferentialAction.RESTRICT;
        if (fk.onDelete() != defaultDelete) {
            args.append(", onDelete: ").append(action(fk.onDelete()));
        }
        if (fk.onUpdate() != ReferentialAction.CASCADE) {
            args.append(", onUpdate: ").append(action(fk.onUpdate()));
        }
        if (postgres && fk.name() != null && !fk.name().equals(ConstraintNames.foreignKey(m.table.name(), fk.columns(), maxIdentifier))) {
            args.append(", map: ").append(Names.quote(fk.name()));
        }
        m.relationFields.add(new String[] {forward, r.name + (optional ? "?" : "") + " @relation(" + args + ")"});
        String backType = isUnique(m.table, fk.columns()) ? m.name + "?" : m.name + "[]";
        r.relationFields.add(new String[] {back,
                backType + (relationName != null ? " @relation(" + Names.quote(relationName) + ")" : "")});
    }

    private void manyToMany(Table join, ModelDraft a, ModelDraft b) {
        String relationName = join.name().substring(1);
        boolean self = a == b;
        boolean ambiguous = pairCounts.get(pair(a.name, b.name)) > 1;
        boolean named = self || ambiguous || !relationName.equals(defaultName(a.name, b.name));
        // Only an ambiguous relation's fields carry the join table's name.
        String suffix = ambiguous ? join.name() : "";
        String attribute = named ? " @relation(" + Names.quote(relationName) + ")" : "";
        a.relationFields.add(new String[] {b.name + suffix + (self ? "_A" : ""), b.name + "[]" + attribute});
        b.relationFields.add(new String[] {a.name + suffix + (self ? "_B" : ""), a.name + "[]" + attribute});
    }

    private static Arity arity(Table t, String column) {
        return t.columns().stream().filter(c -> c.name().equals(column)).map(Column::arity).findFirst()
                .orElse(Arity.OPTIONAL);
    }

    /** Whether {@code columns} are exactly the primary key or a unique index (a one-to-one relation). */
    private static boolean isUnique(Table t, List<String> columns) {
        if (t.primaryKey() != null && names(t.primaryKey().columns()).equals(columns)) {
            return true;
        }
        for (Index i : t.indexes()) {
            if (i.isUnique() && names(i.columns()).equals(columns)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> names(List<IndexColumn> columns) {
        return columns.stream().map(IndexColumn::name).toList();
    }

    private static String list(List<String> columns) {
        return columns.stream().map(ModelDraft::fieldName).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String action(ReferentialAction a) {
        return switch (a) {
            case CASCADE -> "Cascade";
            case RESTRICT -> "Restrict";
            case NO_ACTION -> "NoAction";
            case SET_NULL -> "SetNull";
            case SET_DEFAULT -> "SetDefault";
        };
    }
}
