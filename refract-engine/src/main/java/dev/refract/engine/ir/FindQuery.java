package dev.refract.engine.ir;

import dev.refract.model.Model;
import java.util.Objects;

/**
 * findUnique, findUniqueOrThrow, findFirst, findFirstOrThrow or findMany.
 *
 * <p>For findUnique the {@code args.where()} holds the unique selector (and any extra filters);
 * findFirst is findMany with {@code take 1} added by the planner, not here.
 *
 * @param model the model read
 * @param action one of the five find actions
 * @param args where, orderBy, cursor, skip, take, distinct, relationLoadStrategy
 * @param selection what each returned record holds
 */
public record FindQuery(Model model, Action action, ReadArgs args, Selection selection) implements Query {
    public FindQuery {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(selection, "selection");
        if (!action.returnsOne() && action != Action.FIND_MANY) {
            throw new IllegalArgumentException(action + " is not a find action");
        }
    }
}
