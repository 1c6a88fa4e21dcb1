package dev.refract.migrate.ddl;

import dev.refract.migrate.ddl.SqlSchema.Column;
import dev.refract.migrate.ddl.SqlSchema.ForeignKey;
import dev.refract.migrate.ddl.SqlSchema.Index;
import dev.refract.migrate.ddl.SqlSchema.SqlEnum;
import dev.refract.migrate.ddl.SqlSchema.Table;
import java.util.List;

/**
 * What differs between databases when changing a schema: which changes the database can make in
 * place, and the text of each statement. {@link SchemaDiffer} decides and orders the steps.
 */
interface MigrationDialect {
    /** The CREATE statements. */
    Dialect ddl();

    /** How the column's type changes, or null when it does not. */
    ColumnChanges.TypeChange typeChange(Column previous, Column next);

    boolean autoincrementChanged(TablePair table, Column previous, Column next);

    /** True when a foreign key survives its column becoming required (no drop and add). */
    boolean copesWithForeignKeyColumnBecomingRequired();

    /** True when this table's changes need the table recreated (SQLite). */
    boolean needsRedefinition(TablePair table);

    /** True when ALTER INDEX ... RENAME exists; else a renamed index is dropped and created. */
    boolean canRenameIndex();

    /** True when foreign keys live apart from CREATE TABLE (dropped and added in steps of their own). */
    boolean foreignKeysAreSteps();

    /** True when a column recreated for a type change loses its indexes, to be created again. */
    boolean recreatesIndexesAfterColumnDrop();

    List<String> dropTable(Table table);

    String dropIndex(Table table, Index index);

    String dropForeignKey(Table table, ForeignKey foreignKey);

    String renameIndex(Table table, Index previous, Index next);

    String renameForeignKey(Table table, ForeignKey previous, ForeignKey next);

    /** The statements of one AlterTable step. */
    List<String> alterTable(TablePair table, List<TableChange> changes);

    String dropEnum(SqlEnum sqlEnum);

    /** The statements of one AlterEnum step. */
    List<String> alterEnum(SqlEnum previous, SqlEnum next, List<String> added, List<String> dropped,
                           SqlSchema previousSchema, SqlSchema nextSchema);

    /** The statements of the RedefineTables step. */
    List<String> redefineTables(List<TablePair> tables);
}
