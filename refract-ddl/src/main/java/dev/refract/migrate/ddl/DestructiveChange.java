package dev.refract.migrate.ddl;

import java.util.List;

/**
 * A change in a migration that may lose data or fail on a database that holds rows, as Prisma's
 * destructive change checker plans them: which check to run, on which table or column. Whether it
 * becomes a warning (or an error) depends on the rows found, which {@code refract-migrate}'s
 * {@code DestructiveChecks} counts; {@link MigrationDiff#destructiveChanges()} lists them in the
 * order of the migration's steps.
 *
 * <p>The {@link #unexecutable()} ones cannot run on a table with rows (or with NULLs) at all; the
 * others are warnings.
 */
public sealed interface DestructiveChange {
    /** The index of the migration step (in {@link MigrationDiff} order) this change belongs to. */
    int step();

    /** True for the checks Prisma reports as "unexecutable" rather than as warnings. */
    default boolean unexecutable() {
        return false;
    }

    /** A table, with its schema where the datasource lists schemas (else null). */
    record TableRef(String namespace, String name) {
    }

    /** A column of a table. */
    record ColumnRef(String namespace, String table, String name) {
        /** The table this column belongs to. */
        public TableRef tableRef() {
            return new TableRef(namespace, table);
        }
    }

    /** A table is dropped: a warning when it has rows. */
    record TableDrop(int step, TableRef table) implements DestructiveChange {
    }

    /** A column is dropped: a warning when it holds non-null values. */
    record ColumnDrop(int step, ColumnRef column) implements DestructiveChange {
    }

    /** A column changes type by a cast that may fail or lose precision: a warning when it holds values. */
    record RiskyCast(int step, ColumnRef column, String previousType, String nextType) implements DestructiveChange {
    }

    /** A column changes type without a cast (SQLite table redefinition): a warning when it holds values. */
    record NotCastable(int step, ColumnRef column, String previousType, String nextType) implements DestructiveChange {
    }

    /** An optional column is dropped and added again (no cast exists): a warning when it holds values. */
    record DropAndRecreateColumn(int step, ColumnRef column) implements DestructiveChange {
    }

    /** The primary key is dropped or changed: a warning unless the table is empty. */
    record PrimaryKeyChange(int step, TableRef table) implements DestructiveChange {
    }

    /** A unique index is added to an existing table: always a warning (duplicates make it fail). */
    record UniqueConstraintAddition(int step, String table, List<String> columns) implements DestructiveChange {
        public UniqueConstraintAddition {
            columns = List.copyOf(columns);
        }
    }

    /** Enum values are removed: always a warning (rows still using them make it fail). */
    record EnumValueRemoval(int step, String enumName, List<String> values) implements DestructiveChange {
        public EnumValueRemoval {
            values = List.copyOf(values);
        }
    }

    /** A required column without a default is added: unexecutable when the table has rows. */
    record AddedRequiredColumn(int step, ColumnRef column) implements DestructiveChange {
        @Override
        public boolean unexecutable() {
            return true;
        }
    }

    /** An optional column becomes required: unexecutable when it holds NULLs. */
    record MadeOptionalFieldRequired(int step, ColumnRef column) implements DestructiveChange {
        @Override
        public boolean unexecutable() {
            return true;
        }
    }

    /** A scalar column becomes a list: unexecutable when it holds values. */
    record MadeScalarFieldIntoArrayField(int step, ColumnRef column) implements DestructiveChange {
        @Override
        public boolean unexecutable() {
            return true;
        }
    }

    /** A required column without a default is dropped and added again: unexecutable when the table has rows. */
    record DropAndRecreateRequiredColumn(int step, ColumnRef column) implements DestructiveChange {
        @Override
        public boolean unexecutable() {
            return true;
        }
    }
}
