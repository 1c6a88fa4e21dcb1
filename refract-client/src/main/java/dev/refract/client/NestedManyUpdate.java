package dev.refract.client;

import dev.refract.engine.ir.NestedWrite;
import dev.refract.model.RelationField;
import java.util.List;

/**
 * Nested writes on a to-many relation inside an update: those of {@link NestedMany} plus
 * disconnect, set and delete.
 *
 * @param <C> the related model's create builder
 * @param <U> the related model's whereUnique
 */
public final class NestedManyUpdate<C extends WriteBuilder<C>, U extends UniqueWhere> extends NestedMany<C, U> {
    public NestedManyUpdate(RelationField field) {
        super(field);
    }

    /** Disconnects records. */
    @SafeVarargs
    public final NestedManyUpdate<C, U> disconnect(U... records) {
        add(new NestedWrite.Disconnect(field(), filters(records)));
        return this;
    }

    /** Makes the related records exactly these. */
    @SafeVarargs
    public final NestedManyUpdate<C, U> set(U... records) {
        add(new NestedWrite.Set(field(), filters(records)));
        return this;
    }

    /** Deletes related records. */
    @SafeVarargs
    public final NestedManyUpdate<C, U> delete(U... records) {
        add(new NestedWrite.Delete(field(), filters(records)));
        return this;
    }

    /** Deletes every related record. */
    public NestedManyUpdate<C, U> deleteAll() {
        add(new NestedWrite.DeleteMany(field(), List.of(dev.refract.engine.ir.Filter.TRUE)));
        return this;
    }
}
