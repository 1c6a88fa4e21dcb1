package dev.refract.engine.ir;

import dev.refract.model.Model;
import java.util.Objects;

/**
 * updateMany, or updateManyAndReturn when {@code selection} is set: change every record a
 * filter matches. Scalars only: Prisma's updateMany takes no nested writes.
 *
 * @param model the model updated
 * @param where the filter; {@link Filter#TRUE} for all
 * @param data the new values (no nested writes)
 * @param limit at most this many records, or null
 * @param selection what each returned record holds (updateManyAndReturn), or null (updateMany,
 *     which returns the count)
 */
public record UpdateManyQuery(Model model, Filter where, WriteData data, Long limit, Selection selection)
        implements WriteQuery {
    public UpdateManyQuery {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(data, "data");
    }

    @Override
    public Action action() {
        return selection == null ? Action.UPDATE_MANY : Action.UPDATE_MANY_AND_RETURN;
    }
}
