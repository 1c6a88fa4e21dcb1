package dev.refract.client;

import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.Values;
import dev.refract.model.ScalarField;
import java.util.List;
import java.util.function.Consumer;

/**
 * Conditions on a Json field, on the whole value or, after {@link #path}, on the value at a path:
 * equality, comparisons, string and array operators, as Prisma's Json filters. Which operators a
 * database runs is the engine's to say (SQLite has no {@code array_contains}).
 *
 * @param <W> the where builder it belongs to
 */
public final class JsonFilter<W> extends ScalarFilter<Values.Json, W> {
    private final ScalarField field;
    private final W owner;
    private final Consumer<Filter> sink;
    private final boolean jsonPathString;
    private final List<String> path;

    /**
     * @param jsonPathString true where the database takes the path as one JSONPath string
     *     (MySQL, SQLite: {@code $.a.b[0]}), false where it takes a list of keys (PostgreSQL)
     */
    public JsonFilter(ScalarField field, W owner, Consumer<Filter> sink, boolean jsonPathString) {
        this(field, owner, sink, jsonPathString, List.of());
    }

    private JsonFilter(ScalarField field, W owner, Consumer<Filter> sink, boolean jsonPathString, List<String> path) {
        super(field, owner, sink);
        this.field = field;
        this.owner = owner;
        this.sink = sink;
        this.jsonPathString = jsonPathString;
        this.path = path;
    }

    /** The same conditions on the value at {@code keys} (object keys, or array indexes as digits). */
    public JsonFilter<W> path(String... keys) {
        if (!jsonPathString) {
            return new JsonFilter<>(field, owner, sink, false, List.of(keys));
        }
        StringBuilder p = new StringBuilder("$");
        for (String k : keys) {
            if (!k.isEmpty() && k.chars().allMatch(Character::isDigit)) {
                p.append('[').append(k).append(']');
            } else {
                p.append('.').append(k.matches("[A-Za-z_][A-Za-z0-9_]*") ? k
                        : '"' + k.replace("\\", "\\\\").replace("\"", "\\\"") + '"');
            }
        }
        return new JsonFilter<>(field, owner, sink, true, List.of(p.toString()));
    }

    private W json(Filter.JsonOp op, Object value) {
        sink.accept(new Filter.Json(field, path, op, java.util.Objects.requireNonNull(value, "value")));
        return owner;
    }

    /** Equals {@code value} (the JSON {@code null} is {@code Values.Json("null")}; SQL NULL is {@link #isNull()}). */
    @Override
    public W eq(Values.Json value) {
        return json(Filter.JsonOp.EQUALS, value);
    }

    /** Differs from {@code value}. */
    @Override
    public W not(Values.Json value) {
        return json(Filter.JsonOp.NOT_EQUALS, value);
    }

    /** Less than {@code value} (a JSON number or string). */
    public W lt(Values.Json value) {
        return json(Filter.JsonOp.LT, value);
    }

    /** Less than or equal to {@code value}. */
    public W lte(Values.Json value) {
        return json(Filter.JsonOp.LTE, value);
    }

    /** Greater than {@code value}. */
    public W gt(Values.Json value) {
        return json(Filter.JsonOp.GT, value);
    }

    /** Greater than or equal to {@code value}. */
    public W gte(Values.Json value) {
        return json(Filter.JsonOp.GTE, value);
    }

    /** A string containing {@code value}. */
    public W stringContains(String value) {
        return json(Filter.JsonOp.STRING_CONTAINS, value);
    }

    /** A string starting with {@code value}. */
    public W stringStartsWith(String value) {
        return json(Filter.JsonOp.STRING_STARTS_WITH, value);
    }

    /** A string ending with {@code value}. */
    public W stringEndsWith(String value) {
        return json(Filter.JsonOp.STRING_ENDS_WITH, value);
    }

    /** An array containing {@code value} (an element, or an array of elements). */
    public W arrayContains(Values.Json value) {
        return json(Filter.JsonOp.ARRAY_CONTAINS, value);
    }

    /** An array whose first element is {@code value}. */
    public W arrayStartsWith(Values.Json value) {
        return json(Filter.JsonOp.ARRAY_STARTS_WITH, value);
    }

    /** An array whose last element is {@code value}. */
    public W arrayEndsWith(Values.Json value) {
        return json(Filter.JsonOp.ARRAY_ENDS_WITH, value);
    }
}
