package dev.refract.engine.ir;

import dev.refract.model.Model;
import java.util.Objects;

/**
 * createOne: one new record, with its nested writes.
 *
 * @param model the model created
 * @param data its fields and nested writes
 * @param selection what the returned record holds
 */
public record CreateQuery(Model model, WriteData data, Selection selection) implements WriteQuery {
    public CreateQuery {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(selection, "selection");
    }

    @Override
    public Action action() {
        return Action.CREATE_ONE;
    }
}
