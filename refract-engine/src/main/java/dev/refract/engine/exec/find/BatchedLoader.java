package dev.refract.engine.exec.find;

import dev.refract.engine.exec.StatementRunner;
import dev.refract.engine.ir.Query;
import dev.refract.engine.ir.ReadArgs;
import dev.refract.engine.sql.Sql;
import dev.refract.engine.sql.read.LevelSpec;
import dev.refract.model.ScalarField;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The default way to load an include tree: one statement for the top level, then one batched
 * statement per relation (the parents' keys in {@code IN (...)}, chunked under the bind limit, or
 * on PostgreSQL as one array parameter, {@code = ANY(?)}, where the key's type allows),
 * stitched in memory by key. Never one statement per parent.
 */
final class BatchedLoader {
    private final LevelSql sql;
    private final StatementRunner runner;

    BatchedLoader(LevelSql sql, StatementRunner runner) {
        this.sql = sql;
        this.runner = runner;
    }

    /** Where a level's child rows come from: a statement per relation, or rows read beforehand. */
    interface ChildRows {
        /** The rows of {@code child} for the parents with {@code keys} (distinct, non-null). */
        List<Object[]> of(LevelPlan.Child child, List<Object> keys);
    }

    List<Map<String, Object>> load(Connection c, Query request, LevelPlan plan, ReadArgs args) {
        Sql top = sql.level(plan, args, null);
        List<Object[]> rows = runner.query(c, top, sql.readColumns(plan, null), plan.spareSlots(), request);
        return stitch(plan, rows, (child, keys) -> fetch(c, request, child, keys));
    }

    /** The records of the top level's {@code rows}, with every relation below filled from {@code source}. */
    static List<Map<String, Object>> stitch(LevelPlan plan, List<Object[]> rows, ChildRows source) {
        List<Map<String, Object>> records = records(plan, rows, 0);
        loadChildren(source, plan, rows, 0, records);
        return records;
    }

    private static List<Map<String, Object>> records(LevelPlan plan, List<Object[]> rows, int offset) {
        List<Map<String, Object>> out = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            out.add(plan.record(row, offset));
        }
        return out;
    }

    private static void loadChildren(ChildRows source, LevelPlan plan, List<Object[]> rows, int offset,
                                     List<Map<String, Object>> records) {
        for (LevelPlan.Child child : plan.children) {
            RelationLink link = child.link();
            Object[] parentKeys = new Object[rows.size()];
            // Sized for every parent so that neither set nor map below rehashes while filled.
            Set<Object> keys = new LinkedHashSet<>((int) (rows.size() / 0.75f) + 1);
            int nonNull = 0;
            for (int i = 0; i < rows.size(); i++) {
                parentKeys[i] = LevelPlan.keyAt(rows.get(i), child.parentKeyColumns(), offset);
                if (parentKeys[i] != null) {
                    keys.add(parentKeys[i]);
                    nonNull++;
                }
            }
            if (keys.isEmpty()) {
                // No parent has a key: every to-many is empty, every to-one null.
                for (Map<String, Object> record : records) {
                    plan.setRelation(record, child, link.toMany() ? new ArrayList<>() : null);
                }
                continue;
            }
            List<Object[]> childRows = source.of(child, new ArrayList<>(keys));
            int childOffset = link.isManyToMany() ? 1 : 0;
            List<Map<String, Object>> childRecords = records(child.plan(), childRows, childOffset);
            loadChildren(source, child.plan(), childRows, childOffset, childRecords);

            Map<Object, List<Map<String, Object>>> byParent = new HashMap<>((int) (keys.size() / 0.75f) + 1);
            for (int j = 0; j < childRows.size(); j++) {
                Object[] row = childRows.get(j);
                Object key = link.isManyToMany() ? LevelPlan.keyPart(row[0])
                        : LevelPlan.keyAt(row, child.childKeyColumns(), 0);
                byParent.computeIfAbsent(key, k -> new ArrayList<>()).add(childRecords.get(j));
            }
            // Parents with distinct keys take their lists as they are; only when a key repeats (the
            // same record under several grandparents) does each parent get its own copy.
            boolean distinct = keys.size() == nonNull;
            for (int i = 0; i < rows.size(); i++) {
                List<Map<String, Object>> mine = parentKeys[i] == null ? null : byParent.get(parentKeys[i]);
                if (link.toMany()) {
                    plan.setRelation(records.get(i), child,
                            mine == null ? new ArrayList<>() : distinct ? mine : new ArrayList<>(mine));
                } else {
                    plan.setRelation(records.get(i), child, mine == null ? null : mine.get(0));
                }
            }
        }
    }

    /** The children of all {@code keys}, in as few statements as the bind limit allows. */
    private List<Object[]> fetch(Connection c, Query request, LevelPlan.Child child, List<Object> keys) {
        RelationLink link = child.link();
        int width = link.parentKey().size() * (link.isManyToMany() ? 2 : 1);
        boolean array = !link.isManyToMany() && link.childKey().size() == 1 && sql.keyArray(link.childKey().get(0));
        // Leave room for the parameters of the level's own filter; an array is one parameter.
        int chunk = array ? Math.max(1, keys.size()) : Math.max(1, (sql.dialect().maxBindParameters() - 1024) / width);
        List<ScalarField> read = sql.readColumns(child.plan(), link.isManyToMany() ? link.parentKey().get(0) : null);
        List<Object[]> out = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += chunk) {
            List<List<Object>> tuples = new ArrayList<>();
            for (Object key : keys.subList(from, Math.min(keys.size(), from + chunk))) {
                tuples.add(LevelPlan.keyValues(key, link.parentKey().size()));
            }
            Sql statement;
            if (link.isManyToMany()) {
                statement = sql.manyToMany(child.plan(), link, child.item().args(), tuples);
            } else {
                List<Object> values = null;
                if (array) {
                    values = new ArrayList<>(tuples.size());
                    for (List<Object> t : tuples) {
                        values.add(t.get(0));
                    }
                }
                statement = sql.level(child.plan(), child.item().args(),
                        new LevelSpec.Link(link.childKey(), tuples, null, link.childKey(), values));
            }
            List<Object[]> rows = runner.query(c, statement, read, child.plan().spareSlots(), request);
            if (from == 0 && from + chunk >= keys.size()) {
                return rows; // one statement: its list as it is, not copied
            }
            out.addAll(rows);
        }
        return out;
    }
}
