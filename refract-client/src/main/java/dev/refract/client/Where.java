package dev.refract.client;

import dev.refract.engine.ir.Filter;
import dev.refract.model.RelationField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The base of generated where builders: the conditions added so far (all must match) and the
 * combinators {@link #or}, {@link #not} and {@link #and}.
 *
 * @param <W> the generated where builder itself
 */
public abstract class Where<W extends Where<W>> {
    private final List<Filter> filters = new ArrayList<>();
    private final Supplier<W> fresh;

    /** @param fresh makes an empty builder of the same model, for nested groups */
    protected Where(Supplier<W> fresh) {
        this.fresh = fresh;
    }

    /** This builder, typed. */
    protected abstract W self();

    /** Adds a condition. */
    protected final void add(Filter filter) {
        filters.add(filter);
    }

    /** The sink generated filters write to. */
    protected final Consumer<Filter> sink() {
        return filters::add;
    }

    /** The filter built: all conditions, {@link Filter#TRUE} for none. */
    public final Filter build() {
        return filters.isEmpty() ? Filter.TRUE : Filter.and(List.copyOf(filters));
    }

    private Filter group(Consumer<W> body) {
        W w = fresh.get();
        body.accept(w);
        return w.build();
    }

    /** At least one of {@code alternatives} matches. */
    @SafeVarargs
    public final W or(Consumer<W>... alternatives) {
        List<Filter> out = new ArrayList<>();
        for (Consumer<W> a : alternatives) {
            out.add(group(a));
        }
        add(new Filter.Or(out));
        return self();
    }

    /** All of {@code parts} match (for grouping; conditions in one builder already all apply). */
    @SafeVarargs
    public final W and(Consumer<W>... parts) {
        for (Consumer<W> p : parts) {
            add(group(p));
        }
        return self();
    }

    /** {@code body} does not match. */
    public final W not(Consumer<W> body) {
        add(new Filter.Not(List.of(group(body))));
        return self();
    }

    /** Adds a condition on a to-many relation. */
    protected final <R extends Where<R>> W many(RelationField field, Supplier<R> related,
                                               Consumer<ListRelationFilter<R>> body) {
        ListRelationFilter<R> f = new ListRelationFilter<>(field, related);
        body.accept(f);
        if (f.build() != null) {
            add(f.build());
        }
        return self();
    }

    /** Adds a condition on a to-one relation. */
    protected final <R extends Where<R>> W one(RelationField field, Supplier<R> related,
                                              Consumer<OneRelationFilter<R>> body) {
        OneRelationFilter<R> f = new OneRelationFilter<>(field, related);
        body.accept(f);
        if (f.build() != null) {
            add(f.build());
        }
        return self();
    }

    /** Builds the filter {@code body} describes on a fresh builder. */
    public static <W extends Where<W>> Filter build(Supplier<W> fresh, Consumer<W> body) {
        W w = fresh.get();
        if (body != null) {
            body.accept(w);
        }
        return w.build();
    }
}
