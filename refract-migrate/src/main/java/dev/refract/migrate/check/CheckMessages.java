package dev.refract.migrate.check;

import dev.refract.migrate.ddl.DestructiveChange;
import dev.refract.migrate.ddl.DestructiveChange.AddedRequiredColumn;
import dev.refract.migrate.ddl.DestructiveChange.ColumnDrop;
import dev.refract.migrate.ddl.DestructiveChange.ColumnRef;
import dev.refract.migrate.ddl.DestructiveChange.DropAndRecreateColumn;
import dev.refract.migrate.ddl.DestructiveChange.DropAndRecreateRequiredColumn;
import dev.refract.migrate.ddl.DestructiveChange.EnumValueRemoval;
import dev.refract.migrate.ddl.DestructiveChange.MadeOptionalFieldRequired;
import dev.refract.migrate.ddl.DestructiveChange.MadeScalarFieldIntoArrayField;
import dev.refract.migrate.ddl.DestructiveChange.NotCastable;
import dev.refract.migrate.ddl.DestructiveChange.PrimaryKeyChange;
import dev.refract.migrate.ddl.DestructiveChange.RiskyCast;
import dev.refract.migrate.ddl.DestructiveChange.TableDrop;
import dev.refract.migrate.ddl.DestructiveChange.TableRef;
import dev.refract.migrate.ddl.DestructiveChange.UniqueConstraintAddition;
import dev.refract.migrate.check.DestructiveChecks.Counts;

/**
 * What each check needs counted, and its message given the counts (Prisma's rules and wording).
 * A count of 0 rows, or of 0 values in the column, makes most checks silent; an unknown count
 * (a pure check) gives the hedged wording.
 */
final class CheckMessages {
    private CheckMessages() {
    }

    /** The table whose rows the check needs, or null. */
    static TableRef neededRowCount(DestructiveChange c) {
        if (c instanceof TableDrop t) {
            return t.table();
        }
        if (c instanceof PrimaryKeyChange p) {
            return p.table();
        }
        ColumnRef column = column(c);
        boolean needsTable = c instanceof DropAndRecreateColumn || c.unexecutable();
        return needsTable && column != null ? column.tableRef() : null;
    }

    /** The column whose non-null values the check needs, or null. */
    static ColumnRef neededValueCount(DestructiveChange c) {
        if (c instanceof ColumnDrop || c instanceof RiskyCast || c instanceof DropAndRecreateColumn
                || c instanceof MadeOptionalFieldRequired || c instanceof MadeScalarFieldIntoArrayField) {
            return column(c);
        }
        // Prisma counts nothing for the other checks (a NotCastable change included).
        return null;
    }

    private static ColumnRef column(DestructiveChange c) {
        if (c instanceof ColumnDrop d) {
            return d.column();
        }
        if (c instanceof RiskyCast r) {
            return r.column();
        }
        if (c instanceof NotCastable n) {
            return n.column();
        }
        if (c instanceof DropAndRecreateColumn d) {
            return d.column();
        }
        if (c instanceof AddedRequiredColumn a) {
            return a.column();
        }
        if (c instanceof MadeOptionalFieldRequired m) {
            return m.column();
        }
        if (c instanceof MadeScalarFieldIntoArrayField m) {
            return m.column();
        }
        if (c instanceof DropAndRecreateRequiredColumn d) {
            return d.column();
        }
        return null;
    }

    private static boolean zero(Long n) {
        return n != null && n == 0;
    }

    /** The message, or null when the counts show the change is harmless. */
    static String of(DestructiveChange c, Counts counts) {
        if (c instanceof TableDrop t) {
            Long rows = counts.rows(t.table());
            if (zero(rows)) {
                return null;
            }
            return rows != null ? "You are about to drop the `" + t.table().name() + "` table, which is not empty ("
                    + rows + " rows)." : "You are about to drop the `" + t.table().name()
                    + "` table. If the table is not empty, all the data it contains will be lost.";
        }
        if (c instanceof PrimaryKeyChange p) {
            return zero(counts.rows(p.table())) ? null : "The primary key for the `" + p.table().name()
                    + "` table will be changed. If it partially fails, the table could be left without primary key"
                    + " constraint.";
        }
        if (c instanceof UniqueConstraintAddition u) {
            return "A unique constraint covering the columns `[" + String.join(",", u.columns()) + "]` on the table `"
                    + u.table() + "` will be added. If there are existing duplicate values, this will fail.";
        }
        if (c instanceof EnumValueRemoval e) {
            return "The values [" + String.join(",", e.values()) + "] on the enum `" + e.enumName()
                    + "` will be removed. If these variants are still used in the database, this will fail.";
        }
        ColumnRef col = column(c);
        Long rows = counts.rows(col);
        Long values = counts.values(col);
        String on = "`" + col.name() + "` on the `" + col.table() + "` table";
        if (c instanceof AddedRequiredColumn) {
            if (zero(rows)) {
                return null;
            }
            return "Added the required column `" + col.name() + "` to the `" + col.table()
                    + "` table without a default value. " + (rows != null ? "There are " + rows
                    + " rows in this table, it is not possible to execute this step."
                    : "This is not possible if the table is not empty.");
        }
        if (c instanceof DropAndRecreateRequiredColumn) {
            if (zero(rows)) {
                return null;
            }
            return "Changed the type of " + on + ". No cast exists, the column would be dropped and recreated, which"
                    + (rows != null ? " cannot be done since the column is required and there is data in the table."
                    : " cannot be done if there is data, since the column is required.");
        }
        if (c instanceof MadeOptionalFieldRequired) {
            if (zero(rows)) {
                return null;
            }
            String made = "Made the column `" + col.name() + "` on table `" + col.table() + "` required";
            if (rows != null && values != null) {
                long nulls = rows - values;
                return nulls == 0 ? null : made + ", but there are " + nulls + " existing NULL values.";
            }
            return made + ". This step will fail if there are existing NULL values in that column.";
        }
        // The remaining checks are silent on an empty table or a column of NULLs only.
        if (zero(rows) || zero(values)) {
            return null;
        }
        if (c instanceof MadeScalarFieldIntoArrayField) {
            return "Changed the column " + on + " from a scalar field to a list field. " + (values != null
                    ? "There are " + values + " existing non-null values in that column, this step cannot be executed."
                    : "If there are non-null values in that column, this step will fail.");
        }
        if (c instanceof ColumnDrop) {
            return "You are about to drop the column " + on + (values != null ? ", which still contains " + values
                    + " non-null values." : ". All the data in the column will be lost.");
        }
        if (c instanceof DropAndRecreateColumn) {
            return "The " + "`" + col.name() + "` column on the `" + col.table()
                    + "` table would be dropped and recreated. This will lead to data loss"
                    + (values != null ? "." : " if there is data in the column.");
        }
        if (c instanceof RiskyCast r) {
            String cast = " The data in that column will be cast from `" + r.previousType() + "` to `" + r.nextType()
                    + "`.";
            return "You are about to alter the column " + on + (values != null ? ", which contains " + values
                    + " non-null values." : ". The data in that column could be lost.") + cast;
        }
        NotCastable n = (NotCastable) c;
        return "You are about to alter the column " + on + (values != null ? ", which contains " + values
                + " non-null values." : ".") + " The data in that column will be cast from `" + n.previousType()
                + "` to `" + n.nextType() + "`. This cast may fail. Please make sure the data in the column can be cast.";
    }
}
