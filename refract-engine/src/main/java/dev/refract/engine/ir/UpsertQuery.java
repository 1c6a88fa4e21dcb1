package dev.refract.engine.ir;

import dev.refract.model.Model;
import java.util.Objects;

/**
 * upsertOne: update the record a unique selector finds, or create one.
 *
 * @param model the model written
 * @param where a unique selector, with any extra filters
 * @param create the record to create when none is found
 * @param update the change when one is found
 * @param selection what the returned record holds
 */
public record UpsertQuery(Model model, Filter where, WriteData create, WriteData update, Selection selection)
        implements WriteQuery {
    public UpsertQuery {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(create, "create");
        Objects.requireNonNull(update, "update");
        Objects.requireNonNull(selection, "selection");
    }

    @Override
    public Action action() {
        return Action.UPSERT_ONE;
    }
}
