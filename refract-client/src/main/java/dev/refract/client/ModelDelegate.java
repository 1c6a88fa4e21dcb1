package dev.refract.client;

import dev.refract.engine.ir.Action;
import dev.refract.engine.ir.Aggregate;
import dev.refract.engine.ir.AggregateQuery;
import dev.refract.engine.ir.CreateManyQuery;
import dev.refract.engine.ir.CreateQuery;
import dev.refract.engine.ir.DeleteManyQuery;
import dev.refract.engine.ir.DeleteQuery;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.FindQuery;
import dev.refract.engine.ir.ReadArgs;
import dev.refract.engine.ir.Selection;
import dev.refract.engine.ir.UpdateManyQuery;
import dev.refract.engine.ir.UpdateQuery;
import dev.refract.engine.ir.UpsertQuery;
import dev.refract.engine.ir.WriteData;
import dev.refract.model.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The operations of one model ({@code db.user()}), typed by the generated types of that model.
 * Generated delegates only bind the type parameters; every query is built here, straight into
 * the engine's IR. Stateless apart from its runner, so safe to share between threads.
 *
 * @param <R> the model's record type
 * @param <W> its where builder
 * @param <U> its whereUnique
 * @param <A> its find arguments
 * @param <C> its create builder
 * @param <P> its update builder
 */
public abstract class ModelDelegate<R, W extends Where<W>, U extends UniqueWhere, A extends FindArgs<A, ?>,
        C extends WriteBuilder<C>, P extends WriteBuilder<P>> {
    private final Model model;
    private final QueryRunner runner;
    private final Function<Map<String, Object>, R> wrap;
    private final Supplier<W> wheres;
    private final Supplier<A> args;
    private final Supplier<P> updates;

    protected ModelDelegate(Model model, QueryRunner runner, Function<Map<String, Object>, R> wrap,
                            Supplier<W> wheres, Supplier<A> args, Supplier<P> updates) {
        this.model = model;
        this.runner = Objects.requireNonNull(runner, "runner");
        this.wrap = wrap;
        this.wheres = wheres;
        this.args = args;
        this.updates = updates;
    }

    private A args(Consumer<A> body) {
        A a = args.get();
        if (body != null) {
            body.accept(a);
        }
        return a;
    }

    private Optional<R> one(Object result) {
        return result == null ? Optional.empty() : Optional.of(wrap.apply(ModelRecord.asRecord(result)));
    }

    private List<R> many(Object result) {
        List<R> out = new ArrayList<>();
        for (Object o : (List<?>) result) {
            out.add(wrap.apply(ModelRecord.asRecord(o)));
        }
        return List.copyOf(out);
    }

    private static long count(Object result) {
        Object r = result;
        while (r instanceof Map<?, ?> m && m.size() == 1) {
            r = m.values().iterator().next();
        }
        return ((Number) r).longValue();
    }

    private Filter where(Consumer<W> body) {
        return Where.build(wheres, body);
    }

    private WriteData update(Consumer<P> body) {
        P p = updates.get();
        body.accept(p);
        return p.build();
    }

    /** The record {@code where} finds, or empty. */
    public Optional<R> findUnique(U where) {
        return findUnique(where, null);
    }

    /** The record {@code where} finds, loaded as {@code args} says (include/select/omit), or empty. */
    public Optional<R> findUnique(U where, Consumer<A> args) {
        A a = args(args);
        return one(runner.execute(new FindQuery(model, Action.FIND_UNIQUE, ReadArgs.where(where.filter()), a.selection())));
    }

    /** The record {@code where} finds; P2025 when there is none. */
    public R findUniqueOrThrow(U where) {
        return findUniqueOrThrow(where, null);
    }

    /** The record {@code where} finds, loaded as {@code args} says; P2025 when there is none. */
    public R findUniqueOrThrow(U where, Consumer<A> args) {
        A a = args(args);
        return one(runner.execute(new FindQuery(model, Action.FIND_UNIQUE_OR_THROW, ReadArgs.where(where.filter()),
                a.selection()))).orElseThrow();
    }

    /** The first record {@code args} finds, or empty. */
    public Optional<R> findFirst(Consumer<A> args) {
        A a = args(args);
        return one(runner.execute(new FindQuery(model, Action.FIND_FIRST, a.readArgs(), a.selection())));
    }

    /** The first record {@code args} finds; P2025 when there is none. */
    public R findFirstOrThrow(Consumer<A> args) {
        A a = args(args);
        return one(runner.execute(new FindQuery(model, Action.FIND_FIRST_OR_THROW, a.readArgs(), a.selection())))
                .orElseThrow();
    }

    /** Every record. */
    public List<R> findMany() {
        return findMany(null);
    }

    /** The records {@code args} finds. */
    public List<R> findMany(Consumer<A> args) {
        A a = args(args);
        return many(runner.execute(new FindQuery(model, Action.FIND_MANY, a.readArgs(), a.selection())));
    }

    /** The number of records. */
    public long count() {
        return count(null);
    }

    /** The number of records {@code where} matches. */
    public long count(Consumer<W> where) {
        Aggregate all = new Aggregate(Aggregate.Function.COUNT, List.of(), true, 0, true);
        return count(runner.execute(new AggregateQuery(model, ReadArgs.where(where(where)), List.of(all))));
    }

    /** Creates a record with its nested writes and returns it. */
    public R create(C data) {
        return create(data, null);
    }

    /** Creates a record and returns it loaded as {@code args} says. */
    public R create(C data, Consumer<A> args) {
        return one(runner.execute(new CreateQuery(model, data.build(), args(args).selection()))).orElseThrow();
    }

    /** Creates records in bulk (scalars only); returns how many. */
    public long createMany(List<C> data) {
        return createMany(data, false);
    }

    /** Creates records in bulk, skipping those that break a unique constraint when asked; returns how many. */
    public long createMany(List<C> data, boolean skipDuplicates) {
        List<WriteData> rows = data.stream().map(WriteBuilder::build).toList();
        return count(runner.execute(new CreateManyQuery(model, rows, skipDuplicates, null)));
    }

    /** Creates records in bulk and returns them (createManyAndReturn; PostgreSQL and SQLite). */
    public List<R> createManyAndReturn(List<C> data) {
        List<WriteData> rows = data.stream().map(WriteBuilder::build).toList();
        return many(runner.execute(new CreateManyQuery(model, rows, false, SelectionBuilder.defaults(model))));
    }

    /** Updates the record {@code where} finds (P2025 when none) and returns it. */
    public R update(U where, Consumer<P> data) {
        return update(where, data, null);
    }

    /** Updates the record {@code where} finds and returns it loaded as {@code args} says. */
    public R update(U where, Consumer<P> data, Consumer<A> args) {
        return one(runner.execute(new UpdateQuery(model, where.filter(), update(data), args(args).selection())))
                .orElseThrow();
    }

    /** Updates every record {@code where} matches; returns how many. */
    public long updateMany(Consumer<W> where, Consumer<P> data) {
        return count(runner.execute(new UpdateManyQuery(model, where(where), update(data), null, null)));
    }

    /** Updates the record {@code where} finds, or creates {@code create}; returns it. */
    public R upsert(U where, C create, Consumer<P> update) {
        return one(runner.execute(new UpsertQuery(model, where.filter(), create.build(), update(update),
                SelectionBuilder.defaults(model)))).orElseThrow();
    }

    /** Deletes the record {@code where} finds (P2025 when none) and returns it as it was. */
    public R delete(U where) {
        return one(runner.execute(new DeleteQuery(model, where.filter(), SelectionBuilder.defaults(model))))
                .orElseThrow();
    }

    /** Deletes every record {@code where} matches; returns how many. */
    public long deleteMany(Consumer<W> where) {
        return count(runner.execute(new DeleteManyQuery(model, where(where), null)));
    }

    /** The aggregates {@code args} asks for ({@code _count._all} when it names none). */
    public AggregateResult aggregate(Consumer<AggregateArgs<W>> args) {
        AggregateArgs<W> a = new AggregateArgs<>(wheres);
        args.accept(a);
        return new AggregateResult(model.name(), ModelRecord.asRecord(runner.execute(a.query(model))));
    }

    /** One result per group {@code args} describes, with the aggregates it asks for. */
    public List<AggregateResult> groupBy(Consumer<GroupByArgs<W>> args) {
        GroupByArgs<W> a = new GroupByArgs<>(wheres);
        args.accept(a);
        List<AggregateResult> out = new ArrayList<>();
        for (Object o : (List<?>) runner.execute(a.query(model))) {
            out.add(new AggregateResult(model.name(), ModelRecord.asRecord(o)));
        }
        return List.copyOf(out);
    }

    /** The model this delegate queries. */
    public final Model model() {
        return model;
    }

    /** Unused selections are never built: a marker for code that wants the default explicitly. */
    protected static Selection defaults(Model model) {
        return SelectionBuilder.defaults(model);
    }
}
