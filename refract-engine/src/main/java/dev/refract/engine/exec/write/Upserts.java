package dev.refract.engine.exec.write;

import dev.refract.engine.ir.FieldRef;
import dev.refract.engine.ir.FieldWrite;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.Selection;
import dev.refract.engine.ir.UpsertQuery;
import dev.refract.engine.sql.Sql;
import dev.refract.model.Model;
import dev.refract.model.ScalarField;
import java.math.BigDecimal;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * upsertOne. Prisma's rule for the database's own upsert ({@code INSERT ... ON CONFLICT (...) DO
 * UPDATE ... RETURNING}, one statement): the where is exactly one unique selector, the create
 * gives those fields the same values, the update changes something, and there are no nested
 * writes and no relations to return. Otherwise Prisma reads the record the where picks, then
 * updates it or creates one, in a transaction; here the update goes first (Prisma's result, fewer
 * statements): alone when it is one statement (scalar data and selection, a where that picks one
 * record at most), else in the transaction with its nested writes, which find a missing record
 * before they write anything. When the update matched nothing, the create follows.
 */
final class Upserts {
    private final WriteContext x;
    private final Creates creates;
    private final Updates updates;

    Upserts(WriteContext x, Creates creates, Updates updates) {
        this.x = x;
        this.creates = creates;
        this.updates = updates;
    }

    Map<String, Object> upsert(Connection c, UpsertQuery q) {
        Defaults defaults = new Defaults();
        Model model = q.model();
        Rows.Row row = q.create().nested().isEmpty() ? Rows.forCreate(x.plan(model), q.create(), defaults) : null;
        List<FieldWrite> assignments = Rows.forUpdate(model, q.update(), defaults);
        List<ScalarField> target = row == null || !q.update().nested().isEmpty() || assignments.isEmpty()
                || !Reader.scalarOnly(q.selection()) || x.relations().onUpdate(model, assignments) ? null
                : nativeTarget(model, q.where(), row);
        if (target != null) {
            List<ScalarField> returning = Reader.returning(q.selection(), Keys.identifier(model));
            List<ScalarField> columns = Rows.columns(x.plan(model), List.of(row));
            Sql sql = x.renderer().upsert(model, columns, Rows.cells(row, columns, true), target, assignments, q.where(),
                    returning);
            List<Object[]> rows = x.runner().query(c, sql, returning, q);
            if (rows.isEmpty()) {
                throw WriteErrors.missingRecord(model, "an upsert");
            }
            return Reader.record(q.selection(), returning, rows.get(0));
        }
        List<ScalarField> key = Keys.identifier(model);
        if (q.update().nested().isEmpty() && !assignments.isEmpty() && Reader.scalarOnly(q.selection())
                && !x.relations().onUpdate(model, assignments) && Keys.pinsOne(model, q.where())) {
            // The update first, on its own: one statement when the record exists (Prisma reads its key
            // first, then updates by it, in a transaction). When it does not, the update wrote nothing
            // and the create follows, as after Prisma's read.
            List<ScalarField> returning = Reader.returning(q.selection(), key);
            List<Object[]> rows = x.runner().query(c, x.renderer().update(model, assignments, q.where(), key, null,
                    returning), returning, q);
            if (!rows.isEmpty()) {
                return Reader.record(q.selection(), returning, rows.get(0));
            }
            return creates.create(c, new dev.refract.engine.ir.CreateQuery(model, q.create(), q.selection()));
        }
        return x.tx().run(c, q, () -> {
            if (!q.update().nested().isEmpty()) {
                // The nested update tells a missing record apart before it writes anything; then the create.
                Missing missing = new Missing();
                try {
                    return x.nested().update(c, new dev.refract.engine.ir.UpdateQuery(model, q.where(), q.update(),
                            q.selection()), defaults, () -> missing);
                } catch (Missing e) {
                    if (e != missing) {
                        throw e;
                    }
                    return creates.create(c, new dev.refract.engine.ir.CreateQuery(model, q.create(), q.selection()));
                }
            }
            Selection keyOnly = new Selection(key.stream().map(f -> (Selection.Item) new Selection.Scalar(f)).toList());
            Map<String, Object> found = x.reader().find(c, model, q.where(), keyOnly);
            if (found == null) {
                return creates.create(c, new dev.refract.engine.ir.CreateQuery(model, q.create(), q.selection()));
            }
            List<Object> k = new ArrayList<>(found.values());
            Filter byKey = Keys.filter(key, List.of(k));
            return updates.updateOne(c, model, byKey, assignments, q.selection(), q, "an upsert");
        });
    }

    /** The upserted record is not there: the signal to create it (no stack trace; never leaves this class). */
    private static final class Missing extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Missing() {
            super("no record to update", null, false, false);
        }
    }

    /**
     * The unique columns of a where that is exactly one unique selector with the create's values,
     * in the constraint's order; null when the where is anything else.
     */
    static List<ScalarField> nativeTarget(Model model, Filter where, Rows.Row row) {
        Map<ScalarField, Object> equalities = new LinkedHashMap<>();
        if (!equalities(where, equalities)) {
            return null;
        }
        for (List<String> criterion : model.uniqueCriteria()) {
            if (criterion.size() != equalities.size()) {
                continue;
            }
            List<ScalarField> fields = new ArrayList<>();
            for (String name : criterion) {
                model.scalarField(name).filter(equalities::containsKey).ifPresent(fields::add);
            }
            if (fields.size() != criterion.size()) {
                continue;
            }
            for (ScalarField f : fields) {
                if (!row.values().containsKey(f) || !same(equalities.get(f), row.values().get(f))) {
                    return null;
                }
            }
            return fields;
        }
        return null;
    }

    /** Collects {@code field = value} conditions joined by AND; false for any other filter. */
    private static boolean equalities(Filter f, Map<ScalarField, Object> out) {
        if (f instanceof Filter.And and) {
            for (Filter g : and.filters()) {
                if (!equalities(g, out)) {
                    return false;
                }
            }
            return true;
        }
        if (f instanceof Filter.Scalar s && s.op() == Filter.ScalarOp.EQUALS && !s.insensitive() && s.value() != null
                && !(s.value() instanceof FieldRef) && !out.containsKey(s.field())) {
            out.put(s.field(), s.value());
            return true;
        }
        return false;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.equals(x, y);
        }
        return Objects.equals(a, b);
    }
}
