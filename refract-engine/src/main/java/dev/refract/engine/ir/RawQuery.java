package dev.refract.engine.ir;

import dev.refract.model.Model;
import java.util.List;
import java.util.Objects;

/**
 * queryRaw or executeRaw: SQL text written by the application, with its parameters always bound,
 * never spliced into the text.
 *
 * <p>queryRaw returns its rows as a list of {@code LinkedHashMap}s in column order, values typed
 * as {@link Values} says from the columns' SQL types; executeRaw returns the affected row count as
 * an Integer.
 *
 * @param action {@link Action#QUERY_RAW} or {@link Action#EXECUTE_RAW}
 * @param sql the statement, with the dialect's placeholders ({@code $1} on PostgreSQL, {@code ?}
 *     on SQLite and MySQL)
 * @param parameters the values, typed as {@link Values} says (null is SQL NULL)
 */
public record RawQuery(Action action, String sql, List<Object> parameters) implements Query {
    public RawQuery {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(sql, "sql");
        if (action != Action.QUERY_RAW && action != Action.EXECUTE_RAW) {
            throw new IllegalArgumentException(action + " is not a raw action");
        }
        parameters = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(parameters));
    }

    /** Raw queries run on no model: null. */
    @Override
    public Model model() {
        return null;
    }
}
