package dev.refract.migrate.ddl;

import dev.refract.migrate.ddl.MigrationStep.Kind;
import dev.refract.migrate.ddl.MigrationStep.Section;
import dev.refract.migrate.ddl.MigrationStep.SummaryLine;
import dev.refract.migrate.ddl.SqlSchema.ForeignKey;
import dev.refract.migrate.ddl.SqlSchema.Index;
import dev.refract.migrate.ddl.SqlSchema.IndexColumn;
import dev.refract.migrate.ddl.SqlSchema.SqlEnum;
import dev.refract.migrate.ddl.SqlSchema.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * The steps that turn one {@link SqlSchema} into another, as Prisma's schema differ computes and
 * sorts them: tables matched by name (a renamed table is dropped and created), columns by name,
 * indexes by what they cover, foreign keys by columns, target and actions.
 */
final class SchemaDiffer {
    private final SqlSchema previous;
    private final SqlSchema next;
    private final MigrationDialect dialect;
    private final Map<Object, Integer> ids = new IdentityHashMap<>();
    private final List<MigrationStep> steps = new ArrayList<>();

    private SchemaDiffer(SqlSchema previous, SqlSchema next, MigrationDialect dialect) {
        this.previous = previous;
        this.next = next;
        this.dialect = dialect;
        for (SqlSchema s : List.of(previous, next)) {
            int index = 0;
            for (int t = 0; t < s.tables().size(); t++) {
                ids.put(s.tables().get(t), t);
                for (Index i : s.tables().get(t).indexes()) {
                    ids.put(i, index++);
                }
            }
            for (int f = 0; f < s.foreignKeys().size(); f++) {
                ids.put(s.foreignKeys().get(f).foreignKey(), f);
            }
            for (int e = 0; e < s.enums().size(); e++) {
                ids.put(s.enums().get(e), e);
            }
        }
    }

    /**
     * The sorted steps from {@code previous} to {@code next}; the namespaces are each side's
     * existing schemas (PostgreSQL's {@code public} included where it exists).
     */
    static List<MigrationStep> diff(SqlSchema previous, List<String> previousNamespaces, SqlSchema next,
                                    List<String> nextNamespaces, MigrationDialect dialect) {
        SchemaDiffer d = new SchemaDiffer(previous, next, dialect);
        for (int i = 0; i < nextNamespaces.size(); i++) {
            if (!previousNamespaces.contains(nextNamespaces.get(i))) {
                d.steps.add(MigrationStep.of(Kind.CreateSchema, List.of(i),
                        dialect.ddl().createNamespace(nextNamespaces.get(i))));
            }
        }
        d.run();
        Collections.sort(d.steps);
        return d.steps;
    }

    private int id(Object o) {
        return ids.get(o);
    }

    private void add(Kind kind, List<Integer> keys, List<String> sql, SummaryLine... summary) {
        steps.add(new MigrationStep(kind, keys, sql, List.of(summary)));
    }

    private void add(Kind kind, List<Integer> keys, List<String> sql, List<IntFunction<DestructiveChange>> checks,
                     SummaryLine... summary) {
        steps.add(new MigrationStep(kind, keys, sql, List.of(summary), checks));
    }

    private void run() {
        List<TablePair> pairs = new ArrayList<>();
        for (Table n : next.tables()) {
            Table p = find(previous, n);
            if (p == null) {
                createdTable(n);
            } else {
                pairs.add(new TablePair(p, n, id(p), id(n), dialect));
            }
        }
        List<TablePair> redefined = pairs.stream().filter(dialect::needsRedefinition).toList();
        for (Table p : previous.tables()) {
            if (find(next, p) == null) {
                droppedTable(p, !redefined.isEmpty());
            }
        }
        for (TablePair pair : pairs) {
            if (!redefined.contains(pair)) {
                alteredTable(pair, redefined);
            }
        }
        if (!redefined.isEmpty()) {
            List<SummaryLine> lines = redefined.stream()
                    .map(t -> new SummaryLine(Section.RedefinedTable, t.previous.name(), null)).toList();
            steps.add(new MigrationStep(Kind.RedefineTables, List.of(), dialect.redefineTables(redefined), lines,
                    DestructivePlanner.redefinedTables(redefined)));
        }
        if (dialect.ddl().hasEnumTypes()) {
            enums();
        }
    }

    private static Table find(SqlSchema schema, Table t) {
        for (Table c : schema.tables()) {
            if (c.name().equals(t.name()) && Objects.equals(c.namespace(), t.namespace())) {
                return c;
            }
        }
        return null;
    }

    private void createdTable(Table n) {
        add(Kind.CreateTable, List.of(id(n)), List.of(dialect.ddl().createTable(n)),
                new SummaryLine(Section.AddedTable, "", "  - " + n.name()));
        if (dialect.foreignKeysAreSteps()) {
            for (ForeignKey fk : n.foreignKeys()) {
                addForeignKey(n, fk);
            }
        }
        for (Index i : n.indexes()) {
            createIndex(List.of(0, 0, id(n), id(i), 0), n, i);
        }
    }

    private void droppedTable(Table p, boolean anyRedefined) {
        add(Kind.DropTable, List.of(id(p)), dialect.dropTable(p), DestructivePlanner.droppedTable(p),
                new SummaryLine(Section.RemovedTable, "", "  - " + p.name()));
        if (dialect.foreignKeysAreSteps()) {
            for (ForeignKey fk : p.foreignKeys()) {
                dropForeignKey(p, fk);
            }
        }
        if (anyRedefined && !dialect.foreignKeysAreSteps()) {
            // SQLite: indexes of dropped tables go first when tables are redefined.
            for (Index i : p.indexes()) {
                dropIndex(p, i);
            }
        }
    }

    private void addForeignKey(Table t, ForeignKey fk) {
        add(Kind.AddForeignKey, List.of(id(fk)), List.of(dialect.ddl().addForeignKey(t, fk)),
                changed(t.name(), "  [+] Added foreign key on columns (" + String.join(", ", fk.columns()) + ")"));
    }

    private void dropForeignKey(Table t, ForeignKey fk) {
        add(Kind.DropForeignKey, List.of(id(fk)), List.of(dialect.dropForeignKey(t, fk)),
                changed(t.name(), "  [-] Removed foreign key on columns (" + String.join(", ", fk.columns()) + ")"));
    }

    private void createIndex(List<Integer> keys, Table t, Index i) {
        createIndex(keys, t, i, List.of());
    }

    private void createIndex(List<Integer> keys, Table t, Index i, List<IntFunction<DestructiveChange>> checks) {
        add(Kind.CreateIndex, keys, List.of(dialect.ddl().createIndex(t, i)), checks,
                changed(t.name(), "  [+] Added " + (i.isUnique() ? "unique " : "") + "index on columns ("
                        + columnNames(i) + ")"));
    }

    private void dropIndex(Table t, Index i) {
        add(Kind.DropIndex, List.of(id(i)), List.of(dialect.dropIndex(t, i)),
                changed(t.name(), "  [-] Removed " + (i.isUnique() ? "unique " : "") + "index on columns ("
                        + columnNames(i) + ")"));
    }

    private static String columnNames(Index i) {
        return i.columns().stream().map(IndexColumn::name).collect(Collectors.joining(", "));
    }

    static SummaryLine changed(String table, String text) {
        return new SummaryLine(Section.ChangedTable, table, text);
    }

    private void alteredTable(TablePair t, List<TablePair> redefined) {
        for (Index i : t.droppedIndexes()) {
            dropIndex(t.previous, i);
        }
        for (Index i : t.createdIndexes()) {
            createIndex(List.of(1, t.previousId, t.nextId, id(i), 0), t.next, i, DestructivePlanner.uniqueAdded(t.next, i));
        }
        if (dialect.recreatesIndexesAfterColumnDrop()) {
            for (Index[] pair : t.indexPairs()) {
                boolean recreated = t.columnPairs().stream().anyMatch(c -> c.changes().typeChange()
                        == ColumnChanges.TypeChange.NOT_CASTABLE
                        && pair[1].columns().stream().anyMatch(ic -> ic.name().equals(c.next().name())));
                if (recreated) {
                    createIndex(List.of(1, t.previousId, t.nextId, id(pair[1]), 1), t.next, pair[1]);
                }
            }
        }
        if (dialect.foreignKeysAreSteps()) {
            for (ForeignKey fk : t.createdForeignKeys()) {
                addForeignKey(t.next, fk);
            }
            for (ForeignKey fk : t.droppedForeignKeys()) {
                dropForeignKey(t.previous, fk);
            }
            for (ForeignKey[] fk : t.foreignKeyPairs()) {
                boolean targetRedefined = redefined.stream().anyMatch(r -> r.previous.name()
                        .equals(fk[0].referencedTable()));
                if (targetRedefined) {
                    dropForeignKey(t.previous, fk[0]);
                    addForeignKey(t.next, fk[1]);
                } else if (!Objects.equals(fk[0].name(), fk[1].name()) && !isJoinTable(t.next)) {
                    add(Kind.RenameForeignKey, List.of(id(fk[0]), id(fk[1])),
                            List.of(dialect.renameForeignKey(t.next, fk[0], fk[1])),
                            changed(t.next.name(), "  [*] Renamed the foreign key \"" + fk[0].name() + "\" to \""
                                    + fk[1].name() + "\""));
                }
            }
        }
        for (Index[] pair : t.indexPairs()) {
            if (!pair[0].name().equals(pair[1].name())) {
                if (dialect.canRenameIndex()) {
                    add(Kind.RenameIndex, List.of(id(pair[0]), id(pair[1])),
                            List.of(dialect.renameIndex(t.previous, pair[0], pair[1])),
                            changed(t.previous.name(), "  [*] Renamed index `" + pair[0].name() + "` to `"
                                    + pair[1].name() + "`"));
                } else {
                    add(Kind.RedefineIndex, List.of(id(pair[0]), id(pair[1])),
                            List.of(dialect.dropIndex(t.previous, pair[0]), dialect.ddl().createIndex(t.next, pair[1])),
                            changed(t.previous.name(), "  [*] Redefined index `" + pair[0].name() + "`"));
                }
            }
        }
        List<TableChange> changes = TableChanges.of(t);
        if (!changes.isEmpty()) {
            add(Kind.AlterTable, List.of(t.previousId, t.nextId), dialect.alterTable(t, changes),
                    DestructivePlanner.alteredTable(t, changes, dialect instanceof PostgresMigration),
                    TableChanges.summary(t, changes).toArray(new SummaryLine[0]));
        }
    }

    private static boolean isJoinTable(Table t) {
        return t.columns().size() == 2 && TablePair.column(t, "A").isPresent() && TablePair.column(t, "B").isPresent();
    }

    private void enums() {
        for (SqlEnum n : next.enums()) {
            SqlEnum p = findEnum(previous, n);
            if (p == null) {
                add(Kind.CreateEnum, List.of(id(n)), List.of(dialect.ddl().createEnum(n)),
                        new SummaryLine(Section.AddedEnum, "", "  - " + n.name()));
                continue;
            }
            List<String> added = n.values().stream().filter(v -> !p.values().contains(v)).toList();
            List<String> dropped = p.values().stream().filter(v -> !n.values().contains(v)).toList();
            if (added.isEmpty() && dropped.isEmpty()) {
                continue;
            }
            List<SummaryLine> lines = new ArrayList<>();
            added.forEach(v -> lines.add(new SummaryLine(Section.ChangedEnum, p.name(), "  [+] Added variant `" + v + "`")));
            dropped.forEach(v -> lines.add(new SummaryLine(Section.ChangedEnum, p.name(), "  [-] Removed variant `" + v + "`")));
            steps.add(new MigrationStep(Kind.AlterEnum, List.of(id(p), id(n)),
                    dialect.alterEnum(p, n, added, dropped, previous, next), lines,
                    DestructivePlanner.enumValuesRemoved(n, dropped)));
        }
        for (SqlEnum p : previous.enums()) {
            if (findEnum(next, p) == null) {
                add(Kind.DropEnum, List.of(id(p)), List.of(dialect.dropEnum(p)),
                        new SummaryLine(Section.RemovedEnum, "", "  - " + p.name()));
            }
        }
    }

    private static SqlEnum findEnum(SqlSchema schema, SqlEnum e) {
        return schema.enums().stream().filter(c -> c.name().equals(e.name())
                && Objects.equals(c.namespace(), e.namespace())).findFirst().orElse(null);
    }
}
