package dev.refract.engine.exec.write;

import dev.refract.engine.exec.find.RelationLink;
import dev.refract.engine.ir.CreateQuery;
import dev.refract.engine.ir.FieldWrite;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.NestedWrite;
import dev.refract.engine.ir.Query;
import dev.refract.engine.ir.Selection;
import dev.refract.engine.ir.UpdateQuery;
import dev.refract.engine.ir.WriteData;
import dev.refract.model.Model;
import dev.refract.model.ScalarField;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Creates and updates with nested writes, inside the request's transaction, in dependency order:
 * first the records the written row references (its foreign keys come from them, {@link ParentSide}),
 * then the row itself, then the records that reference it and the join-table rows
 * ({@link ChildSide}). Each level's plain creates go in batched multi-row statements. The written
 * record is read back by its key at the end, so the result is exactly a find's.
 */
final class NestedWrites {
    private final WriteContext x;
    private final Creates creates;
    private final ParentSide parents;
    private final ChildSide children;

    NestedWrites(WriteContext x, Creates creates, Deletes deletes) {
        this.x = x;
        this.creates = creates;
        this.parents = new ParentSide(x, this, deletes);
        this.children = new ChildSide(x, this, creates, deletes);
    }

    Map<String, Object> create(Connection c, CreateQuery q, Defaults defaults) {
        Model model = q.model();
        List<ScalarField> key = Keys.identifier(model);
        List<ScalarField> want = direct(model, q.data(), q.selection()) ? Reader.returning(q.selection(), key) : key;
        Map<ScalarField, Object> row = createRecord(c, model, q.data(), defaults, Map.of(), want, q);
        return result(c, model, key, row, want, q.selection());
    }

    Map<String, Object> update(Connection c, UpdateQuery q, Defaults defaults) {
        return update(c, q, defaults, () -> MissingParent.of(x.schema(), q.model(), q.data(), q));
    }

    /** {@link #update(Connection, UpdateQuery, Defaults)}, throwing {@code missing} (before any write) when no record matches. */
    Map<String, Object> update(Connection c, UpdateQuery q, Defaults defaults, Supplier<RuntimeException> missing) {
        Model model = q.model();
        List<ScalarField> key = Keys.identifier(model);
        List<ScalarField> want = direct(model, q.data(), q.selection()) ? Reader.returning(q.selection(), key) : key;
        Map<ScalarField, Object> row = updateRecord(c, model, q.where(), q.data(), defaults, want, q, missing);
        return result(c, model, key, row, want, q.selection());
    }

    /**
     * Whether the record's own write can return the result: the selection is scalars only, and no
     * nested write is on a self-relation (the row's own columns change only in its INSERT or
     * UPDATE, except when a nested write reaches the record itself).
     */
    private static boolean direct(Model model, WriteData data, Selection selection) {
        if (!Reader.scalarOnly(selection)) {
            return false;
        }
        for (NestedWrite nw : data.nested()) {
            if (nw.field().relatedModel().equals(model.name())) {
                return false;
            }
        }
        return true;
    }

    /** The written record as the selection says: from the row the write returned, or read back by key. */
    private Map<String, Object> result(Connection c, Model model, List<ScalarField> key, Map<ScalarField, Object> row,
                                       List<ScalarField> want, Selection selection) {
        if (want != key) {
            return Reader.record(selection, want, values(row, want).toArray());
        }
        return x.reader().byKeys(c, model, key, List.of(values(row, key)), selection).get(0);
    }

    /**
     * Creates one record with its nested writes.
     *
     * @param inherited foreign keys set by the parent the record is created under
     * @param want columns of the new row the caller needs
     * @return the new row's key, {@code want} and the columns its children reference
     */
    Map<ScalarField, Object> createRecord(Connection c, Model model, WriteData data, Defaults defaults,
                                          Map<ScalarField, Object> inherited, List<ScalarField> want, Query request) {
        Map<ScalarField, Object> values = new LinkedHashMap<>(Rows.forCreate(x.plan(model), data, defaults).values());
        values.putAll(inherited);
        List<NestedWrite> after = new ArrayList<>();
        for (NestedWrite nw : data.nested()) {
            RelationLink link = link(model, nw);
            if (ParentSide.holdsKey(link)) {
                values.putAll(parents.forCreate(c, link, nw, defaults, request));
            } else {
                after.add(nw);
            }
        }
        List<ScalarField> returning = needed(model, want, after);
        Object[] out = creates.insertOne(c, model, new Rows.Row(values), returning, request);
        Map<ScalarField, Object> row = zip(returning, out);
        for (NestedWrite nw : after) {
            children.apply(c, link(model, nw), nw, row, true, defaults, request);
        }
        return row;
    }

    /** {@link #updateRecord(Connection, Model, Filter, WriteData, Defaults, List, Query, Supplier)} wanting only the key. */
    Map<ScalarField, Object> updateRecord(Connection c, Model model, Filter where, WriteData data, Defaults defaults,
                                          Query request, Supplier<RuntimeException> missing) {
        return updateRecord(c, model, where, data, defaults, List.of(), request, missing);
    }

    /**
     * Updates the one record {@code where} picks with its nested writes; {@code missing} when none.
     *
     * @param want columns of the updated row the caller needs
     * @return the updated row's key, {@code want} and the columns its children reference
     */
    Map<ScalarField, Object> updateRecord(Connection c, Model model, Filter where, WriteData data, Defaults defaults,
                                          List<ScalarField> want, Query request, Supplier<RuntimeException> missing) {
        // Prisma's order: the writes that give the record a foreign key first (folded into its
        // UPDATE), then the record's UPDATE, then every other nested write in input order, each on the
        // related records as the UPDATE left them; a disconnect or delete of a to-one the record
        // refers to therefore wins over a connect of the same relation, whatever the input order.
        List<NestedWrite> givesKey = new ArrayList<>();
        List<NestedWrite> before = new ArrayList<>();
        List<NestedWrite> after = new ArrayList<>();
        Set<ScalarField> foreignKeys = new LinkedHashSet<>();
        for (NestedWrite nw : data.nested()) {
            RelationLink link = link(model, nw);
            if (ParentSide.holdsKey(link)) {
                (ParentSide.givesKey(nw) ? givesKey : before).add(nw);
                foreignKeys.addAll(link.parentKey());
            } else {
                after.add(nw);
            }
        }
        List<ScalarField> wanted = new ArrayList<>(want);
        wanted.addAll(foreignKeys);
        List<ScalarField> needed = needed(model, wanted, after);
        if (givesKey.isEmpty() && before.isEmpty()) {
            Map<ScalarField, Object> row = updateDirectly(c, model, where, data, defaults, needed, request, missing);
            if (row != null) {
                for (NestedWrite nw : after) {
                    children.apply(c, link(model, nw), nw, row, false, defaults, request);
                }
                return row;
            }
        }
        Map<String, Object> found = x.reader().find(c, model, where, selection(needed));
        if (found == null) {
            throw missing.get();
        }
        Map<ScalarField, Object> row = new LinkedHashMap<>();
        for (ScalarField f : needed) {
            row.put(f, found.get(f.name()));
        }
        Map<ScalarField, FieldWrite> writes = new LinkedHashMap<>();
        for (FieldWrite w : data.scalars()) {
            writes.put(w.field(), w);
        }
        List<Runnable> afterUpdate = new ArrayList<>();
        for (NestedWrite nw : givesKey) {
            parents.forUpdate(c, link(model, nw), nw, row, defaults, request, writes, afterUpdate);
        }
        Map<ScalarField, Object> updated = new LinkedHashMap<>(row);
        for (ScalarField f : foreignKeys) {
            FieldWrite w = writes.get(f);
            if (w != null && w.op() == FieldWrite.Op.SET) {
                updated.put(f, w.value());
            }
        }
        Map<ScalarField, FieldWrite> later = new LinkedHashMap<>();
        for (NestedWrite nw : before) {
            parents.forUpdate(c, link(model, nw), nw, updated, defaults, request, later, afterUpdate);
        }
        writes.putAll(later);
        List<FieldWrite> assignments = Rows.forUpdate(model, WriteData.of(new ArrayList<>(writes.values())), defaults);
        if (!assignments.isEmpty()) {
            List<ScalarField> key = Keys.identifier(model);
            Filter byKey = Keys.filter(key, List.of(values(row, key)));
            if (x.relations().onUpdate(model, assignments)) { // relationMode = "prisma": referencing records first
                x.relations().beforeUpdate(c, model, byKey, null, assignments, request);
            }
            Object[] out = x.runner().query(c, x.renderer().update(model, assignments, byKey, key, null, needed),
                    needed, request).get(0);
            row = zip(needed, out);
        }
        for (Runnable r : afterUpdate) {
            r.run();
        }
        for (NestedWrite nw : after) {
            children.apply(c, link(model, nw), nw, row, false, defaults, request);
        }
        return row;
    }

    /**
     * The record's own UPDATE with its where, returning what the nested writes after it need: one
     * statement where reading the key first and updating by it would be two. Only when nothing
     * comes before the update (no parent-side nested write), the where picks one record at most,
     * the update changes something and no emulated relation must follow; else null, and nothing
     * was written. No row back is {@code missing}, with nothing written either.
     */
    private Map<ScalarField, Object> updateDirectly(Connection c, Model model, Filter where, WriteData data,
                                                    Defaults defaults, List<ScalarField> needed, Query request,
                                                    Supplier<RuntimeException> missing) {
        if (data.scalars().isEmpty() || !Keys.pinsOne(model, where)) {
            return null;
        }
        List<FieldWrite> assignments = Rows.forUpdate(model, WriteData.of(data.scalars()), defaults);
        if (assignments.isEmpty() || x.relations().onUpdate(model, assignments)) {
            return null;
        }
        List<Object[]> rows = x.runner().query(c, x.renderer().update(model, assignments, where,
                Keys.identifier(model), null, needed), needed, request);
        if (rows.isEmpty()) {
            throw missing.get();
        }
        return zip(needed, rows.get(0));
    }

    RelationLink link(Model model, NestedWrite nw) {
        return RelationLink.of(x.schema(), model, nw.field());
    }

    /** The key, then {@code want}, then the columns the children of {@code after} reference, each once. */
    private List<ScalarField> needed(Model model, List<ScalarField> want, List<NestedWrite> after) {
        Set<ScalarField> out = new LinkedHashSet<>(Keys.identifier(model));
        out.addAll(want);
        for (NestedWrite nw : after) {
            out.addAll(link(model, nw).parentKey());
        }
        return new ArrayList<>(out);
    }

    static Selection selection(List<ScalarField> fields) {
        List<Selection.Item> items = new ArrayList<>();
        for (ScalarField f : fields) {
            items.add(new Selection.Scalar(f));
        }
        return new Selection(items);
    }

    static Map<ScalarField, Object> zip(List<ScalarField> fields, Object[] row) {
        Map<ScalarField, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            out.put(fields.get(i), row[i]);
        }
        return out;
    }

    static List<Object> values(Map<ScalarField, Object> row, List<ScalarField> fields) {
        List<Object> out = new ArrayList<>(fields.size());
        for (ScalarField f : fields) {
            out.add(row.get(f));
        }
        return out;
    }
}
