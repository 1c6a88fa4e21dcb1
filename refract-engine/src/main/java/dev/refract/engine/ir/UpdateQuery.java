package dev.refract.engine.ir;

import dev.refract.model.Model;
import java.util.Objects;

/**
 * updateOne: change the one record a unique selector finds (P2025 when none).
 *
 * @param model the model updated
 * @param where a unique selector, with any extra filters (Prisma's extended where-unique, which
 *     makes optimistic {@code version} checks possible)
 * @param data the new values and nested writes
 * @param selection what the returned record holds
 */
public record UpdateQuery(Model model, Filter where, WriteData data, Selection selection) implements WriteQuery {
    public UpdateQuery {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(selection, "selection");
    }

    @Override
    public Action action() {
        return Action.UPDATE_ONE;
    }
}
