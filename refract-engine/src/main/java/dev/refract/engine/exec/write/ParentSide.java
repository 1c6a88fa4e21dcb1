package dev.refract.engine.exec.write;

import dev.refract.engine.exec.find.RelationLink;
import dev.refract.engine.ir.FieldWrite;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.NestedWrite;
import dev.refract.engine.ir.Query;
import dev.refract.model.Model;
import dev.refract.model.Relation;
import dev.refract.model.RelationKind;
import dev.refract.model.ScalarField;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Nested writes through a relation whose foreign key the written record holds (the "many" side of
 * one-to-many, the referencing side of one-to-one): they run before the record's own INSERT or
 * UPDATE and give it the foreign key values (or NULL, for disconnect and delete).
 */
final class ParentSide {
    private final WriteContext x;
    private final NestedWrites nested;
    private final Deletes deletes;

    ParentSide(WriteContext x, NestedWrites nested, Deletes deletes) {
        this.x = x;
        this.nested = nested;
        this.deletes = deletes;
    }

    /** True when the written record holds the relation's foreign key. */
    static boolean holdsKey(RelationLink link) {
        return !link.isManyToMany() && link.field().isReferencing();
    }

    /**
     * True for the nested writes that give the record its foreign key (create, connect,
     * connectOrCreate): in an update Prisma folds them into the record's own UPDATE, so they act
     * before every other nested write of the request, whatever the input order.
     */
    static boolean givesKey(NestedWrite nw) {
        return nw instanceof NestedWrite.Create || nw instanceof NestedWrite.Connect
                || nw instanceof NestedWrite.ConnectOrCreate;
    }

    /** The foreign key values of a new record from its create, connect or connectOrCreate. */
    Map<ScalarField, Object> forCreate(Connection c, RelationLink link, NestedWrite nw, Defaults defaults,
                                       Query request) {
        return target(c, link, nw, defaults, request, null);
    }

    /**
     * Applies a nested write of an update: the foreign key changes go into {@code writes}; deletes
     * of the formerly related record into {@code afterUpdate} (they must wait for the row to let go).
     *
     * @param row the record's key and foreign key values as its UPDATE leaves them (the foreign key
     *     {@link #givesKey} writes gave it): the related record the other writes act on
     */
    void forUpdate(Connection c, RelationLink link, NestedWrite nw, Map<ScalarField, Object> row, Defaults defaults,
                   Query request, Map<ScalarField, FieldWrite> writes, List<Runnable> afterUpdate) {
        Model child = link.child();
        Relation relation = x.schema().relation(link.field());
        Filter connected = connected(link, row);
        List<ScalarField> childKey = Keys.identifier(child);
        if (givesKey(nw)) {
            Filter self = Keys.filter(Keys.identifier(link.parent()),
                    List.of(NestedWrites.values(row, Keys.identifier(link.parent()))));
            target(c, link, nw, defaults, request, self).forEach((f, v) -> writes.put(f, FieldWrite.set(f, v)));
        } else if (nw instanceof NestedWrite.Disconnect d) {
            Filter where = d.where().isEmpty() ? Filter.TRUE : d.where().get(0);
            if (x.reader().find(c, child, ChildSide.both(connected, where), NestedWrites.selection(childKey))
                    != null) {
                release(link, relation, writes, request);
            }
        } else if (nw instanceof NestedWrite.Update u) {
            NestedWrite.WhereData item = u.items().get(0);
            nested.updateRecord(c, child, ChildSide.both(connected, item.where()), item.data(), defaults, request,
                    () -> WriteErrors.missingRelated(request, child, relation, null, "a nested update"));
        } else if (nw instanceof NestedWrite.Upsert u) {
            NestedWrite.WhereUpsert item = u.items().get(0);
            Filter target = ChildSide.both(connected, item.where());
            if (x.reader().find(c, child, target, NestedWrites.selection(childKey)) != null) {
                nested.updateRecord(c, child, target, item.update(), defaults, request,
                        () -> WriteErrors.missingRelated(request, child, relation, null, "a nested upsert"));
            } else {
                Map<ScalarField, Object> created = nested.createRecord(c, child, item.create(), defaults, Map.of(),
                        link.childKey(), request);
                foreignKey(link, created).forEach((f, v) -> writes.put(f, FieldWrite.set(f, v)));
            }
        } else if (nw instanceof NestedWrite.Delete d) {
            Filter where = ChildSide.both(connected, d.where().isEmpty() ? Filter.TRUE : d.where().get(0));
            Map<String, Object> found = x.reader().find(c, child, where, NestedWrites.selection(childKey));
            if (found == null) {
                throw WriteErrors.missingRelated(request, child, relation, null, "a nested delete");
            }
            release(link, relation, writes, request);
            Filter byKey = Keys.filter(childKey, List.of(new ArrayList<>(found.values())));
            afterUpdate.add(() -> deletes.deleteWhere(c, child, byKey, null, request));
        } else {
            throw new IllegalArgumentException(nw.getClass().getSimpleName() + " is not a to-one nested write");
        }
    }

    /** The related record a create, connect or connectOrCreate names (creating it if need be), as foreign key values. */
    private Map<ScalarField, Object> target(Connection c, RelationLink link, NestedWrite nw, Defaults defaults,
                                            Query request, Filter self) {
        Model child = link.child();
        Relation relation = x.schema().relation(link.field());
        if (nw instanceof NestedWrite.Create create) {
            return foreignKey(link, nested.createRecord(c, child, create.data().get(0), defaults, Map.of(),
                    link.childKey(), request));
        }
        Filter where;
        WriteCreate orCreate = null;
        if (nw instanceof NestedWrite.Connect connect) {
            where = connect.where().get(0);
        } else if (nw instanceof NestedWrite.ConnectOrCreate coc) {
            where = coc.items().get(0).where();
            orCreate = new WriteCreate(coc.items().get(0));
        } else {
            throw new IllegalArgumentException(nw.getClass().getSimpleName() + " gives no foreign key");
        }
        Map<String, Object> found = x.reader().find(c, child, where, NestedWrites.selection(link.childKey()));
        if (found == null) {
            if (orCreate == null) {
                // Prisma says what the record was needed for on one-to-many relations only.
                throw WriteErrors.missingRelated(request, child, relation, relation.kind() == RelationKind.ONE_TO_MANY
                        ? "inline the relation on '" + link.parent().name() + "' record(s)" : null, "a nested connect");
            }
            return foreignKey(link, nested.createRecord(c, child, orCreate.item().create(), defaults, Map.of(),
                    link.childKey(), request));
        }
        Map<ScalarField, Object> fk = new LinkedHashMap<>();
        for (int i = 0; i < link.parentKey().size(); i++) {
            fk.put(link.parentKey().get(i), found.get(link.childKey().get(i).name()));
        }
        if (relation.kind() == RelationKind.ONE_TO_ONE) {
            releaseOthers(c, link, relation, fk, self, request);
        }
        return fk;
    }

    /** The connectOrCreate item whose create runs when its where finds nothing. */
    private record WriteCreate(NestedWrite.WhereCreate item) {
    }

    /**
     * One-to-one: the record being connected may be related to another record holding the same
     * foreign key, which must let go (NULL), or, if its relation is required, the change is P2014.
     */
    private void releaseOthers(Connection c, RelationLink link, Relation relation, Map<ScalarField, Object> fk,
                               Filter self, Query request) {
        Model parent = link.parent();
        List<Filter> eqs = new ArrayList<>();
        fk.forEach((f, v) -> eqs.add(Filter.eq(f, v)));
        if (self != null) {
            eqs.add(new Filter.Not(List.of(self)));
        }
        Filter others = Filter.and(eqs);
        if (link.field().isRequired()) {
            if (x.reader().find(c, parent, others, NestedWrites.selection(Keys.identifier(parent))) != null) {
                throw WriteErrors.relationViolation(relation, request == null ? null : request.model());
            }
            return;
        }
        List<FieldWrite> nulls = new ArrayList<>();
        for (ScalarField f : fk.keySet()) {
            nulls.add(FieldWrite.set(f, null));
        }
        x.runner().update(c, x.renderer().update(parent, nulls, others, Keys.identifier(parent), null, List.of()),
                request);
    }

    /** Disconnecting: the foreign key becomes NULL, which a required relation forbids (P2014). */
    private static void release(RelationLink link, Relation relation, Map<ScalarField, FieldWrite> writes,
                                Query request) {
        if (link.field().isRequired()) {
            throw WriteErrors.relationViolation(relation, request == null ? null : request.model());
        }
        for (ScalarField f : link.parentKey()) {
            writes.put(f, FieldWrite.set(f, null));
        }
    }

    /** Over the related model: the record the written row's foreign key points to ({@link Filter#FALSE} when NULL). */
    static Filter connected(RelationLink link, Map<ScalarField, Object> row) {
        List<Filter> eqs = new ArrayList<>();
        for (int i = 0; i < link.parentKey().size(); i++) {
            Object v = row.get(link.parentKey().get(i));
            if (v == null) {
                return Filter.FALSE;
            }
            eqs.add(Filter.eq(link.childKey().get(i), v));
        }
        return Filter.and(eqs);
    }

    private static Map<ScalarField, Object> foreignKey(RelationLink link, Map<ScalarField, Object> related) {
        Map<ScalarField, Object> fk = new LinkedHashMap<>();
        for (int i = 0; i < link.parentKey().size(); i++) {
            fk.put(link.parentKey().get(i), related.get(link.childKey().get(i)));
        }
        return fk;
    }
}
