package dev.refract.client;

import dev.refract.engine.ir.AggregateQuery;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.ReadArgs;
import dev.refract.model.Model;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * An aggregate: which records ({@code where}, {@code skip}, {@code take}) and which aggregates.
 *
 * @param <W> the model's where builder
 */
public final class AggregateArgs<W extends Where<W>> extends Aggregations<AggregateArgs<W>> {
    private final Supplier<W> wheres;
    private Filter where = Filter.TRUE;
    private Long skip;
    private Long take;

    public AggregateArgs(Supplier<W> wheres) {
        this.wheres = wheres;
    }

    @Override
    protected AggregateArgs<W> self() {
        return this;
    }

    /** Only records matching {@code body}. */
    public AggregateArgs<W> where(Consumer<W> body) {
        where = Where.build(wheres, body);
        return this;
    }

    /** Skips the first {@code n} records. */
    public AggregateArgs<W> skip(long n) {
        skip = n;
        return this;
    }

    /** Aggregates over {@code n} records. */
    public AggregateArgs<W> take(long n) {
        take = n;
        return this;
    }

    /** The query. */
    public AggregateQuery query(Model model) {
        return new AggregateQuery(model, new ReadArgs(where, List.of(), null, skip, take, List.of(), null),
                aggregates(true));
    }
}
