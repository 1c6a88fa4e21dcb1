package dev.refract.client;

import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.OrderBy;
import dev.refract.engine.ir.ReadArgs;
import dev.refract.engine.ir.Selection;
import dev.refract.model.Model;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The base of generated find arguments: where, orderBy, cursor, skip, take and what to load
 * (include, select or omit), distinct. The generated subclass adds the typed where, orderBy and cursor.
 *
 * @param <A> the generated arguments type itself
 * @param <S> the model's selection builder
 */
public abstract class FindArgs<A extends FindArgs<A, S>, S extends SelectionBuilder<S>> {
    private final Model model;
    private final Supplier<S> selections;
    private Filter where = Filter.TRUE;
    private List<OrderBy> orderBy = List.of();
    private Filter cursor;
    private Long skip;
    private Long take;
    private List<dev.refract.model.ScalarField> distinct = List.of();
    private S selection;
    private SelectionBuilder.Mode mode = SelectionBuilder.Mode.INCLUDE;

    protected FindArgs(Model model, Supplier<S> selections) {
        this.model = model;
        this.selections = selections;
    }

    /** This builder, typed. */
    protected abstract A self();

    protected final A where(Filter filter) {
        this.where = filter;
        return self();
    }

    protected final A orderBy(List<OrderBy> keys) {
        this.orderBy = keys;
        return self();
    }

    protected final A cursor(Filter filter) {
        this.cursor = filter;
        return self();
    }

    /** Skips the first {@code n} records. */
    public final A skip(long n) {
        this.skip = n;
        return self();
    }

    /** Takes {@code n} records (negative: the last ones, as in Prisma). */
    public final A take(long n) {
        this.take = n;
        return self();
    }

    /** Only the first record of each distinct combination of {@code fields}. */
    public final A distinct(Ref<?>... fields) {
        List<dev.refract.model.ScalarField> out = new java.util.ArrayList<>();
        for (Ref<?> r : fields) {
            out.add(r.field());
        }
        this.distinct = List.copyOf(out);
        return self();
    }

    private A selection(SelectionBuilder.Mode m, Consumer<S> body) {
        S s = selections.get();
        body.accept(s);
        this.selection = s;
        this.mode = m;
        return self();
    }

    /** Loads the relations {@code body} names, with every scalar. */
    public final A include(Consumer<S> body) {
        return selection(SelectionBuilder.Mode.INCLUDE, body);
    }

    /** Loads only what {@code body} names. */
    public final A select(Consumer<S> body) {
        return selection(SelectionBuilder.Mode.SELECT, body);
    }

    /** Leaves out the scalars {@code body} names (relations it names are included). */
    public final A omit(Consumer<S> body) {
        return selection(SelectionBuilder.Mode.OMIT, body);
    }

    /** The read arguments. */
    public final ReadArgs readArgs() {
        return new ReadArgs(where, orderBy, cursor, skip, take, distinct, null);
    }

    /** The selection. */
    public final Selection selection() {
        return selection == null ? SelectionBuilder.defaults(model) : selection.build(mode);
    }

    /** The filter alone. */
    public final Filter whereFilter() {
        return where;
    }
}
