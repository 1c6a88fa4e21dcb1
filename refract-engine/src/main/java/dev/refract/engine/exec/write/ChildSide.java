package dev.refract.engine.exec.write;

import dev.refract.engine.exec.find.RelationLink;
import dev.refract.engine.ir.FieldWrite;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.NestedWrite;
import dev.refract.engine.ir.Query;
import dev.refract.engine.ir.WriteData;
import dev.refract.model.Model;
import dev.refract.model.Relation;
import dev.refract.model.RelationField;
import dev.refract.model.ScalarField;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Nested writes on the records that reference the written row (the list side of one-to-many, the
 * back side of one-to-one) and on implicit many-to-many relations: they run after the row exists,
 * with its key. Plain creates of one level go in batched multi-row INSERTs, join-table links in
 * batched {@code INSERT ... ON CONFLICT DO NOTHING}; "related to the row" is a filter (the foreign
 * key equals the row's key, or a join-table EXISTS), so updates and deletes of related records are
 * one statement per selector.
 */
final class ChildSide {
    private final WriteContext x;
    private final NestedWrites nested;
    private final Creates creates;
    private final Deletes deletes;
    private final JoinTable join;

    ChildSide(WriteContext x, NestedWrites nested, Creates creates, Deletes deletes) {
        this.x = x;
        this.nested = nested;
        this.creates = creates;
        this.deletes = deletes;
        this.join = new JoinTable(x);
    }

    /**
     * Applies one nested write of the row {@code row} (its key and referenced columns).
     *
     * @param fresh the row was just created: nothing can be related to it yet, so nothing is detached first
     */
    void apply(Connection c, RelationLink link, NestedWrite nw, Map<ScalarField, Object> row, boolean fresh,
               Defaults defaults, Query request) {
        Model child = link.child();
        Relation relation = x.schema().relation(link.field());
        Filter connected = connected(link, row);
        if (nw instanceof NestedWrite.Create create) {
            if (!link.toMany() && !fresh) {
                detach(c, link, relation, connected, Filter.TRUE, false, request);
            }
            create(c, link, row, create.data(), false, defaults, request);
        } else if (nw instanceof NestedWrite.CreateMany many) {
            create(c, link, row, many.data(), many.skipDuplicates(), defaults, request);
        } else if (nw instanceof NestedWrite.Connect connect) {
            connect(c, link, relation, row, fresh ? null : connected, connect.where(), false, request);
        } else if (nw instanceof NestedWrite.ConnectOrCreate coc) {
            for (NestedWrite.WhereCreate item : coc.items()) {
                if (x.reader().find(c, child, item.where(), NestedWrites.selection(Keys.identifier(child))) != null) {
                    connect(c, link, relation, row, fresh ? null : connected, List.of(item.where()), false, request);
                } else {
                    if (!link.toMany() && !fresh) {
                        detach(c, link, relation, connected, Filter.TRUE, false, request);
                    }
                    create(c, link, row, List.of(item.create()), false, defaults, request);
                }
            }
        } else if (nw instanceof NestedWrite.Disconnect d) {
            disconnect(c, link, relation, row, connected, any(d.where(), link), request);
        } else if (nw instanceof NestedWrite.Set set) {
            // Only the connected records outside the set let go (Prisma's plan: diff(connected, set)),
            // so a required relation fails (P2014) only when one of those exists, not for members.
            Filter leaving = link.isManyToMany() || set.where().isEmpty() ? Filter.TRUE
                    : new Filter.Not(List.of(any(set.where(), link)));
            disconnect(c, link, relation, row, connected, leaving, request);
            if (!set.where().isEmpty()) {
                connect(c, link, relation, row, connected, set.where(), true, request);
            }
        } else if (nw instanceof NestedWrite.Update u) {
            for (NestedWrite.WhereData item : u.items()) {
                nested.updateRecord(c, child, both(connected, item.where()), item.data(), defaults,
                        request, () -> WriteErrors.missingRelated(request, child, relation, null,
                                "a nested update"));
            }
        } else if (nw instanceof NestedWrite.UpdateMany u) {
            for (NestedWrite.WhereData item : u.items()) {
                List<FieldWrite> assignments = Rows.forUpdate(child, item.data(), defaults);
                if (!assignments.isEmpty()) {
                    Filter which = both(connected, item.where());
                    if (x.relations().onUpdate(child, assignments)) { // relationMode = "prisma"
                        which = x.relations().beforeUpdate(c, child, which, null, assignments, request).where();
                    }
                    x.runner().update(c, x.renderer().update(child, assignments, which, Keys.identifier(child), null,
                            List.of()), request);
                }
            }
        } else if (nw instanceof NestedWrite.Upsert u) {
            for (NestedWrite.WhereUpsert item : u.items()) {
                Filter target = both(connected, item.where());
                if (x.reader().find(c, child, target, NestedWrites.selection(Keys.identifier(child))) != null) {
                    nested.updateRecord(c, child, target, item.update(), defaults, request,
                            () -> WriteErrors.missingRelated(request, child, relation, null, "a nested upsert"));
                } else {
                    if (!link.toMany()) {
                        detach(c, link, relation, connected, Filter.TRUE, false, request);
                    }
                    create(c, link, row, List.of(item.create()), false, defaults, request);
                }
            }
        } else if (nw instanceof NestedWrite.Delete d) {
            Filter which = any(d.where(), link);
            long n = deletes.deleteWhere(c, child, both(connected, which), null, request);
            int expected = link.toMany() ? d.where().size() : 1;
            if (n < expected) {
                throw link.toMany() ? WriteErrors.notConnected(request, relation, link.parent(), child)
                        : WriteErrors.missingRelated(request, child, relation, null, "a nested delete");
            }
        } else if (nw instanceof NestedWrite.DeleteMany d) {
            for (Filter where : d.where()) {
                deletes.deleteWhere(c, child, both(connected, where), null, request);
            }
        } else {
            throw new IllegalArgumentException("unknown nested write " + nw);
        }
    }

    /** New related records: batched INSERTs when they have no nested writes of their own, else one by one. */
    private void create(Connection c, RelationLink link, Map<ScalarField, Object> row, List<WriteData> items,
                        boolean skipDuplicates, Defaults defaults, Query request) {
        Model child = link.child();
        Map<ScalarField, Object> inherited = link.isManyToMany() ? Map.of() : inherited(link, row);
        List<ScalarField> childId = link.isManyToMany() ? link.childKey() : List.of();
        List<Object> ids = new ArrayList<>();
        // In input order: each run of records without nested writes of their own is one batched
        // INSERT; a record with nested writes is created (with its own children) on its own.
        List<Rows.Row> run = new ArrayList<>();
        for (WriteData d : items) {
            if (d.nested().isEmpty()) {
                Map<ScalarField, Object> values = new LinkedHashMap<>(Rows.forCreate(x.plan(child), d, defaults).values());
                values.putAll(inherited);
                run.add(new Rows.Row(values));
                continue;
            }
            insertRun(c, child, run, skipDuplicates, childId, ids, request);
            Map<ScalarField, Object> created = nested.createRecord(c, child, d, defaults, inherited, childId, request);
            if (!childId.isEmpty()) {
                ids.add(created.get(childId.get(0)));
            }
        }
        insertRun(c, child, run, skipDuplicates, childId, ids, request);
        if (link.isManyToMany()) {
            join.link(c, link, row.get(link.parentKey().get(0)), ids, request);
        }
    }

    /** Inserts the batched run of plain records, if any, collecting their ids, and empties it. */
    private void insertRun(Connection c, Model child, List<Rows.Row> run, boolean skipDuplicates,
                           List<ScalarField> childId, List<Object> ids, Query request) {
        if (run.isEmpty()) {
            return;
        }
        for (Object[] r : creates.insertAll(c, child, run, skipDuplicates, childId, request)) {
            ids.add(r[0]);
        }
        run.clear();
    }

    /**
     * Links existing records: all named must exist (P2025, P2018 otherwise).
     *
     * @param connected the records related to the row now, to let go of on a to-one relation; null
     *     for a row just created
     * @param partial a one-to-many {@code set}: records it names that do not exist are left out, as
     *     Prisma's set links only what its read found
     */
    private void connect(Connection c, RelationLink link, Relation relation, Map<ScalarField, Object> row,
                         Filter connected, List<Filter> wheres, boolean partial, Query request) {
        Model child = link.child();
        Filter named = wheres.size() == 1 ? wheres.get(0) : new Filter.Or(wheres);
        if (link.isManyToMany()) {
            List<ScalarField> id = link.childKey();
            List<Map<String, Object>> found = x.reader().findMany(c, child, named, NestedWrites.selection(id));
            if (found.size() < wheres.size()) {
                throw WriteErrors.incompleteConnect(request, link.parent(), wheres.size(), found.size());
            }
            List<Object> ids = new ArrayList<>();
            for (Map<String, Object> f : found) {
                ids.add(f.get(id.get(0).name()));
            }
            join.link(c, link, row.get(link.parentKey().get(0)), ids, request);
            return;
        }
        if (!link.toMany() && connected != null) {
            detach(c, link, relation, connected, new Filter.Not(List.of(named)), false, request);
        }
        List<FieldWrite> assignments = new ArrayList<>();
        inherited(link, row).forEach((f, v) -> assignments.add(FieldWrite.set(f, v)));
        long n = x.runner().update(c, x.renderer().update(child, assignments, named, Keys.identifier(child), null,
                List.of()), request);
        if (n < wheres.size() && !partial) {
            if (!link.toMany()) {
                // Prisma reads the one record a to-one connect names first: missing is P2025, naming
                // what it was needed for when the parent is being created.
                throw WriteErrors.missingRelated(request, child, relation, connected == null
                        ? "create or connect inlined relation for '" + link.parent().name() + "' record(s)" : null,
                        "a nested connect");
            }
            throw WriteErrors.incompleteConnectOutput(request, relation, wheres.size(), (int) n);
        }
    }

    /** Unlinks the related records {@code which} matches: NULL foreign keys, or join rows deleted. */
    private void disconnect(Connection c, RelationLink link, Relation relation, Map<ScalarField, Object> row,
                            Filter connected, Filter which, Query request) {
        if (link.isManyToMany()) {
            join.unlink(c, link, row.get(link.parentKey().get(0)), which, request);
            return;
        }
        detach(c, link, relation, connected, which, true, request);
    }

    /**
     * Sets the foreign key of the connected records {@code which} matches to NULL; when the foreign
     * key is required and there is such a record, that is P2014.
     *
     * @param disconnecting for a {@code disconnect} or {@code set}, not for a record replacing another
     */
    private void detach(Connection c, RelationLink link, Relation relation, Filter connected, Filter which,
                        boolean disconnecting, Query request) {
        Model child = link.child();
        Filter target = both(connected, which);
        RelationField back = relation.otherSide(link.field());
        if (back != null && back.isRequired()) {
            if (x.reader().find(c, child, target, NestedWrites.selection(Keys.identifier(child))) != null) {
                // Prisma refuses a disconnect while planning (meta in its older snake_case keys), the
                // others when the plan runs and finds the record.
                throw disconnecting ? WriteErrors.requiredDisconnect(relation, request)
                        : WriteErrors.relationViolation(relation, request == null ? null : request.model());
            }
            return;
        }
        List<FieldWrite> nulls = new ArrayList<>();
        for (ScalarField f : link.childKey()) {
            nulls.add(FieldWrite.set(f, null));
        }
        x.runner().update(c, x.renderer().update(child, nulls, target, Keys.identifier(child), null, List.of()),
                request);
    }

    /** Both filters; a constant TRUE adds nothing. */
    static Filter both(Filter a, Filter b) {
        if (b instanceof Filter.Const k && k.value()) {
            return a;
        }
        return a instanceof Filter.Const k && k.value() ? b : new Filter.And(List.of(a, b));
    }

    /** The selectors as one filter: to-one {@code true} is the related record, to-many any of them. */
    private static Filter any(List<Filter> where, RelationLink link) {
        if (where.isEmpty()) {
            return link.toMany() ? Filter.FALSE : Filter.TRUE;
        }
        return where.size() == 1 ? where.get(0) : new Filter.Or(where);
    }

    /** The child's foreign key values that point to {@code row}. */
    private static Map<ScalarField, Object> inherited(RelationLink link, Map<ScalarField, Object> row) {
        Map<ScalarField, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < link.childKey().size(); i++) {
            out.put(link.childKey().get(i), row.get(link.parentKey().get(i)));
        }
        return out;
    }

    /** Over the related model: the records related to {@code row}. */
    private Filter connected(RelationLink link, Map<ScalarField, Object> row) {
        if (link.isManyToMany()) {
            RelationField back = x.schema().relation(link.field()).otherSide(link.field());
            return new Filter.Relation(back, Filter.RelationCondition.SOME,
                    Filter.eq(link.parentKey().get(0), row.get(link.parentKey().get(0))));
        }
        List<Filter> eqs = new ArrayList<>();
        for (int i = 0; i < link.childKey().size(); i++) {
            eqs.add(Filter.eq(link.childKey().get(i), row.get(link.parentKey().get(i))));
        }
        return Filter.and(eqs);
    }
}
