package dev.refract.client;

import dev.refract.engine.ir.NestedWrite;
import dev.refract.model.RelationField;
import java.util.ArrayList;
import java.util.List;

/**
 * Nested writes on a to-one relation inside a create ({@link NestedOneUpdate} in an update):
 * {@code p.author(a -> a.connect(UserWhereUnique.email("a@x.io")))}.
 *
 * @param <C> the related model's create builder
 * @param <U> the related model's whereUnique
 */
public final class NestedOne<C extends WriteBuilder<C>, U extends UniqueWhere> {
    private final RelationField field;
    private final List<NestedWrite> writes = new ArrayList<>();

    public NestedOne(RelationField field) {
        this.field = field;
    }

    /** Creates the related record. */
    public NestedOne<C, U> create(C record) {
        writes.add(new NestedWrite.Create(field, List.of(record.build())));
        return this;
    }

    /** Connects an existing record. */
    public NestedOne<C, U> connect(U record) {
        writes.add(new NestedWrite.Connect(field, List.of(record.filter())));
        return this;
    }

    /** Connects the record {@code where} finds, or creates {@code create}. */
    public NestedOne<C, U> connectOrCreate(U where, C create) {
        writes.add(new NestedWrite.ConnectOrCreate(field, List.of(new NestedWrite.WhereCreate(where.filter(), create.build()))));
        return this;
    }

    /** The nested writes, in order. */
    public List<NestedWrite> build() {
        return List.copyOf(writes);
    }
}
