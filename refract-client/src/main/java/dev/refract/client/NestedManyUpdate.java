package dev.refract.client;

import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.NestedWrite;
import dev.refract.model.RelationField;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Nested writes on a to-many relation inside an update: those of {@link NestedMany} plus
 * disconnect, set, update, updateMany, upsert, delete and deleteMany.
 *
 * @param <C> the related model's create builder
 * @param <U> the related model's whereUnique
 * @param <P> the related model's update builder
 * @param <W> the related model's where builder
 */
public final class NestedManyUpdate<C extends WriteBuilder<C>, U extends UniqueWhere, P extends WriteBuilder<P>,
        W extends Where<W>> extends NestedMany<C, U> {
    private final Supplier<P> updates;
    private final Supplier<W> wheres;

    public NestedManyUpdate(RelationField field, Supplier<P> updates, Supplier<W> wheres) {
        super(field);
        this.updates = updates;
        this.wheres = wheres;
    }

    private dev.refract.engine.ir.WriteData data(Consumer<P> body) {
        P p = updates.get();
        body.accept(p);
        return p.build();
    }

    /** Disconnects records. */
    @SafeVarargs
    public final NestedManyUpdate<C, U, P, W> disconnect(U... records) {
        add(new NestedWrite.Disconnect(field(), filters(records)));
        return this;
    }

    /** Makes the related records exactly these. */
    @SafeVarargs
    public final NestedManyUpdate<C, U, P, W> set(U... records) {
        add(new NestedWrite.Set(field(), filters(records)));
        return this;
    }

    /** Updates the related record {@code where} finds (P2025 when it is not related). */
    public NestedManyUpdate<C, U, P, W> update(U where, Consumer<P> data) {
        add(new NestedWrite.Update(field(), List.of(new NestedWrite.WhereData(where.filter(), data(data)))));
        return this;
    }

    /** Updates every related record {@code where} matches. */
    public NestedManyUpdate<C, U, P, W> updateMany(Consumer<W> where, Consumer<P> data) {
        add(new NestedWrite.UpdateMany(field(), List.of(new NestedWrite.WhereData(Where.build(wheres, where), data(data)))));
        return this;
    }

    /** Updates the related record {@code where} finds, or creates {@code create}. */
    public NestedManyUpdate<C, U, P, W> upsert(U where, C create, Consumer<P> update) {
        add(new NestedWrite.Upsert(field(), List.of(new NestedWrite.WhereUpsert(where.filter(), create.build(),
                data(update)))));
        return this;
    }

    /** Deletes related records. */
    @SafeVarargs
    public final NestedManyUpdate<C, U, P, W> delete(U... records) {
        add(new NestedWrite.Delete(field(), filters(records)));
        return this;
    }

    /** Deletes every related record {@code where} matches. */
    public NestedManyUpdate<C, U, P, W> deleteMany(Consumer<W> where) {
        add(new NestedWrite.DeleteMany(field(), List.of(Where.build(wheres, where))));
        return this;
    }

    /** Deletes every related record. */
    public NestedManyUpdate<C, U, P, W> deleteAll() {
        add(new NestedWrite.DeleteMany(field(), List.of(Filter.TRUE)));
        return this;
    }
}
