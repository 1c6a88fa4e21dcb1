package dev.refract.engine.ir;

import dev.refract.model.RelationField;
import dev.refract.model.ScalarField;
import java.util.List;

/**
 * A where clause. Values are typed by their field (see {@link Values}); a value may also be a
 * {@link FieldRef} to compare two columns of the same model.
 */
public sealed interface Filter {
    /** Matches every record. */
    Filter TRUE = new Const(true);
    /** Matches no record (for example {@code in: []}). */
    Filter FALSE = new Const(false);

    /** A constant. */
    record Const(boolean value) implements Filter {
    }

    /** All must match; empty matches everything. */
    record And(List<Filter> filters) implements Filter {
        public And {
            filters = List.copyOf(filters);
        }
    }

    /** At least one must match; empty matches nothing (as in Prisma). */
    record Or(List<Filter> filters) implements Filter {
        public Or {
            filters = List.copyOf(filters);
        }
    }

    /** None may match: Prisma's {@code NOT: [a, b]} is {@code NOT a AND NOT b}. */
    record Not(List<Filter> filters) implements Filter {
        public Not {
            filters = List.copyOf(filters);
        }
    }

    /**
     * A condition on one scalar field.
     *
     * @param field the field (for a list field, the list operators apply)
     * @param op the comparison
     * @param value the operand: a field-typed value, a List of them for IN/NOT_IN/HAS_EVERY/HAS_SOME,
     *     a {@link FieldRef}, or null (for EQUALS/NOT_EQUALS: IS NULL / IS NOT NULL)
     * @param insensitive {@code mode: insensitive}
     */
    record Scalar(ScalarField field, ScalarOp op, Object value, boolean insensitive) implements Filter {
    }

    /**
     * A condition on a value inside a Json field.
     *
     * @param field the Json field
     * @param path the path into the document (empty for the whole value); on PostgreSQL a list of
     *     keys and indexes, on MySQL and SQLite one JSONPath string
     * @param op the comparison
     * @param value the operand (a {@link Values.Json} for equality and array operators, a String
     *     for the string operators)
     */
    record Json(ScalarField field, List<String> path, JsonOp op, Object value) implements Filter {
        public Json {
            path = List.copyOf(path);
        }
    }

    /**
     * A condition on related records.
     *
     * @param field the relation field
     * @param condition some/every/none for to-many, is/isNot for to-one
     * @param nested the filter on the related records
     */
    record Relation(RelationField field, RelationCondition condition, Filter nested) implements Filter {
    }

    /**
     * In groupBy's {@code having}: a condition on an aggregate of a field,
     * {@code having: {age: {_avg: {gt: 3}}}}.
     *
     * @param function the aggregate
     * @param condition the condition, on the field whose aggregate is compared
     */
    record Aggregated(Aggregate.Function function, Scalar condition) implements Filter {
    }

    /** The scalar operators. */
    enum ScalarOp {
        EQUALS, NOT_EQUALS, IN, NOT_IN, LT, LTE, GT, GTE,
        CONTAINS, STARTS_WITH, ENDS_WITH, NOT_CONTAINS, NOT_STARTS_WITH, NOT_ENDS_WITH,
        /** Full-text search (PostgreSQL). */
        SEARCH,
        /** Scalar lists: the list contains the value. */
        HAS,
        HAS_EVERY, HAS_SOME, IS_EMPTY,
        /** Scalar lists: the whole list equals the value. */
        LIST_EQUALS
    }

    /** The Json operators. */
    enum JsonOp {
        EQUALS, NOT_EQUALS, LT, LTE, GT, GTE,
        STRING_CONTAINS, STRING_STARTS_WITH, STRING_ENDS_WITH,
        ARRAY_CONTAINS, ARRAY_STARTS_WITH, ARRAY_ENDS_WITH
    }

    /** The relation operators. */
    enum RelationCondition {
        SOME, EVERY, NONE, IS, IS_NOT
    }

    /** Shorthand: field = value (IS NULL for null). */
    static Filter eq(ScalarField field, Object value) {
        return new Scalar(field, ScalarOp.EQUALS, value, false);
    }

    /** Shorthand: all of them. */
    static Filter and(List<Filter> filters) {
        return filters.size() == 1 ? filters.get(0) : new And(filters);
    }
}
