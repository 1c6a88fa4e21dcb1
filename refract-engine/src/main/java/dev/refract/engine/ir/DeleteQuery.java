package dev.refract.engine.ir;

import dev.refract.model.Model;
import java.util.Objects;

/**
 * deleteOne: delete the record a unique selector finds (P2025 when none) and return it as it was.
 *
 * @param model the model deleted from
 * @param where a unique selector, with any extra filters
 * @param selection what the returned record holds
 */
public record DeleteQuery(Model model, Filter where, Selection selection) implements WriteQuery {
    public DeleteQuery {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(selection, "selection");
    }

    @Override
    public Action action() {
        return Action.DELETE_ONE;
    }
}
