package dev.refract.client;

import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.NestedWrite;
import dev.refract.model.RelationField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Nested writes on a to-one relation inside an update: create, connect, connectOrCreate,
 * disconnect, delete, update and upsert of the related record.
 *
 * @param <C> the related model's create builder
 * @param <U> the related model's whereUnique
 * @param <P> the related model's update builder
 */
public final class NestedOneUpdate<C extends WriteBuilder<C>, U extends UniqueWhere, P extends WriteBuilder<P>> {
    private final RelationField field;
    private final Supplier<P> updates;
    private final List<NestedWrite> writes = new ArrayList<>();

    public NestedOneUpdate(RelationField field, Supplier<P> updates) {
        this.field = field;
        this.updates = updates;
    }

    private dev.refract.engine.ir.WriteData data(Consumer<P> body) {
        P p = updates.get();
        body.accept(p);
        return p.build();
    }

    /** Creates the related record. */
    public NestedOneUpdate<C, U, P> create(C record) {
        writes.add(new NestedWrite.Create(field, List.of(record.build())));
        return this;
    }

    /** Connects an existing record. */
    public NestedOneUpdate<C, U, P> connect(U record) {
        writes.add(new NestedWrite.Connect(field, List.of(record.filter())));
        return this;
    }

    /** Connects the record {@code where} finds, or creates {@code create}. */
    public NestedOneUpdate<C, U, P> connectOrCreate(U where, C create) {
        writes.add(new NestedWrite.ConnectOrCreate(field, List.of(new NestedWrite.WhereCreate(where.filter(), create.build()))));
        return this;
    }

    /** Disconnects the related record (an optional relation). */
    public NestedOneUpdate<C, U, P> disconnect() {
        writes.add(new NestedWrite.Disconnect(field, List.of(Filter.TRUE)));
        return this;
    }

    /** Deletes the related record. */
    public NestedOneUpdate<C, U, P> delete() {
        writes.add(new NestedWrite.Delete(field, List.of(Filter.TRUE)));
        return this;
    }

    /** Updates the related record. */
    public NestedOneUpdate<C, U, P> update(Consumer<P> data) {
        writes.add(new NestedWrite.Update(field, List.of(new NestedWrite.WhereData(Filter.TRUE, data(data)))));
        return this;
    }

    /** Updates the related record, or creates {@code create} when there is none. */
    public NestedOneUpdate<C, U, P> upsert(C create, Consumer<P> update) {
        writes.add(new NestedWrite.Upsert(field, List.of(new NestedWrite.WhereUpsert(Filter.TRUE, create.build(),
                data(update)))));
        return this;
    }

    /** The nested writes, in order. */
    public List<NestedWrite> build() {
        return List.copyOf(writes);
    }
}
