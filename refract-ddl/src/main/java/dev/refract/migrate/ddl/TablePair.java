package dev.refract.migrate.ddl;

import dev.refract.migrate.ddl.SqlSchema.Column;
import dev.refract.migrate.ddl.SqlSchema.ForeignKey;
import dev.refract.migrate.ddl.SqlSchema.Index;
import dev.refract.migrate.ddl.SqlSchema.IndexColumn;
import dev.refract.migrate.ddl.SqlSchema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table present on both sides of a diff, and what changed in it: columns matched by name,
 * indexes matched by what they cover (a name change is a rename), foreign keys matched by columns,
 * referenced table and actions (Prisma's rules).
 */
final class TablePair {
    final Table previous;
    final Table next;
    final int previousId;
    final int nextId;
    private final MigrationDialect dialect;

    TablePair(Table previous, Table next, int previousId, int nextId, MigrationDialect dialect) {
        this.previous = previous;
        this.next = next;
        this.previousId = previousId;
        this.nextId = nextId;
        this.dialect = dialect;
    }

    /** A column and its counterpart, with their positions in each table. */
    record ColumnPair(Column previous, Column next, int previousIndex, int nextIndex, ColumnChanges changes) {
    }

    List<ColumnPair> columnPairs() {
        List<ColumnPair> out = new ArrayList<>();
        for (int i = 0; i < previous.columns().size(); i++) {
            Column p = previous.columns().get(i);
            for (int j = 0; j < next.columns().size(); j++) {
                Column n = next.columns().get(j);
                if (n.name().equals(p.name())) {
                    out.add(new ColumnPair(p, n, i, j, ColumnChanges.of(p, n, dialect.typeChange(p, n),
                            dialect.autoincrementChanged(this, p, n))));
                }
            }
        }
        // Prisma keys columns by name, so pairs, drops and additions come in name order.
        out.sort(java.util.Comparator.comparing(c -> c.next().name()));
        return out;
    }

    List<Column> droppedColumns() {
        return previous.columns().stream().filter(c -> column(next, c.name()).isEmpty())
                .sorted(java.util.Comparator.comparing(Column::name)).toList();
    }

    List<Column> addedColumns() {
        return next.columns().stream().filter(c -> column(previous, c.name()).isEmpty())
                .sorted(java.util.Comparator.comparing(Column::name)).toList();
    }

    static Optional<Column> column(Table t, String name) {
        return t.columns().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    boolean createdPrimaryKey() {
        return previous.primaryKey() == null && next.primaryKey() != null;
    }

    boolean droppedPrimaryKey() {
        return previous.primaryKey() != null && next.primaryKey() == null;
    }

    /** Both have a primary key, on other columns (or a key column changed type). */
    boolean primaryKeyChanged() {
        if (previous.primaryKey() == null || next.primaryKey() == null) {
            return false;
        }
        List<String> a = previous.primaryKey().columns().stream().map(IndexColumn::name).toList();
        List<String> b = next.primaryKey().columns().stream().map(IndexColumn::name).toList();
        if (!a.equals(b)) {
            return true;
        }
        return columnPairs().stream().anyMatch(c -> a.contains(c.previous().name()) && c.changes().typeChanged());
    }

    boolean primaryKeyRenamed() {
        return previous.primaryKey() != null && next.primaryKey() != null
                && !Objects.equals(previous.primaryKey().name(), next.primaryKey().name());
    }

    /** Index pairs that cover the same thing (previous, next). */
    List<Index[]> indexPairs() {
        List<Index[]> out = new ArrayList<>();
        for (Index p : previous.indexes()) {
            for (Index n : next.indexes()) {
                if (indexesMatch(p, n)) {
                    out.add(new Index[] {p, n});
                    break;
                }
            }
        }
        return out;
    }

    List<Index> createdIndexes() {
        return next.indexes().stream()
                .filter(n -> previous.indexes().stream().noneMatch(p -> indexesMatch(p, n))).toList();
    }

    List<Index> droppedIndexes() {
        return previous.indexes().stream()
                .filter(p -> next.indexes().stream().noneMatch(n -> indexesMatch(p, n))).toList();
    }

    private static boolean indexesMatch(Index p, Index n) {
        return p.kind() == n.kind() && canonical(p.columns()).equals(canonical(n.columns()))
                && Objects.equals(algorithm(p), algorithm(n));
    }

    /** Ascending is the default order: a described index says ASC where a schema says nothing. */
    private static List<IndexColumn> canonical(List<IndexColumn> columns) {
        return columns.stream().map(c -> c.sortOrder() == dev.refract.model.SortOrder.ASC
                ? new IndexColumn(c.name(), null, c.length(), c.operatorClass()) : c).toList();
    }

    private static String algorithm(Index i) {
        return i.algorithm() == null || i.algorithm().equals("BTree") ? null : i.algorithm();
    }

    List<ForeignKey[]> foreignKeyPairs() {
        List<ForeignKey[]> out = new ArrayList<>();
        for (ForeignKey p : previous.foreignKeys()) {
            for (ForeignKey n : next.foreignKeys()) {
                if (foreignKeysMatch(p, n)) {
                    out.add(new ForeignKey[] {p, n});
                    break;
                }
            }
        }
        return out;
    }

    List<ForeignKey> createdForeignKeys() {
        return next.foreignKeys().stream()
                .filter(n -> previous.foreignKeys().stream().noneMatch(p -> foreignKeysMatch(p, n))).toList();
    }

    List<ForeignKey> droppedForeignKeys() {
        return previous.foreignKeys().stream()
                .filter(p -> next.foreignKeys().stream().noneMatch(n -> foreignKeysMatch(p, n))).toList();
    }

    private boolean foreignKeysMatch(ForeignKey p, ForeignKey n) {
        if (!p.referencedTable().equals(n.referencedTable()) || !Objects.equals(p.referencedNamespace(),
                n.referencedNamespace()) || !p.columns().equals(n.columns())
                || !p.referencedColumns().equals(n.referencedColumns())
                || p.onDelete() != n.onDelete() || p.onUpdate() != n.onUpdate()) {
            return false;
        }
        for (String name : p.columns()) {
            Optional<Column> a = column(previous, name);
            Optional<Column> b = column(next, name);
            if (a.isEmpty() || b.isEmpty()) {
                return false;
            }
            if (dialect.typeChange(a.get(), b.get()) != null) {
                return false;
            }
            boolean aritiesOk = a.get().arity() == b.get().arity()
                    || (a.get().arity().isRequired() && b.get().arity().isOptional());
            if (!aritiesOk && !dialect.copesWithForeignKeyColumnBecomingRequired()) {
                return false;
            }
        }
        return true;
    }
}
