package dev.refract.client;

import dev.refract.engine.ir.Filter;
import dev.refract.model.RelationField;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Conditions on a to-many relation: some, every or none of the related records match.
 *
 * @param <R> the related model's where builder
 */
public final class ListRelationFilter<R extends Where<R>> {
    private final RelationField field;
    private final Supplier<R> related;
    private Filter filter;

    public ListRelationFilter(RelationField field, Supplier<R> related) {
        this.field = field;
        this.related = related;
    }

    private void set(Filter.RelationCondition c, Consumer<R> body) {
        filter = new Filter.Relation(field, c, Where.build(related, body));
    }

    /** At least one related record matches. */
    public void some(Consumer<R> body) {
        set(Filter.RelationCondition.SOME, body);
    }

    /** Every related record matches (true when there are none). */
    public void every(Consumer<R> body) {
        set(Filter.RelationCondition.EVERY, body);
    }

    /** No related record matches. */
    public void none(Consumer<R> body) {
        set(Filter.RelationCondition.NONE, body);
    }

    /** The condition set, or null. */
    public Filter build() {
        return filter;
    }
}
