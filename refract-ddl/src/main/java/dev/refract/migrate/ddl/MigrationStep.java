package dev.refract.migrate.ddl;

import java.util.List;
import java.util.function.IntFunction;

/**
 * One step of a migration as Prisma Migrate orders and labels it: its kind (the {@code -- Kind}
 * comment above its SQL), a sort key and its statements, without trailing semicolons.
 *
 * <p>Prisma sorts steps by kind first, then by the ids of the objects they touch (their positions
 * in the schema they come from), which is what {@code keys} holds.
 *
 * @param summary the lines this step adds to the human summary ({@code migrate diff} without
 *     {@code --script}), each with the section it belongs to
 * @param checks the destructive change checks this step needs, each made once the step's index in
 *     the sorted migration is known
 */
record MigrationStep(Kind kind, List<Integer> keys, List<String> statements, List<SummaryLine> summary,
                     List<IntFunction<DestructiveChange>> checks)
        implements Comparable<MigrationStep> {

    /** The kinds of step, in the order Prisma applies them. */
    enum Kind {
        CreateSchema, DropExtension, CreateExtension, AlterExtension, AlterSequence, DropView,
        DropUserDefinedType, CreateEnum, AlterEnum, DropForeignKey, DropIndex, AlterTable, AlterPrimaryKey,
        DropTable, DropEnum, CreateTable, RedefineTables, CreateIndex, RenameForeignKey, AddForeignKey,
        RenameIndex, RedefineIndex
    }

    /**
     * A line of the human summary: the section ({@link Section}) and the item it is about (a table
     * or enum name, or empty for the list sections), then the text of the line.
     */
    record SummaryLine(Section section, String item, String text) {
    }

    /** Summary sections, in the order Prisma prints them. */
    enum Section {
        AlteredExtension, DroppedExtension, CreatedExtension, AddedEnum, AddedTable, RemovedEnum, RemovedTable,
        RemovedUdt, RemovedView, RedefinedTable, ChangedEnum, ChangedTable
    }

    MigrationStep {
        keys = List.copyOf(keys);
        statements = List.copyOf(statements);
        summary = List.copyOf(summary);
        checks = List.copyOf(checks);
    }

    /** A step that risks no data. */
    MigrationStep(Kind kind, List<Integer> keys, List<String> statements, List<SummaryLine> summary) {
        this(kind, keys, statements, summary, List.of());
    }

    static MigrationStep of(Kind kind, List<Integer> keys, String statement, SummaryLine... summary) {
        return new MigrationStep(kind, keys, List.of(statement), List.of(summary));
    }

    @Override
    public int compareTo(MigrationStep o) {
        int c = kind.compareTo(o.kind);
        for (int i = 0; c == 0 && i < Math.min(keys.size(), o.keys.size()); i++) {
            c = Integer.compare(keys.get(i), o.keys.get(i));
        }
        return c != 0 ? c : Integer.compare(keys.size(), o.keys.size());
    }
}
