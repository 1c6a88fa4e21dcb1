package dev.refract.client;

import dev.refract.engine.ir.FieldWrite;
import dev.refract.engine.ir.NestedWrite;
import dev.refract.model.RelationField;
import java.util.List;
import java.util.Objects;

/**
 * How a create sets one required to-one relation: a nested write on it (connect, create,
 * connectOrCreate) or, unchecked, its foreign key values. Generated factories make them
 * ({@code Post.author(User.WhereUnique.email("a@x.io"))}, {@code Post.authorId(7)}) and the
 * model's {@code create(...)} takes one per required relation, so leaving one out does not compile.
 *
 * @param <M> the model whose record is created (its record type), so a link of another model
 *     does not fit
 */
public final class Link<M> {
    private final RelationField relation;
    private final List<NestedWrite> writes;
    private final List<FieldWrite> keys;

    private Link(RelationField relation, List<NestedWrite> writes, List<FieldWrite> keys) {
        this.relation = relation;
        this.writes = List.copyOf(writes);
        this.keys = List.copyOf(keys);
    }

    /** A nested write on {@code relation}. */
    public static <M> Link<M> write(RelationField relation, NestedWrite write) {
        return new Link<>(relation, List.of(write), List.of());
    }

    /** The foreign key fields of {@code relation}, set directly (unchecked: the database checks them). */
    public static <M> Link<M> keys(RelationField relation, List<FieldWrite> keys) {
        return new Link<>(relation, List.of(), keys);
    }

    /** One foreign key value for {@link #keys} (an enum is written by its schema name). */
    public static FieldWrite key(dev.refract.model.ScalarField field, Object value) {
        return FieldWrite.set(field, value instanceof Enum<?> e ? SchemaEnum.nameOf(e) : value);
    }

    /** The relation it sets. */
    public RelationField relation() {
        return relation;
    }

    /**
     * {@code link}, checked to set {@code expected}: two required relations to the same model take
     * the same Java type, so a link given in the other's place is caught here.
     */
    public static <M> Link<M> require(RelationField expected, Link<M> link) {
        Objects.requireNonNull(link, expected.name());
        if (!link.relation.name().equals(expected.name())) {
            throw new IllegalArgumentException("a link of the relation " + link.relation.name()
                    + " was given for the relation " + expected.name());
        }
        return link;
    }

    List<NestedWrite> writes() {
        return writes;
    }

    List<FieldWrite> keys() {
        return keys;
    }
}
