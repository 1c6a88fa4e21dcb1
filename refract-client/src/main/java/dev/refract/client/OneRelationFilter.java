package dev.refract.client;

import dev.refract.engine.ir.Filter;
import dev.refract.model.RelationField;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Conditions on a to-one relation: the related record matches ({@link #is}) or does not ({@link #isNot}).
 *
 * @param <R> the related model's where builder
 */
public final class OneRelationFilter<R extends Where<R>> {
    private final RelationField field;
    private final Supplier<R> related;
    private Filter filter;

    public OneRelationFilter(RelationField field, Supplier<R> related) {
        this.field = field;
        this.related = related;
    }

    /** The related record exists and matches. */
    public void is(Consumer<R> body) {
        filter = new Filter.Relation(field, Filter.RelationCondition.IS, Where.build(related, body));
    }

    /** The related record does not match (or there is none). */
    public void isNot(Consumer<R> body) {
        filter = new Filter.Relation(field, Filter.RelationCondition.IS_NOT, Where.build(related, body));
    }

    /** The condition set, or null. */
    public Filter build() {
        return filter;
    }
}
