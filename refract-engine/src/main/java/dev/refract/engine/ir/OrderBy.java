package dev.refract.engine.ir;

import dev.refract.model.RelationField;
import dev.refract.model.ScalarField;
import dev.refract.model.SortOrder;
import java.util.List;

/** One key of an orderBy, in priority order within its list. */
public sealed interface OrderBy {
    /** The direction. */
    SortOrder direction();

    /** Where nulls go when the query says so. */
    enum Nulls { FIRST, LAST }

    /**
     * By a scalar field of the model, or of a to-one related model reached through {@code path}.
     *
     * @param path to-one relation fields from the queried model (empty for its own fields)
     * @param field the scalar field
     * @param direction asc or desc
     * @param nulls {@code nulls: first|last}, or null for the database's default
     */
    record ByScalar(List<RelationField> path, ScalarField field, SortOrder direction, Nulls nulls) implements OrderBy {
        public ByScalar {
            path = List.copyOf(path);
        }

        public ByScalar(ScalarField field, SortOrder direction) {
            this(List.of(), field, direction, null);
        }
    }

    /**
     * By the number of related records: {@code orderBy: {posts: {_count: desc}}}.
     *
     * @param path to-one relation fields leading to the model that holds {@code relation}
     * @param relation the to-many relation counted
     */
    record ByRelationCount(List<RelationField> path, RelationField relation, SortOrder direction) implements OrderBy {
        public ByRelationCount {
            path = List.copyOf(path);
        }
    }

    /**
     * By an aggregate, in groupBy: {@code orderBy: {_count: {id: asc}}}.
     *
     * @param function the aggregate
     * @param field its field; null for {@code _count: {_all}}
     */
    record ByAggregate(Aggregate.Function function, ScalarField field, SortOrder direction) implements OrderBy {
    }

    /**
     * By full-text relevance (PostgreSQL): {@code _relevance: {fields, search, sort}}.
     *
     * @param fields the text fields searched
     * @param search the search expression
     */
    record ByRelevance(List<ScalarField> fields, String search, SortOrder direction) implements OrderBy {
        public ByRelevance {
            fields = List.copyOf(fields);
        }
    }
}
