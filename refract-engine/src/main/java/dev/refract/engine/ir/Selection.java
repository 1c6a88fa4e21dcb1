package dev.refract.engine.ir;

import dev.refract.model.RelationField;
import dev.refract.model.ScalarField;
import java.util.List;

/**
 * What each returned record holds, in output order. {@code select}, {@code include} and
 * {@code omit} are all resolved into this one explicit list by whoever builds the IR.
 *
 * @param fields the selected items, in the order they appear in results
 */
public record Selection(List<Item> fields) {
    public Selection {
        fields = List.copyOf(fields);
    }

    /** One key of a result record. */
    public sealed interface Item permits Scalar, Relation, Count {
        /** The key in the result record. */
        String key();
    }

    /** A scalar field, read from its column. */
    public record Scalar(ScalarField field) implements Item {
        @Override
        public String key() {
            return field.name();
        }
    }

    /**
     * A relation: a nested record (to-one, null when absent) or list (to-many).
     *
     * @param field the relation field
     * @param args where/orderBy/cursor/skip/take/distinct; only meaningful on to-many relations
     * @param selection what each related record holds
     */
    public record Relation(RelationField field, ReadArgs args, Selection selection) implements Item {
        @Override
        public String key() {
            return field.name();
        }
    }

    /** {@code _count}: an object with one count per listed relation. */
    public record Count(List<RelationCount> relations) implements Item {
        public Count {
            relations = List.copyOf(relations);
        }

        @Override
        public String key() {
            return "_count";
        }
    }

    /**
     * One entry of {@code _count}: the number of related records, optionally filtered.
     *
     * @param field a to-many relation field
     * @param where the filter on the related records; {@link Filter#TRUE} for all
     */
    public record RelationCount(RelationField field, Filter where) {
    }
}
