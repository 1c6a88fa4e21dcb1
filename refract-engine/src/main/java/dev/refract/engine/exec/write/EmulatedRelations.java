package dev.refract.engine.exec.write;

import dev.refract.engine.ir.FieldWrite;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.Query;
import dev.refract.model.Model;
import dev.refract.model.ReferentialAction;
import dev.refract.model.RelationMode;
import dev.refract.model.ScalarField;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The referential actions of {@code relationMode = "prisma"}, where the database has no foreign
 * keys and the engine does what they would have done, as Prisma's engine does: before records are
 * deleted, or fields other records refer to are updated, each relation that refers to them applies
 * its {@code onDelete} / {@code onUpdate} to the referencing records — Cascade deletes them (and
 * follows their own dependents first) or gives their foreign key the new value, Restrict and
 * NoAction refuse with P2014 while any exist, SetNull and SetDefault rewrite their foreign key
 * (an update that follows in turn). Rows of implicit many-to-many join tables, which have no
 * foreign keys in this mode either, are deleted or re-pointed with their record.
 *
 * <p>Everything runs in the write's transaction, before the write itself, one statement per
 * relation and level over all the affected keys (split only at the dialect's parameter limit),
 * never one per record. The records a write touches are read first and the write then picks
 * exactly them by key, so a limit or a filter on relations picks the same records the actions
 * followed. Without {@code relationMode = "prisma"} nothing here runs: the database's foreign keys act.
 */
final class EmulatedRelations {
    private final EmulationStatements sql;
    private final WriteContext x;
    private final boolean active;
    private final Map<String, Dependents> dependents = new ConcurrentHashMap<>();

    EmulatedRelations(WriteContext x) {
        this.x = x;
        this.sql = new EmulationStatements(x);
        this.active = x.schema().relationMode() == RelationMode.PRISMA;
    }

    /** What an update's assignments leave to the caller: the records to write, picked by key where they fit. */
    record Pinned(Filter where, Long limit) {
    }

    /** The records of one model that a write touches: {@code columns} read for each row. */
    private record Records(Model model, List<ScalarField> columns, List<Object[]> rows) {
        /** The distinct values of {@code fields}, without tuples holding a null (which refer to nothing). */
        List<List<Object>> tuples(List<ScalarField> fields) {
            int[] at = new int[fields.size()];
            for (int i = 0; i < at.length; i++) {
                at[i] = columns.indexOf(fields.get(i));
            }
            Set<List<Object>> out = new LinkedHashSet<>();
            rows:
            for (Object[] r : rows) {
                List<Object> t = new ArrayList<>(at.length);
                for (int i : at) {
                    if (r[i] == null) {
                        continue rows;
                    }
                    t.add(r[i]);
                }
                out.add(t);
            }
            return new ArrayList<>(out);
        }
    }

    /** True when deleting records of {@code model} has actions to apply first (relationMode prisma only). */
    boolean onDelete(Model model) {
        return active && !dependents(model).isEmpty();
    }

    /** True when an update writing {@code assignments} changes fields that other records refer to. */
    boolean onUpdate(Model model, List<FieldWrite> assignments) {
        if (!active) {
            return false;
        }
        Set<ScalarField> written = written(assignments);
        Dependents d = dependents(model);
        return d.inline().stream().anyMatch(r -> r.touchedBy(written))
                || d.joins().stream().anyMatch(j -> written.contains(j.id()));
    }

    /**
     * Deletes the records {@code where} picks (at most {@code limit}) after applying every
     * {@code onDelete} that refers to them; the number deleted. Runs in the caller's transaction.
     */
    long delete(Connection c, Model model, Filter where, Long limit, Query request) {
        List<ScalarField> id = Keys.identifier(model);
        List<ScalarField> columns = deleteColumns(model);
        Records records = new Records(model, columns, sql.select(c, model, columns, where, limit, request));
        if (records.rows().isEmpty()) {
            return 0;
        }
        Map<String, Set<List<Object>>> deleted = new HashMap<>();
        records = unseen(records, deleted);
        followDelete(c, records, deleted, request);
        return sql.deleteIn(c, model, id, records.tuples(id), request);
    }

    /**
     * Applies every {@code onUpdate} that the assignments trigger to the records referring to the
     * ones {@code where} picks; null when they trigger none (the update runs as it is), else how
     * the update must pick its records. Runs in the caller's transaction, before the update.
     */
    Pinned beforeUpdate(Connection c, Model model, Filter where, Long limit, List<FieldWrite> assignments,
                        Query request) {
        if (!active) {
            return null;
        }
        Set<ScalarField> written = written(assignments);
        Dependents d = dependents(model);
        List<Dependents.Inline> hit = d.inline().stream().filter(r -> r.touchedBy(written)).toList();
        List<Dependents.Join> joins = d.joins().stream().filter(j -> written.contains(j.id())).toList();
        if (hit.isEmpty() && joins.isEmpty()) {
            return null;
        }
        List<ScalarField> id = Keys.identifier(model);
        Set<ScalarField> columns = new LinkedHashSet<>(id);
        hit.forEach(r -> columns.addAll(r.refs()));
        joins.forEach(j -> columns.add(j.id()));
        List<ScalarField> cols = new ArrayList<>(columns);
        Records records = new Records(model, cols, sql.select(c, model, cols, where, limit, request));
        if (records.rows().isEmpty()) {
            return new Pinned(Filter.FALSE, null);
        }
        followUpdate(c, records, assignments, hit, joins, request);
        List<List<Object>> keys = records.tuples(id);
        if (sql.chunks(keys, id.size()).size() == 1 || limit != null) {
            return new Pinned(Keys.filter(id, keys), null);
        }
        // Too many keys for one statement: the filter picks the records again, as it did before the
        // actions (which wrote only foreign keys, never the fields a key or this filter reads, but
        // for self-relations and filters on them).
        return new Pinned(where, null);
    }

    private void followDelete(Connection c, Records parent, Map<String, Set<List<Object>>> deleted, Query request) {
        Dependents d = dependents(parent.model());
        // Refusals first, so that a refused delete has written nothing at this level.
        for (Dependents.Inline r : d.inline()) {
            if (refuses(r.onDelete())) {
                restrict(c, r, parent.tuples(r.refs()), request);
            }
        }
        for (Dependents.Inline r : d.inline()) {
            List<List<Object>> tuples = parent.tuples(r.refs());
            if (tuples.isEmpty() || refuses(r.onDelete())) {
                continue;
            }
            switch (r.onDelete()) {
                case CASCADE -> cascadeDelete(c, r, tuples, deleted, request);
                case SET_NULL -> updateIn(c, r.child(), r.fks(), tuples, nulls(r.fks()), request);
                case SET_DEFAULT -> setDefault(c, r, parent.model(), tuples, request);
                default -> throw new IllegalStateException("unknown referential action " + r.onDelete());
            }
        }
        for (Dependents.Join j : d.joins()) {
            List<Object> ids = firsts(parent.tuples(List.of(j.id())));
            if (!ids.isEmpty()) {
                sql.deleteJoinRows(c, j, ids, request);
            }
        }
    }

    /** Deletes the records referring through {@code r}, after following what refers to them (recursively). */
    private void cascadeDelete(Connection c, Dependents.Inline r, List<List<Object>> tuples,
                               Map<String, Set<List<Object>>> deleted, Query request) {
        Model child = r.child();
        if (dependents(child).isEmpty()) {
            sql.deleteIn(c, child, r.fks(), tuples, request); // nothing below: no need to read them
            return;
        }
        List<ScalarField> columns = deleteColumns(child);
        Records children = unseen(new Records(child, columns, sql.selectIn(c, child, columns, r.fks(), tuples, request)),
                deleted);
        if (children.rows().isEmpty()) {
            return;
        }
        followDelete(c, children, deleted, request);
        List<ScalarField> id = Keys.identifier(child);
        sql.deleteIn(c, child, id, children.tuples(id), request);
    }

    private void followUpdate(Connection c, Records parent, List<FieldWrite> assignments, List<Dependents.Inline> hit,
                              List<Dependents.Join> joins, Query request) {
        for (Dependents.Inline r : hit) {
            if (refuses(r.onUpdate())) {
                restrict(c, r, parent.tuples(r.refs()), request);
            }
        }
        Map<ScalarField, FieldWrite> byField = new LinkedHashMap<>();
        assignments.forEach(a -> byField.put(a.field(), a));
        for (Dependents.Inline r : hit) {
            List<List<Object>> tuples = parent.tuples(r.refs());
            if (tuples.isEmpty() || refuses(r.onUpdate())) {
                continue;
            }
            switch (r.onUpdate()) {
                case CASCADE -> {
                    // The child's key gets what the parent's gets (the same value, or the same increment).
                    List<FieldWrite> follow = new ArrayList<>();
                    for (int i = 0; i < r.refs().size(); i++) {
                        FieldWrite w = byField.get(r.refs().get(i));
                        if (w != null) {
                            follow.add(new FieldWrite(r.fks().get(i), w.op(), w.value()));
                        }
                    }
                    updateIn(c, r.child(), r.fks(), tuples, follow, request);
                }
                case SET_NULL -> updateIn(c, r.child(), r.fks(), tuples, nulls(r.fks()), request);
                case SET_DEFAULT -> setDefault(c, r, parent.model(), tuples, request);
                default -> throw new IllegalStateException("unknown referential action " + r.onUpdate());
            }
        }
        for (Dependents.Join j : joins) {
            List<Object> ids = firsts(parent.tuples(List.of(j.id())));
            if (!ids.isEmpty()) {
                sql.updateJoinRows(c, j, byField.get(j.id()), ids, request);
            }
        }
    }

    /**
     * Applies {@code assignments} to the records of {@code model} whose {@code fields} hold one of
     * the tuples, after the actions those assignments trigger in turn; the number updated.
     */
    private long updateIn(Connection c, Model model, List<ScalarField> fields, List<List<Object>> tuples,
                          List<FieldWrite> assignments, Query request) {
        long n = 0;
        for (List<List<Object>> chunk : sql.chunks(tuples, fields.size())) {
            Filter where = Keys.filter(fields, chunk);
            Pinned pinned = beforeUpdate(c, model, where, null, assignments, request);
            n += sql.update(c, model, assignments, pinned == null ? where : pinned.where(), request);
        }
        return n;
    }

    /** P2014 when any record refers through {@code r} to one of the tuples. */
    private void restrict(Connection c, Dependents.Inline r, List<List<Object>> tuples, Query request) {
        if (!tuples.isEmpty() && sql.anyIn(c, r.child(), r.fks(), tuples, request)) {
            throw WriteErrors.relationViolation(r.relation(), request == null ? null : request.model());
        }
    }

    /**
     * SetDefault: the foreign key of the records referring through {@code r} to the tuples takes
     * each field's default, as a create would fill it in. When any record changed, the record the
     * default refers to must exist and not be one of those going away ({@code leaving}), or it is
     * P2003, as the database's foreign key would say.
     */
    private void setDefault(Connection c, Dependents.Inline r, Model parent, List<List<Object>> leaving,
                            Query request) {
        Defaults defaults = new Defaults();
        List<FieldWrite> assignments = new ArrayList<>();
        List<Object> target = new ArrayList<>();
        for (ScalarField fk : r.fks()) {
            Object v = defaults.forCreate(fk);
            if (v == Defaults.DATABASE) {
                throw RelationErrors.noDefault(fk, r.relation());
            }
            v = v == Defaults.NONE ? null : v;
            assignments.add(FieldWrite.set(fk, v));
            target.add(v);
        }
        long changed = updateIn(c, r.child(), r.fks(), leaving, assignments, request);
        if (changed > 0 && !target.contains(null) && (leaving.contains(target)
                || !sql.anyIn(c, parent, r.refs(), List.of(target), request))) {
            throw RelationErrors.missingReferenced(r.fks());
        }
    }

    private static List<FieldWrite> nulls(List<ScalarField> fks) {
        List<FieldWrite> out = new ArrayList<>(fks.size());
        for (ScalarField f : fks) {
            // A required foreign key cannot be nulled: the database refuses the NULL (P2011), as it
            // would refuse ON DELETE SET NULL on a NOT NULL column.
            out.add(FieldWrite.set(f, null));
        }
        return out;
    }

    private static boolean refuses(ReferentialAction action) {
        return action == ReferentialAction.RESTRICT || action == ReferentialAction.NO_ACTION;
    }

    /** The columns a delete reads: the identifier, every field others refer to, the join tables' ids. */
    private List<ScalarField> deleteColumns(Model model) {
        Set<ScalarField> out = new LinkedHashSet<>(Keys.identifier(model));
        Dependents d = dependents(model);
        d.inline().forEach(r -> out.addAll(r.refs()));
        d.joins().forEach(j -> out.add(j.id()));
        return new ArrayList<>(out);
    }

    /** The records not yet deleted by this request (a cycle of cascades ends there), now marked deleted. */
    private static Records unseen(Records records, Map<String, Set<List<Object>>> deleted) {
        List<ScalarField> id = Keys.identifier(records.model());
        int[] at = new int[id.size()];
        for (int i = 0; i < at.length; i++) {
            at[i] = records.columns().indexOf(id.get(i));
        }
        Set<List<Object>> seen = deleted.computeIfAbsent(records.model().name(), k -> new HashSet<>());
        List<Object[]> fresh = new ArrayList<>(records.rows().size());
        for (Object[] row : records.rows()) {
            List<Object> key = new ArrayList<>(at.length);
            for (int i : at) {
                key.add(row[i]);
            }
            if (seen.add(key)) {
                fresh.add(row);
            }
        }
        return new Records(records.model(), records.columns(), fresh);
    }

    private static List<Object> firsts(List<List<Object>> tuples) {
        List<Object> out = new ArrayList<>(tuples.size());
        tuples.forEach(t -> out.add(t.get(0)));
        return out;
    }

    private static Set<ScalarField> written(List<FieldWrite> assignments) {
        Set<ScalarField> out = new HashSet<>();
        assignments.forEach(a -> out.add(a.field()));
        return out;
    }

    private Dependents dependents(Model model) {
        return dependents.computeIfAbsent(model.name(), n -> Dependents.of(x.schema(), model));
    }
}
