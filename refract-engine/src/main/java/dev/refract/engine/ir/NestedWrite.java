package dev.refract.engine.ir;

import dev.refract.model.RelationField;
import java.util.List;

/**
 * A write on the records related through one relation field, inside a create or an update:
 * {@code posts: {create: [...], connect: [...]}} is one {@code NestedWrite} per operation.
 *
 * <p>Each operation holds a list even on to-one relations, where it has one element. Selectors
 * ({@code where}) are filters: unique selectors for connect, set, disconnect, update, upsert and
 * delete on to-many relations (extended with any extra filters, as Prisma's where-unique is); any
 * filter for updateMany and deleteMany. On a to-one relation, {@code disconnect: true},
 * {@code delete: true} and an update or upsert without {@code where} carry {@link Filter#TRUE};
 * {@code disconnect: false} and {@code delete: false} are not written at all.
 */
public sealed interface NestedWrite {
    /** The relation field of the record being written through which the related records are reached. */
    RelationField field();

    /** {@code create}: new related records. */
    record Create(RelationField field, List<WriteData> data) implements NestedWrite {
        public Create {
            data = List.copyOf(data);
        }
    }

    /** {@code createMany} (to-many only): new related records in bulk, without their own nested writes. */
    record CreateMany(RelationField field, List<WriteData> data, boolean skipDuplicates) implements NestedWrite {
        public CreateMany {
            data = List.copyOf(data);
        }
    }

    /** {@code connect}: link existing records, which must exist (P2025 otherwise). */
    record Connect(RelationField field, List<Filter> where) implements NestedWrite {
        public Connect {
            where = List.copyOf(where);
        }
    }

    /** {@code connectOrCreate}: link the record the selector finds, or create it. */
    record ConnectOrCreate(RelationField field, List<WhereCreate> items) implements NestedWrite {
        public ConnectOrCreate {
            items = List.copyOf(items);
        }
    }

    /** {@code disconnect}: unlink records, keeping them. */
    record Disconnect(RelationField field, List<Filter> where) implements NestedWrite {
        public Disconnect {
            where = List.copyOf(where);
        }
    }

    /** {@code set} (to-many only): unlink every related record, then link exactly these. */
    record Set(RelationField field, List<Filter> where) implements NestedWrite {
        public Set {
            where = List.copyOf(where);
        }
    }

    /** {@code update}: change related records, which must exist and be related (P2025 otherwise). */
    record Update(RelationField field, List<WhereData> items) implements NestedWrite {
        public Update {
            items = List.copyOf(items);
        }
    }

    /** {@code updateMany} (to-many only): change every related record a filter matches. */
    record UpdateMany(RelationField field, List<WhereData> items) implements NestedWrite {
        public UpdateMany {
            items = List.copyOf(items);
        }
    }

    /** {@code upsert}: update the related record the selector finds, or create and link one. */
    record Upsert(RelationField field, List<WhereUpsert> items) implements NestedWrite {
        public Upsert {
            items = List.copyOf(items);
        }
    }

    /** {@code delete}: delete related records, which must exist and be related (P2017/P2025 otherwise). */
    record Delete(RelationField field, List<Filter> where) implements NestedWrite {
        public Delete {
            where = List.copyOf(where);
        }
    }

    /** {@code deleteMany} (to-many only): delete every related record a filter matches. */
    record DeleteMany(RelationField field, List<Filter> where) implements NestedWrite {
        public DeleteMany {
            where = List.copyOf(where);
        }
    }

    /** A selector and the record to create when it finds nothing. */
    record WhereCreate(Filter where, WriteData create) {
    }

    /** A selector and the data to write to what it finds. */
    record WhereData(Filter where, WriteData data) {
    }

    /** A selector, the record to create when it finds nothing, and the update when it finds one. */
    record WhereUpsert(Filter where, WriteData create, WriteData update) {
    }
}
