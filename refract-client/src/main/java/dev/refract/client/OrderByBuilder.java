package dev.refract.client;

import dev.refract.engine.ir.OrderBy;
import dev.refract.model.RelationField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The base of generated orderBy builders: keys in the order they are given, on the model's own
 * fields or, through to-one relations, on a related model's ({@code o.author(a -> a.name().asc())}),
 * or on the number of related records ({@code o.postsCount().desc()}).
 */
public abstract class OrderByBuilder {
    private final List<OrderBy> keys = new ArrayList<>();
    private List<RelationField> path = List.of();

    /** Where generated keys go; keys on scalars get this builder's relation path. */
    protected final Consumer<OrderBy> sink() {
        return k -> keys.add(k instanceof OrderBy.ByScalar s && !path.isEmpty()
                ? new OrderBy.ByScalar(concat(path, s.path()), s.field(), s.direction(), s.nulls()) : k);
    }

    private static List<RelationField> concat(List<RelationField> a, List<RelationField> b) {
        List<RelationField> out = new ArrayList<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }

    /** Orders by fields of the related record of a to-one relation. */
    protected final <O extends OrderByBuilder> void through(RelationField field, O related, Consumer<O> body) {
        ((OrderByBuilder) related).path = concat(path, List.of(field));
        body.accept(related);
        keys.addAll(related.build());
    }

    /** A key on the number of records of a to-many relation. */
    protected final <O> OrderField<O> count(RelationField field, O owner) {
        List<RelationField> at = path;
        return new OrderField<>(d -> new OrderBy.ByRelationCount(at, field, d), owner, keys::add);
    }

    /** The keys, in priority order. */
    public final List<OrderBy> build() {
        return List.copyOf(keys);
    }
}
