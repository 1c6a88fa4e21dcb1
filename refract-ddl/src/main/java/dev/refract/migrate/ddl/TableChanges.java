package dev.refract.migrate.ddl;

import dev.refract.migrate.ddl.MigrationStep.SummaryLine;
import dev.refract.migrate.ddl.SqlSchema.Column;
import dev.refract.migrate.ddl.SqlSchema.IndexColumn;
import dev.refract.migrate.ddl.SqlSchema.Table;
import dev.refract.migrate.ddl.TablePair.ColumnPair;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The clauses of a table's ALTER TABLE step, in Prisma's order, and their summary lines. */
final class TableChanges {
    private TableChanges() {
    }

    /**
     * Dropped primary key, renamed primary key, dropped columns, added columns, altered columns
     * (in column order), added primary key.
     */
    static List<TableChange> of(TablePair t) {
        List<TableChange> out = new ArrayList<>();
        boolean pkChanged = t.primaryKeyChanged();
        if (t.droppedPrimaryKey() || pkChanged) {
            out.add(new TableChange.DropPrimaryKey());
        }
        if (t.primaryKeyRenamed()) {
            out.add(new TableChange.RenamePrimaryKey());
        }
        for (Column c : t.droppedColumns()) {
            out.add(new TableChange.DropColumn(c));
        }
        for (Column c : t.addedColumns()) {
            out.add(new TableChange.AddColumn(c));
        }
        List<ColumnPair> pairs = new ArrayList<>(t.columnPairs());
        // Altered columns go in the previous table's column order.
        pairs.sort(java.util.Comparator.comparingInt(ColumnPair::previousIndex));
        for (ColumnPair c : pairs) {
            if (!c.changes().any()) {
                continue;
            }
            out.add(c.changes().typeChange() == ColumnChanges.TypeChange.NOT_CASTABLE
                    ? new TableChange.DropAndRecreateColumn(c.previous(), c.next(), c.changes())
                    : new TableChange.AlterColumn(c.previous(), c.next(), c.changes()));
        }
        if (t.createdPrimaryKey() || pkChanged) {
            out.add(new TableChange.AddPrimaryKey());
        }
        return out;
    }

    static List<SummaryLine> summary(TablePair t, List<TableChange> changes) {
        List<SummaryLine> out = new ArrayList<>();
        for (TableChange change : changes) {
            String text;
            if (change instanceof TableChange.AddColumn a) {
                text = "  [+] Added column `" + a.column().name() + "`";
            } else if (change instanceof TableChange.DropColumn d) {
                text = "  [-] Removed column `" + d.column().name() + "`";
            } else if (change instanceof TableChange.AlterColumn a) {
                text = "  [*] Altered column `" + a.next().name() + "` " + describe(a.previous(), a.next(), a.changes());
            } else if (change instanceof TableChange.DropAndRecreateColumn d) {
                text = "  [*] Column `" + d.next().name() + "` would be dropped and recreated "
                        + describe(d.previous(), d.next(), d.changes());
            } else if (change instanceof TableChange.DropPrimaryKey) {
                text = "  [-] Dropped the primary key on columns (" + pkColumns(t.previous) + ")";
            } else if (change instanceof TableChange.RenamePrimaryKey) {
                text = "  [*] Renamed the primary key on columns (" + pkColumns(t.previous) + ")";
            } else {
                // Prisma prints this closing parenthesis twice.
                text = "  [+] Added primary key on columns (" + pkColumns(t.next) + ")\n)";
            }
            out.add(SchemaDiffer.changed(t.previous.name(), text));
        }
        return out;
    }

    private static String pkColumns(Table t) {
        return t.primaryKey() == null ? ""
                : t.primaryKey().columns().stream().map(IndexColumn::name).collect(Collectors.joining(", "));
    }

    private static String describe(Column previous, Column next, ColumnChanges changes) {
        List<String> parts = new ArrayList<>();
        if (changes.arity()) {
            parts.add("changed from " + arity(previous) + " to " + arity(next));
        }
        if (changes.defaultValue()) {
            parts.add("default changed from `" + defaultKind(previous) + "` to `" + defaultKind(next) + "`");
        }
        if (changes.typeChanged()) {
            parts.add("type changed");
        }
        if (changes.autoincrement()) {
            parts.add(previous.autoincrement() ? "column is no longer autoincrementing" : "column became autoincrementing");
        }
        return "(" + String.join(", ", parts) + ")";
    }

    private static String arity(Column c) {
        return c.arity().isList() ? "List" : c.arity().isRequired() ? "Required" : "Nullable";
    }

    /** Prisma prints the default's kind with Rust's debug format; the common cases. */
    private static String defaultKind(Column c) {
        if (c.defaultValue() == null) {
            return "None";
        }
        if (c.defaultValue() instanceof SqlSchema.ColumnDefault.Now) {
            return "Some(Now)";
        }
        if (c.defaultValue() instanceof SqlSchema.ColumnDefault.Expression e) {
            return "Some(DbGenerated(Some(\"" + e.sql() + "\")))";
        }
        return "Some(Value(" + DefaultDebug.of(((SqlSchema.ColumnDefault.Value) c.defaultValue()).value()) + "))";
    }
}
