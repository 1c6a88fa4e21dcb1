package dev.refract.migrate.ddl;

import dev.refract.migrate.ddl.ColumnChanges.TypeChange;
import dev.refract.migrate.ddl.SqlSchema.Column;
import dev.refract.migrate.ddl.SqlSchema.ForeignKey;
import dev.refract.migrate.ddl.SqlSchema.Index;
import dev.refract.migrate.ddl.SqlSchema.SqlEnum;
import dev.refract.migrate.ddl.SqlSchema.Table;
import dev.refract.migrate.ddl.TablePair.ColumnPair;
import dev.refract.model.BuiltinType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * SQLite's migration statements, as Prisma Migrate writes them. Prisma uses SQLite's ALTER TABLE
 * only to add nullable columns, so any other change to a table recreates it:
 * {@code new_X} is created with the new definition, the kept columns copied over, the old table
 * dropped and the new one renamed, foreign key checks deferred around it all.
 */
final class SqliteMigration implements MigrationDialect {
    static final SqliteMigration INSTANCE = new SqliteMigration();

    private SqliteMigration() {
    }

    private static String ident(String name) {
        return "\"" + name + "\"";
    }

    @Override
    public Dialect ddl() {
        return SqliteDdl.INSTANCE;
    }

    /** By type family: same family no change, anything to text safe, text or dates to numbers impossible. */
    @Override
    public TypeChange typeChange(Column previous, Column next) {
        String a = family(previous);
        String b = family(next);
        if (a.equals(b)) {
            return null;
        }
        if (b.equals("STRING")) {
            return TypeChange.SAFE_CAST;
        }
        if (a.equals("STRING") && (b.equals("INT") || b.equals("FLOAT"))
                || a.equals("DATE_TIME") && b.equals("FLOAT")) {
            return TypeChange.NOT_CASTABLE;
        }
        return TypeChange.RISKY_CAST;
    }

    private static String family(Column c) {
        if (c.enumType() != null) {
            return "STRING";
        }
        BuiltinType t = c.type().builtin();
        return t == null ? SqliteDdl.columnType(c) : t.name();
    }

    @Override
    public boolean autoincrementChanged(TablePair table, Column previous, Column next) {
        return false;
    }

    @Override
    public boolean copesWithForeignKeyColumnBecomingRequired() {
        return false;
    }

    @Override
    public boolean needsRedefinition(TablePair t) {
        return t.createdPrimaryKey() || t.droppedPrimaryKey() || t.primaryKeyChanged()
                || !t.droppedColumns().isEmpty()
                || t.addedColumns().stream().anyMatch(c -> c.arity().isRequired())
                || t.columnPairs().stream().anyMatch(c -> c.changes().any())
                || !t.createdForeignKeys().isEmpty() || !t.droppedForeignKeys().isEmpty();
    }

    @Override
    public boolean canRenameIndex() {
        return false;
    }

    @Override
    public boolean foreignKeysAreSteps() {
        return false;
    }

    @Override
    public boolean recreatesIndexesAfterColumnDrop() {
        return false;
    }

    @Override
    public List<String> dropTable(Table table) {
        return List.of("PRAGMA foreign_keys=off", "DROP TABLE " + ident(table.name()), "PRAGMA foreign_keys=on");
    }

    @Override
    public String dropIndex(Table table, Index index) {
        return "DROP INDEX " + ident(index.name());
    }

    @Override
    public String dropForeignKey(Table table, ForeignKey foreignKey) {
        throw new UnsupportedOperationException("SQLite redefines the table");
    }

    @Override
    public String renameIndex(Table table, Index previous, Index next) {
        throw new UnsupportedOperationException("SQLite cannot rename an index");
    }

    @Override
    public String renameForeignKey(Table table, ForeignKey previous, ForeignKey next) {
        throw new UnsupportedOperationException("SQLite redefines the table");
    }

    /** Only added nullable columns reach here: one ALTER TABLE per column. */
    @Override
    public List<String> alterTable(TablePair t, List<TableChange> changes) {
        List<String> out = new ArrayList<>();
        for (TableChange change : changes) {
            if (change instanceof TableChange.AddColumn a) {
                out.add("ALTER TABLE " + ident(t.next.name()) + " ADD COLUMN " + SqliteDdl.column(t.next, a.column()));
            }
        }
        return out;
    }

    @Override
    public String dropEnum(SqlEnum sqlEnum) {
        throw new UnsupportedOperationException("SQLite has no enum types");
    }

    @Override
    public List<String> alterEnum(SqlEnum p, SqlEnum n, List<String> added, List<String> dropped,
                                  SqlSchema previousSchema, SqlSchema nextSchema) {
        throw new UnsupportedOperationException("SQLite has no enum types");
    }

    @Override
    public List<String> redefineTables(List<TablePair> tables) {
        List<String> out = new ArrayList<>();
        out.add("PRAGMA defer_foreign_keys=ON");
        out.add("PRAGMA foreign_keys=OFF");
        for (TablePair t : tables) {
            String temporary = "new_" + t.next.name();
            Table renamed = new Table(t.next.namespace(), temporary, t.next.columns(), t.next.primaryKey(),
                    t.next.indexes(), t.next.foreignKeys());
            out.add(SqliteDdl.INSTANCE.createTable(renamed));
            List<String> target = new ArrayList<>();
            List<String> source = new ArrayList<>();
            // Every kept column is copied, whatever its type change (SQLite converts or keeps the value).
            for (ColumnPair c : t.columnPairs()) {
                target.add(ident(c.next().name()));
                boolean becameRequiredWithDefault = c.changes().arity() && c.next().arity().isRequired()
                        && c.next().defaultValue() != null;
                source.add(becameRequiredWithDefault ? "coalesce(" + ident(c.previous().name()) + ", "
                        + SqliteDdl.defaultValue(c.next().defaultValue()) + ") AS " + ident(c.next().name())
                        : ident(c.previous().name()));
            }
            if (!target.isEmpty()) {
                out.add("INSERT INTO " + ident(temporary) + " (" + String.join(", ", target) + ") SELECT "
                        + String.join(", ", source) + " FROM " + ident(t.previous.name()));
            }
            out.add("DROP TABLE " + ident(t.previous.name()));
            out.add("ALTER TABLE " + ident(temporary) + " RENAME TO " + ident(t.next.name()));
            for (Index i : t.next.indexes()) {
                out.add(SqliteDdl.INSTANCE.createIndex(t.next, i));
            }
        }
        out.add("PRAGMA foreign_keys=ON");
        out.add("PRAGMA defer_foreign_keys=OFF");
        return out;
    }

    static String columnsOf(List<Column> columns) {
        return columns.stream().map(c -> ident(c.name())).collect(Collectors.joining(", "));
    }
}
