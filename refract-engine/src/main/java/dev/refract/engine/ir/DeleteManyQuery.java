package dev.refract.engine.ir;

import dev.refract.model.Model;
import java.util.Objects;

/**
 * deleteMany: delete every record a filter matches; returns the count.
 *
 * @param model the model deleted from
 * @param where the filter; {@link Filter#TRUE} for all
 * @param limit at most this many records, or null
 */
public record DeleteManyQuery(Model model, Filter where, Long limit) implements WriteQuery {
    public DeleteManyQuery {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(where, "where");
    }

    @Override
    public Action action() {
        return Action.DELETE_MANY;
    }

    @Override
    public Selection selection() {
        return null;
    }
}
