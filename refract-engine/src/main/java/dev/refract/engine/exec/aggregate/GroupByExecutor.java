package dev.refract.engine.exec.aggregate;

import dev.refract.engine.exec.StatementRunner;
import dev.refract.engine.ir.Aggregate;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.GroupByQuery;
import dev.refract.engine.ir.OrderBy;
import dev.refract.engine.sql.Sql;
import dev.refract.engine.sql.SqlWriter;
import dev.refract.engine.sql.read.FilterRenderer;
import dev.refract.engine.sql.read.SelectRenderer;
import dev.refract.engine.sql.Dialect;
import dev.refract.model.ScalarField;
import dev.refract.model.SortOrder;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code groupBy}: one statement, {@code SELECT <by fields and aggregates> FROM t WHERE ...
 * GROUP BY ... HAVING ... ORDER BY ... LIMIT ... OFFSET ...}. Each result record holds the
 * selection's keys in order: a grouped field's value, or an aggregate's object (types:
 * {@link AggregateColumns}). A negative take takes the last groups: the order is reversed in SQL
 * and the rows back in memory, as Prisma does for finds.
 */
public final class GroupByExecutor {
    private static final String ALIAS = SelectRenderer.ALIAS;

    private final Dialect dialect;
    private final String defaultSchema;
    private final StatementRunner runner;

    /**
     * An executor that runs its statements itself (no events, no logging).
     *
     * @param dialect the database's dialect
     * @param defaultSchema the schema of models without {@code @@schema} (null on SQLite)
     */
    public GroupByExecutor(Dialect dialect, String defaultSchema) {
        this(dialect, defaultSchema, null);
    }

    /**
     * An executor that runs its statements through the engine's runner (events, logging, the
     * engine's error mapping).
     *
     * @param dialect the database's dialect
     * @param defaultSchema the schema of models without {@code @@schema} (null on SQLite)
     * @param runner the engine's statement runner, or null to run statements directly
     */
    public GroupByExecutor(Dialect dialect, String defaultSchema, StatementRunner runner) {
        this.dialect = dialect;
        this.defaultSchema = defaultSchema;
        this.runner = runner;
    }

    /** Runs the query: one record per group, in the query's order. */
    public List<Map<String, Object>> execute(Connection connection, GroupByQuery query) {
        Sql sql = render(query);
        List<ScalarField> readAs = new ArrayList<>();
        for (Object item : query.selection()) {
            if (item instanceof ScalarField f) {
                readAs.add(f);
            } else {
                Aggregate a = (Aggregate) item;
                for (ScalarField f : AggregateColumns.entries(a)) {
                    readAs.add(AggregateColumns.readAs(a.function(), f));
                }
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Object[] row : Statements.query(runner, dialect, connection, sql, readAs, query)) {
            Map<String, Object> out = new LinkedHashMap<>();
            int column = 0;
            for (Object item : query.selection()) {
                if (item instanceof ScalarField f) {
                    out.put(f.name(), row[column++]);
                } else {
                    Aggregate a = (Aggregate) item;
                    List<Object> values = new ArrayList<>();
                    for (ScalarField f : AggregateColumns.entries(a)) {
                        values.add(AggregateColumns.convert(dialect, a.function(), f, row[column++]));
                    }
                    out.put(a.function().key(), AggregateColumns.object(a, values));
                }
            }
            rows.add(out);
        }
        if (reversed(query)) {
            Collections.reverse(rows);
        }
        return rows;
    }

    /** The statement {@link #execute} runs (for tests and logs). */
    public Sql render(GroupByQuery query) {
        SqlWriter w = new SqlWriter(dialect, defaultSchema);
        w.append("SELECT ");
        int columns = 0;
        for (Object item : query.selection()) {
            if (item instanceof ScalarField f) {
                w.append(columns++ > 0 ? ", " : "").column(ALIAS, f);
            } else {
                Aggregate a = (Aggregate) item;
                for (ScalarField f : AggregateColumns.entries(a)) {
                    w.append(columns++ > 0 ? ", " : "");
                    AggregateColumns.expression(w, a.function(), ALIAS, f);
                }
            }
        }
        if (columns == 0) {
            // Nothing selected: still one row per group (each an empty record).
            w.append("1");
        }
        w.append(" FROM ").table(query.model()).append(" AS ").ident(ALIAS).append(" WHERE ");
        FilterRenderer.render(w, query.model(), ALIAS, query.where());
        if (!query.by().isEmpty()) {
            w.append(" GROUP BY ");
            for (int i = 0; i < query.by().size(); i++) {
                w.append(i > 0 ? ", " : "").column(ALIAS, query.by().get(i));
            }
        }
        if (!query.having().equals(Filter.TRUE)) {
            w.append(" HAVING ");
            HavingRenderer.render(w, query.model(), ALIAS, query.having());
        }
        orderBy(w, query);
        paginate(w, query);
        return w.build();
    }

    private void orderBy(SqlWriter w, GroupByQuery query) {
        if (query.orderBy().isEmpty()) {
            return;
        }
        boolean flip = reversed(query);
        w.append(" ORDER BY ");
        for (int i = 0; i < query.orderBy().size(); i++) {
            OrderBy o = query.orderBy().get(i);
            w.append(i > 0 ? ", " : "");
            OrderBy.Nulls nulls = null;
            if (o instanceof OrderBy.ByScalar s) {
                if (!s.path().isEmpty()) {
                    throw new UnsupportedOperationException("groupBy orders by its own fields and aggregates only");
                }
                w.column(ALIAS, s.field());
                nulls = s.nulls();
            } else if (o instanceof OrderBy.ByAggregate a) {
                AggregateColumns.expression(w, a.function(), ALIAS, a.field());
            } else {
                throw new UnsupportedOperationException("groupBy cannot order by " + o);
            }
            boolean asc = (o.direction() == SortOrder.ASC) != flip;
            w.append(asc ? " ASC" : " DESC");
            if (nulls != null) {
                boolean first = (nulls == OrderBy.Nulls.FIRST) != flip;
                w.append(first ? " NULLS FIRST" : " NULLS LAST");
            }
        }
    }

    private void paginate(SqlWriter w, GroupByQuery query) {
        Long take = query.take();
        Long skip = query.skip();
        if (take != null) {
            w.append(" LIMIT ").param(Math.abs(take), null);
        } else if (skip != null && "sqlite".equals(dialect.provider())) {
            // SQLite has no OFFSET without LIMIT; -1 is "no limit".
            w.append(" LIMIT -1");
        }
        if (skip != null) {
            w.append(" OFFSET ").param(skip, null);
        }
    }

    private static boolean reversed(GroupByQuery query) {
        return query.take() != null && query.take() < 0;
    }
}
