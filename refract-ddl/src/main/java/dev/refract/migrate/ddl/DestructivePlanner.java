package dev.refract.migrate.ddl;

import dev.refract.migrate.ddl.DestructiveChange.ColumnRef;
import dev.refract.migrate.ddl.DestructiveChange.TableRef;
import dev.refract.migrate.ddl.SqlSchema.Column;
import dev.refract.migrate.ddl.SqlSchema.Index;
import dev.refract.migrate.ddl.SqlSchema.IndexColumn;
import dev.refract.migrate.ddl.SqlSchema.SqlEnum;
import dev.refract.migrate.ddl.SqlSchema.Table;
import dev.refract.migrate.ddl.TablePair.ColumnPair;
import dev.refract.model.BuiltinType;
import dev.refract.model.NativeType;
import dev.refract.model.ScalarType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Which destructive change checks each kind of step needs, by the rules of Prisma's checker: what
 * a dropped table, an altered table's clauses, a redefined SQLite table, a new unique index on an
 * existing table or an enum losing values can do to existing rows. Each check is made once the
 * step's index in the sorted migration is known.
 */
final class DestructivePlanner {
    private DestructivePlanner() {
    }

    static List<IntFunction<DestructiveChange>> droppedTable(Table t) {
        TableRef table = new TableRef(t.namespace(), t.name());
        return List.of(step -> new DestructiveChange.TableDrop(step, table));
    }

    static List<IntFunction<DestructiveChange>> uniqueAdded(Table t, Index i) {
        if (!i.isUnique()) {
            return List.of();
        }
        List<String> columns = i.columns().stream().map(IndexColumn::name).toList();
        return List.of(step -> new DestructiveChange.UniqueConstraintAddition(step, t.name(), columns));
    }

    static List<IntFunction<DestructiveChange>> enumValuesRemoved(SqlEnum next, List<String> dropped) {
        if (dropped.isEmpty()) {
            return List.of();
        }
        return List.of(step -> new DestructiveChange.EnumValueRemoval(step, next.name(), dropped));
    }

    /** The clauses of an ALTER TABLE step (PostgreSQL, and SQLite's added nullable columns). */
    static List<IntFunction<DestructiveChange>> alteredTable(TablePair t, List<TableChange> changes, boolean postgres) {
        List<IntFunction<DestructiveChange>> out = new ArrayList<>();
        for (TableChange change : changes) {
            if (change instanceof TableChange.DropColumn d) {
                ColumnRef c = ref(t.previous, d.column());
                out.add(step -> new DestructiveChange.ColumnDrop(step, c));
            } else if (change instanceof TableChange.AddColumn a) {
                addedColumn(t.next, a.column(), out);
            } else if (change instanceof TableChange.DropPrimaryKey) {
                TableRef table = new TableRef(t.previous.namespace(), t.previous.name());
                out.add(step -> new DestructiveChange.PrimaryKeyChange(step, table));
            } else if (change instanceof TableChange.AlterColumn a) {
                alteredColumn(t.previous, a.previous(), a.next(), a.changes(), postgres, out);
            } else if (change instanceof TableChange.DropAndRecreateColumn d) {
                recreatedColumn(t.previous, d.previous(), d.next(), d.changes(), out);
            }
        }
        return out;
    }

    /** SQLite's table redefinitions: one step for every redefined table. */
    static List<IntFunction<DestructiveChange>> redefinedTables(List<TablePair> tables) {
        List<IntFunction<DestructiveChange>> out = new ArrayList<>();
        for (TablePair t : tables) {
            if (t.droppedPrimaryKey() || t.primaryKeyChanged()) {
                TableRef table = new TableRef(t.previous.namespace(), t.previous.name());
                out.add(step -> new DestructiveChange.PrimaryKeyChange(step, table));
            }
            for (Column c : t.addedColumns()) {
                addedColumn(t.next, c, out);
            }
            for (Column c : t.droppedColumns()) {
                ColumnRef ref = ref(t.previous, c);
                out.add(step -> new DestructiveChange.ColumnDrop(step, ref));
            }
            for (ColumnPair pair : t.columnPairs()) {
                ColumnChanges changes = pair.changes();
                boolean becameRequired = changes.arity() && pair.previous().arity().isOptional()
                        && pair.next().arity().isRequired();
                if (!changes.typeChanged() && !becameRequired) {
                    continue;
                }
                ColumnRef ref = ref(t.previous, pair.previous());
                if (changes.arity() && pair.next().arity().isRequired() && !hasDefault(pair.next())) {
                    out.add(step -> new DestructiveChange.MadeOptionalFieldRequired(step, ref));
                }
                castCheck(ref, pair.previous(), pair.next(), changes, false, out);
            }
        }
        return out;
    }

    private static void addedColumn(Table table, Column c, List<IntFunction<DestructiveChange>> out) {
        if (c.arity().isRequired() && !hasDefault(c)) {
            ColumnRef ref = ref(table, c);
            out.add(step -> new DestructiveChange.AddedRequiredColumn(step, ref));
        }
    }

    private static void alteredColumn(Table table, Column p, Column n, ColumnChanges changes, boolean postgres,
                                      List<IntFunction<DestructiveChange>> out) {
        ColumnRef ref = ref(table, p);
        if (changes.arity() && p.arity().isOptional() && n.arity().isRequired()) {
            out.add(step -> new DestructiveChange.MadeOptionalFieldRequired(step, ref));
        }
        if (changes.arity() && !p.arity().isList() && n.arity().isList()) {
            out.add(step -> new DestructiveChange.MadeScalarFieldIntoArrayField(step, ref));
        }
        castCheck(ref, p, n, changes, postgres, out);
    }

    private static void castCheck(ColumnRef ref, Column p, Column n, ColumnChanges changes, boolean postgres,
                                  List<IntFunction<DestructiveChange>> out) {
        if (changes.typeChange() == ColumnChanges.TypeChange.RISKY_CAST) {
            String from = displayType(p, postgres);
            String to = displayType(n, postgres);
            out.add(step -> new DestructiveChange.RiskyCast(step, ref, from, to));
        } else if (changes.typeChange() == ColumnChanges.TypeChange.NOT_CASTABLE) {
            String from = displayType(p, postgres);
            String to = displayType(n, postgres);
            out.add(step -> new DestructiveChange.NotCastable(step, ref, from, to));
        }
    }

    /** PostgreSQL's drop-and-add of a column whose type has no cast. */
    private static void recreatedColumn(Table table, Column p, Column n, ColumnChanges changes,
                                        List<IntFunction<DestructiveChange>> out) {
        ColumnRef ref = ref(table, p);
        if (changes.arity() && p.arity().isOptional() && n.arity().isRequired() && !hasDefault(n)) {
            out.add(step -> new DestructiveChange.AddedRequiredColumn(step, ref));
        } else if (n.arity().isRequired() && !hasDefault(n)) {
            out.add(step -> new DestructiveChange.DropAndRecreateRequiredColumn(step, ref));
        } else {
            out.add(step -> new DestructiveChange.DropAndRecreateColumn(step, ref));
        }
    }

    /** A database default; a sequence (autoincrement) is one, as in Prisma's calculated schema. */
    private static boolean hasDefault(Column c) {
        return c.defaultValue() != null || c.autoincrement();
    }

    private static ColumnRef ref(Table t, Column c) {
        return new ColumnRef(t.namespace(), t.name(), c.name());
    }

    /**
     * A column type as Prisma's warnings print it: on PostgreSQL the native type ({@code Text},
     * {@code VarChar(3)}), on SQLite the type family ({@code String}, {@code Int}).
     */
    static String displayType(Column c, boolean postgres) {
        if (c.type() instanceof ScalarType.Unsupported u) {
            return "Unsupported(\"" + u.dbType() + "\")";
        }
        if (c.enumType() != null) {
            return "Enum(\"" + c.enumType().databaseName() + "\")";
        }
        BuiltinType builtin = c.type().builtin();
        if (postgres) {
            NativeType nt = c.nativeType() != null ? c.nativeType() : PostgresDdl.defaultNativeType(builtin);
            if (nt != null) {
                return nt.args().isEmpty() ? nt.name()
                        : nt.name() + "(" + String.join(",", nt.args().stream().map(String::trim).toList()) + ")";
            }
        }
        if (builtin == null) {
            return "Unsupported";
        }
        return builtin == BuiltinType.BYTES ? "Binary" : builtin.schemaName();
    }
}
