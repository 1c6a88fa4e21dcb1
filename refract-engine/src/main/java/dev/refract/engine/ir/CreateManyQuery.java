package dev.refract.engine.ir;

import dev.refract.model.Model;
import java.util.Objects;

/**
 * createMany, or createManyAndReturn when {@code selection} is set: records in bulk, without
 * nested writes, in multi-row INSERTs.
 *
 * @param model the model created
 * @param data one entry per record, scalars only
 * @param skipDuplicates skip records that would break a unique constraint instead of failing
 * @param selection what each returned record holds (createManyAndReturn), or null (createMany,
 *     which returns the count)
 */
public record CreateManyQuery(Model model, java.util.List<WriteData> data, boolean skipDuplicates, Selection selection)
        implements WriteQuery {
    public CreateManyQuery {
        Objects.requireNonNull(model, "model");
        data = java.util.List.copyOf(data);
    }

    @Override
    public Action action() {
        return selection == null ? Action.CREATE_MANY : Action.CREATE_MANY_AND_RETURN;
    }
}
