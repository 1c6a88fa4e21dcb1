package dev.refract.engine.exec.aggregate;

import dev.refract.engine.exec.StatementRunner;
import dev.refract.engine.ir.Aggregate;
import dev.refract.engine.ir.AggregateQuery;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.ReadArgs;
import dev.refract.engine.sql.Dialect;
import dev.refract.engine.sql.Sql;
import dev.refract.engine.sql.SqlWriter;
import dev.refract.engine.sql.read.FilterRenderer;
import dev.refract.engine.sql.read.LevelSpec;
import dev.refract.engine.sql.read.SelectRenderer;
import dev.refract.model.Model;
import dev.refract.model.ScalarField;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs {@code aggregate} (and {@code count}): one statement. With a page (cursor, skip, take) it
 * is {@code SELECT COUNT(*), AVG("x") ... FROM (<the records the args pick>) AS "sub"}, the inner
 * SELECT being {@link SelectRenderer}'s, so the page is taken before aggregating, as in Prisma;
 * without one, {@code SELECT ... FROM t WHERE ...}. Always exactly one result record.
 */
public final class AggregateExecutor {
    /** The derived table's alias. */
    static final String SUB = "sub";

    private final Dialect dialect;
    private final String defaultSchema;
    private final StatementRunner runner;

    /**
     * An executor that runs its statements itself (no events, no logging).
     *
     * @param dialect the database's dialect
     * @param defaultSchema the schema of models without {@code @@schema} (null on SQLite)
     */
    public AggregateExecutor(Dialect dialect, String defaultSchema) {
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
    public AggregateExecutor(Dialect dialect, String defaultSchema, StatementRunner runner) {
        this.dialect = dialect;
        this.defaultSchema = defaultSchema;
        this.runner = runner;
    }

    /**
     * Runs the query: a record with one object per requested aggregate, keyed {@code _count},
     * {@code _avg}..., in request order (types: {@link AggregateColumns}).
     */
    public Map<String, Object> execute(Connection connection, AggregateQuery query) {
        if (query.aggregates().isEmpty()) {
            return new LinkedHashMap<>();
        }
        Sql sql = render(query);
        List<ScalarField> readAs = new ArrayList<>();
        for (Aggregate a : query.aggregates()) {
            for (ScalarField f : AggregateColumns.entries(a)) {
                readAs.add(AggregateColumns.readAs(a.function(), f));
            }
        }
        // An aggregate without GROUP BY always answers exactly one row.
        Object[] row = Statements.query(runner, dialect, connection, sql, readAs, query).get(0);
        Map<String, Object> out = new LinkedHashMap<>();
        int column = 0;
        for (Aggregate a : query.aggregates()) {
            List<Object> values = new ArrayList<>();
            for (ScalarField f : AggregateColumns.entries(a)) {
                values.add(AggregateColumns.convert(dialect, a.function(), f, row[column++]));
            }
            out.put(a.function().key(), AggregateColumns.object(a, values));
        }
        return out;
    }

    /**
     * The statement {@link #execute} runs (for tests and logs). Only a page (cursor, skip, take)
     * needs the records picked in a derived table first, as Prisma always does; without one,
     * the aggregates run straight over the filtered table: the same answer and the same plan
     * (both databases flatten such a derived table), in a statement that reads plainly in logs.
     */
    public Sql render(AggregateQuery query) {
        Model model = query.model();
        if (!query.args().isPaginated()) {
            SqlWriter w = new SqlWriter(dialect, defaultSchema);
            selectAggregates(w, query.aggregates(), SelectRenderer.ALIAS);
            w.append(" FROM ").table(model).append(" AS ").ident(SelectRenderer.ALIAS);
            if (!query.args().where().equals(Filter.TRUE)) {
                w.append(" WHERE ");
                FilterRenderer.render(w, model, SelectRenderer.ALIAS, query.args().where());
            }
            return w.build();
        }
        ReadArgs args = PrimaryOrder.stabilize(model, query.args());
        Sql inner = new SelectRenderer(dialect, defaultSchema)
                .render(new LevelSpec(model, innerColumns(model, query.aggregates()), args, null));

        SqlWriter outer = new SqlWriter(dialect, defaultSchema);
        // Columns of the derived table are named by their bare column names.
        selectAggregates(outer, query.aggregates(), null);
        outer.append(" FROM (");
        String prefix = outer.textSoFar();
        SqlWriter alias = new SqlWriter(dialect, defaultSchema).append(") AS ").ident(SUB);
        // The outer parts bind nothing, so the inner statement's parameters are the whole list.
        return new Sql(prefix + inner.text() + alias.textSoFar(), inner.params());
    }

    private static void selectAggregates(SqlWriter w, List<Aggregate> aggregates, String alias) {
        w.append("SELECT ");
        boolean first = true;
        for (Aggregate a : aggregates) {
            for (ScalarField f : AggregateColumns.entries(a)) {
                w.append(first ? "" : ", ");
                first = false;
                AggregateColumns.expression(w, a.function(), alias, f);
            }
        }
    }

    /**
     * The columns the derived table needs: each aggregated field once; with only {@code COUNT(*)},
     * the primary key (a derived table needs a column).
     */
    static List<ScalarField> innerColumns(Model model, List<Aggregate> aggregates) {
        Set<String> seen = new LinkedHashSet<>();
        List<ScalarField> out = new ArrayList<>();
        for (Aggregate a : aggregates) {
            for (ScalarField f : a.fields()) {
                if (seen.add(f.databaseName())) {
                    out.add(f);
                }
            }
        }
        if (out.isEmpty()) {
            out.addAll(PrimaryOrder.identifier(model));
        }
        return out;
    }
}
