package dev.refract.engine.sql.read;

import dev.refract.engine.ir.ReadArgs;
import dev.refract.engine.sql.Sql;
import dev.refract.model.Model;
import dev.refract.model.ScalarField;
import java.util.List;

/**
 * One SELECT of one model: the top query, or one relation level of an include tree.
 *
 * @param model the model read
 * @param columns the columns to return, in order (the executor adds the linking columns it needs)
 * @param args where, orderBy, cursor, skip, take, distinct; with a {@code link}, skip/take/cursor
 *     and distinct apply per parent, not to the whole statement
 * @param link how the rows tie to their parents, or null for the top query
 */
public record LevelSpec(Model model, List<ScalarField> columns, ReadArgs args, Link link) {
    public LevelSpec {
        columns = List.copyOf(columns);
    }

    /**
     * Restricts a level to the children of some parents: {@code (childColumns) IN (...)}.
     * Exactly one of {@code keys} and {@code parentQuery} is set.
     *
     * @param childColumns the child's columns that hold the parent key, in key order
     * @param keys the parents' key tuples (batched mode); chunked by the caller under the bind limit
     * @param parentQuery a statement returning the parents' key tuples (the one-round-trip mode:
     *     the child selects by the parents' subquery)
     * @param partitionColumns the columns that identify one parent's children, for per-parent
     *     pagination (usually {@code childColumns})
     * @param keyArray with one child column on PostgreSQL, the same keys as one list, bound as one
     *     array parameter ({@code = ANY(?)}) instead of one parameter per key; kept as given (not
     *     copied), as the statement cache recognises the parameter by this very list; or null
     */
    public record Link(List<ScalarField> childColumns, List<List<Object>> keys, Sql parentQuery,
                       List<ScalarField> partitionColumns, List<Object> keyArray) {
        public Link {
            childColumns = List.copyOf(childColumns);
            keys = keys == null ? null : List.copyOf(keys);
            partitionColumns = List.copyOf(partitionColumns);
            if (keyArray != null && (keys == null || childColumns.size() != 1)) {
                throw new IllegalArgumentException("a key array stands for the keys of one column");
            }
        }

        /** A link without a key array. */
        public Link(List<ScalarField> childColumns, List<List<Object>> keys, Sql parentQuery,
                    List<ScalarField> partitionColumns) {
            this(childColumns, keys, parentQuery, partitionColumns, null);
        }
    }
}
