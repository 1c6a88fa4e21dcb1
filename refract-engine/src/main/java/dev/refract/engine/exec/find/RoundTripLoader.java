package dev.refract.engine.exec.find;

import dev.refract.engine.exec.StatementRunner;
import dev.refract.engine.ir.Query;
import dev.refract.engine.ir.ReadArgs;
import dev.refract.engine.sql.Sql;
import dev.refract.engine.sql.read.LevelSpec;
import dev.refract.model.ScalarField;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The batched strategy without waiting for keys: each relation's statement selects its rows by
 * its parents' statement as a subquery ({@link LevelSpec.Link#parentQuery()}), so every statement
 * is known up front. On PostgreSQL they all go in one round trip (and one snapshot); on SQLite,
 * which has no round trips to save, they run one after the other. Stitched like the batched
 * strategy. The database re-runs each ancestor's statement inside its descendants', so this pays
 * off only when round trips are expensive.
 */
final class RoundTripLoader {
    private final LevelSql sql;
    private final StatementRunner runner;
    private final boolean oneTrip;

    RoundTripLoader(LevelSql sql, StatementRunner runner) {
        this.sql = sql;
        this.runner = runner;
        this.oneTrip = sql.dialect().provider().equals("postgresql");
    }

    List<Map<String, Object>> load(Connection c, Query request, LevelPlan plan, ReadArgs args) {
        List<Sql> statements = new ArrayList<>();
        List<List<ScalarField>> columns = new ArrayList<>();
        Map<LevelPlan.Child, Integer> index = new IdentityHashMap<>();
        Sql top = sql.level(plan, args, null);
        statements.add(top);
        columns.add(sql.readColumns(plan, null));
        List<Integer> spare = new ArrayList<>();
        spare.add(plan.spareSlots());
        plan(plan, top, statements, columns, spare, index);

        List<List<Object[]>> results;
        if (oneTrip) {
            results = runner.queryAll(c, statements, columns, spare.stream().mapToInt(Integer::intValue).toArray(),
                    request);
        } else {
            results = new ArrayList<>();
            for (int i = 0; i < statements.size(); i++) {
                results.add(runner.query(c, statements.get(i), columns.get(i), spare.get(i), request));
            }
        }
        return BatchedLoader.stitch(plan, results.get(0), (child, keys) -> results.get(index.get(child)));
    }

    /** Adds the statements of {@code plan}'s relations, each selecting by {@code parent}, depth first. */
    private void plan(LevelPlan plan, Sql parent, List<Sql> statements, List<List<ScalarField>> columns,
                      List<Integer> spare, Map<LevelPlan.Child, Integer> index) {
        for (LevelPlan.Child child : plan.children) {
            RelationLink link = child.link();
            Sql parents = sql.project(parent, link.parentKey());
            Sql statement = link.isManyToMany()
                    ? sql.manyToMany(child.plan(), link, child.item().args(), parents)
                    : sql.level(child.plan(), child.item().args(),
                            new LevelSpec.Link(link.childKey(), null, parents, link.childKey()));
            index.put(child, statements.size());
            statements.add(statement);
            columns.add(sql.readColumns(child.plan(), link.isManyToMany() ? link.parentKey().get(0) : null));
            spare.add(child.plan().spareSlots());
            plan(child.plan(), statement, statements, columns, spare, index);
        }
    }
}
