package dev.refract.client;

import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.NestedWrite;
import dev.refract.engine.ir.WriteData;
import dev.refract.model.RelationField;
import java.util.ArrayList;
import java.util.List;

/**
 * Nested writes on a to-many relation inside a create or update:
 * {@code u.posts(p -> p.create(Post.create("Hello")))}. In a create only create, connect and
 * connectOrCreate apply; {@link NestedManyUpdate} adds the rest.
 *
 * @param <C> the related model's create builder
 * @param <U> the related model's whereUnique
 */
public class NestedMany<C extends WriteBuilder<C>, U extends UniqueWhere> {
    private final RelationField field;
    private final List<NestedWrite> writes = new ArrayList<>();

    public NestedMany(RelationField field) {
        this.field = field;
    }

    protected final RelationField field() {
        return field;
    }

    protected final void add(NestedWrite write) {
        writes.add(write);
    }

    /** Creates related records. */
    @SafeVarargs
    public final NestedMany<C, U> create(C... records) {
        List<WriteData> data = new ArrayList<>();
        for (C c : records) {
            data.add(c.build());
        }
        writes.add(new NestedWrite.Create(field, data));
        return this;
    }

    /** Connects existing records. */
    @SafeVarargs
    public final NestedMany<C, U> connect(U... records) {
        writes.add(new NestedWrite.Connect(field, filters(records)));
        return this;
    }

    /** Connects the record {@code where} finds, or creates {@code create} when there is none. */
    public final NestedMany<C, U> connectOrCreate(U where, C create) {
        writes.add(new NestedWrite.ConnectOrCreate(field, List.of(new NestedWrite.WhereCreate(where.filter(), create.build()))));
        return this;
    }

    static List<Filter> filters(UniqueWhere[] records) {
        List<Filter> out = new ArrayList<>();
        for (UniqueWhere u : records) {
            out.add(u.filter());
        }
        return out;
    }

    /** The nested writes, in order. */
    public final List<NestedWrite> build() {
        return List.copyOf(writes);
    }
}
