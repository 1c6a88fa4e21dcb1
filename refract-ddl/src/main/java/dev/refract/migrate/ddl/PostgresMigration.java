package dev.refract.migrate.ddl;

import static dev.refract.migrate.ddl.PostgresDdl.ident;
import static dev.refract.migrate.ddl.PostgresDdl.qualified;

import dev.refract.migrate.ddl.ColumnChanges.TypeChange;
import dev.refract.migrate.ddl.SqlSchema.Column;
import dev.refract.migrate.ddl.SqlSchema.ForeignKey;
import dev.refract.migrate.ddl.SqlSchema.Index;
import dev.refract.migrate.ddl.SqlSchema.SqlEnum;
import dev.refract.migrate.ddl.SqlSchema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/** PostgreSQL's ALTER and DROP statements, as Prisma Migrate writes them. */
final class PostgresMigration implements MigrationDialect {
    static final PostgresMigration INSTANCE = new PostgresMigration();

    private PostgresMigration() {
    }

    @Override
    public Dialect ddl() {
        return PostgresDdl.INSTANCE;
    }

    @Override
    public TypeChange typeChange(Column previous, Column next) {
        return PostgresCasts.typeChange(previous, next);
    }

    @Override
    public boolean autoincrementChanged(TablePair table, Column previous, Column next) {
        return previous.autoincrement() != next.autoincrement();
    }

    @Override
    public boolean copesWithForeignKeyColumnBecomingRequired() {
        return true;
    }

    @Override
    public boolean needsRedefinition(TablePair table) {
        return false;
    }

    @Override
    public boolean canRenameIndex() {
        return true;
    }

    @Override
    public boolean foreignKeysAreSteps() {
        return true;
    }

    @Override
    public boolean recreatesIndexesAfterColumnDrop() {
        return true;
    }

    @Override
    public List<String> dropTable(Table table) {
        return List.of("DROP TABLE " + qualified(table.namespace(), table.name()));
    }

    @Override
    public String dropIndex(Table table, Index index) {
        return "DROP INDEX " + qualified(table.namespace(), index.name());
    }

    @Override
    public String dropForeignKey(Table table, ForeignKey fk) {
        return "ALTER TABLE " + qualified(table.namespace(), table.name()) + " DROP CONSTRAINT " + ident(fk.name());
    }

    @Override
    public String renameIndex(Table table, Index previous, Index next) {
        return "ALTER INDEX " + qualified(table.namespace(), previous.name()) + " RENAME TO " + ident(next.name());
    }

    @Override
    public String renameForeignKey(Table table, ForeignKey previous, ForeignKey next) {
        return "ALTER TABLE " + qualified(table.namespace(), table.name()) + " RENAME CONSTRAINT "
                + ident(previous.name()) + " TO " + ident(next.name());
    }

    @Override
    public String dropEnum(SqlEnum e) {
        return "DROP TYPE " + qualified(e.namespace(), e.name());
    }

    @Override
    public List<String> alterTable(TablePair t, List<TableChange> changes) {
        List<String> before = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        List<String> after = new ArrayList<>();
        for (TableChange change : changes) {
            if (change instanceof TableChange.DropPrimaryKey) {
                lines.add("DROP CONSTRAINT " + ident(t.previous.primaryKey().name()));
            } else if (change instanceof TableChange.RenamePrimaryKey) {
                lines.add("RENAME CONSTRAINT " + ident(t.previous.primaryKey().name()) + " TO "
                        + ident(t.next.primaryKey().name()));
            } else if (change instanceof TableChange.AddPrimaryKey) {
                lines.add("ADD CONSTRAINT " + ident(t.next.primaryKey().name()) + " PRIMARY KEY ("
                        + t.next.primaryKey().columns().stream().map(c -> ident(c.name()))
                                .collect(Collectors.joining(", ")) + ")");
            } else if (change instanceof TableChange.AddColumn a) {
                lines.add("ADD COLUMN " + PostgresDdl.column(a.column()));
            } else if (change instanceof TableChange.DropColumn d) {
                lines.add("DROP COLUMN " + ident(d.column().name()));
            } else if (change instanceof TableChange.DropAndRecreateColumn d) {
                lines.add("DROP COLUMN " + ident(d.previous().name()));
                lines.add("ADD COLUMN " + PostgresDdl.column(d.next()));
            } else if (change instanceof TableChange.AlterColumn a) {
                alterColumn(t, a, before, lines, after);
            }
        }
        List<String> out = new ArrayList<>(before);
        out.add("ALTER TABLE " + qualified(t.previous.namespace(), t.previous.name()) + " "
                + String.join(",\n", lines));
        out.addAll(after);
        return out;
    }

    private static void alterColumn(TablePair t, TableChange.AlterColumn a, List<String> before, List<String> lines,
                                    List<String> after) {
        String prefix = "ALTER COLUMN " + ident(a.previous().name());
        Column p = a.previous();
        Column n = a.next();
        boolean setType = false;
        ColumnChanges ch = a.changes();
        if (ch.arity()) {
            if (p.arity().isList() || n.arity().isList()) {
                setType = true;
            }
            if (n.arity().isRequired()) {
                lines.add(prefix + " SET NOT NULL");
            } else if (n.arity().isOptional()) {
                lines.add(prefix + " DROP NOT NULL");
            }
        }
        if (ch.defaultValue()) {
            String def = n.defaultValue() == null ? null
                    : PostgresDdl.defaultValue(n.defaultValue(), PostgresDdl.columnType(n));
            lines.add(def == null ? prefix + " DROP DEFAULT" : prefix + " SET DEFAULT " + def);
        }
        if (ch.typeChanged()) {
            setType = true;
        }
        if (ch.autoincrement()) {
            if (p.autoincrement()) {
                lines.add(prefix + " DROP DEFAULT");
                // The SERIAL's sequence goes with its default. A schema calculated from a datamodel
                // does not know the sequence's name, and Prisma then writes an empty one.
                after.add("DROP SEQUENCE " + ident(""));
            } else {
                String ns = t.next.namespace() == null ? "" : ident(t.next.namespace()) + ".";
                String sequence = (ns + t.next.name() + "_" + n.name() + "_seq").toLowerCase(Locale.ROOT);
                before.add("CREATE SEQUENCE " + sequence);
                lines.add(prefix + " SET DEFAULT nextval(" + Literals.quote(sequence) + ")");
                after.add("ALTER SEQUENCE " + sequence + " OWNED BY " + qualified(t.previous.namespace(),
                        t.previous.name()) + "." + ident(p.name()));
            }
        }
        if (setType) {
            lines.add(prefix + " SET DATA TYPE " + PostgresCasts.typeWithoutSerial(n));
        }
    }

    @Override
    public List<String> alterEnum(SqlEnum p, SqlEnum n, List<String> added, List<String> dropped,
                                  SqlSchema previousSchema, SqlSchema nextSchema) {
        return PostgresEnums.alter(p, n, added, dropped, previousSchema, nextSchema);
    }

    @Override
    public List<String> redefineTables(List<TablePair> tables) {
        throw new UnsupportedOperationException("PostgreSQL alters tables in place");
    }

    static boolean sameEnum(Column c, SqlEnum e) {
        return c.enumType() != null && c.enumType().databaseName().equals(e.name())
                && (e.namespace() == null || Objects.equals(c.enumType().schema(), e.namespace()));
    }
}
