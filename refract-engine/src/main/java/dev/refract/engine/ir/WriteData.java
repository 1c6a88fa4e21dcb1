package dev.refract.engine.ir;

import java.util.List;

/**
 * The data for one record of a create or an update, in input order: its scalar assignments and its
 * nested writes on relations. Foreign keys set directly (Prisma's "unchecked" inputs) are plain
 * scalar assignments; relations written through the relation field are {@link NestedWrite}s.
 *
 * <p>Defaults are not filled in here: the executor applies {@code @default} and {@code @updatedAt}
 * for the fields that {@code scalars} leaves out.
 *
 * @param scalars the scalar assignments, at most one per field
 * @param nested the nested writes, in the order the input gave them
 */
public record WriteData(List<FieldWrite> scalars, List<NestedWrite> nested) {
    /** No data: {@code create: {}}. */
    public static final WriteData EMPTY = new WriteData(List.of(), List.of());

    public WriteData {
        scalars = List.copyOf(scalars);
        nested = List.copyOf(nested);
    }

    /** Only scalar assignments. */
    public static WriteData of(List<FieldWrite> scalars) {
        return new WriteData(scalars, List.of());
    }
}
