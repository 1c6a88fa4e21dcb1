package dev.refract.migrate.ddl;

import dev.refract.migrate.ddl.SqlSchema.Column;

/** One clause of an ALTER TABLE step, in the kinds Prisma's differ distinguishes. */
sealed interface TableChange {
    /** The previous primary key goes. */
    record DropPrimaryKey() implements TableChange {
    }

    /** The primary key keeps its columns but gets another name. */
    record RenamePrimaryKey() implements TableChange {
    }

    /** The next primary key is added. */
    record AddPrimaryKey() implements TableChange {
    }

    record AddColumn(Column column) implements TableChange {
    }

    record DropColumn(Column column) implements TableChange {
    }

    /** A column changed in place (ALTER COLUMN clauses). */
    record AlterColumn(Column previous, Column next, ColumnChanges changes) implements TableChange {
    }

    /** A column whose type cannot be converted: dropped and added again. */
    record DropAndRecreateColumn(Column previous, Column next, ColumnChanges changes) implements TableChange {
    }
}
