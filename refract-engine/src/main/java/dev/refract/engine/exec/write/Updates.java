package dev.refract.engine.exec.write;

import dev.refract.engine.ir.FieldWrite;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.Query;
import dev.refract.engine.ir.Selection;
import dev.refract.engine.ir.UpdateManyQuery;
import dev.refract.engine.ir.UpdateQuery;
import dev.refract.engine.sql.Sql;
import dev.refract.model.Model;
import dev.refract.model.ScalarField;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * updateOne, updateMany and updateManyAndReturn. One record with a scalar selection is one
 * {@code UPDATE ... WHERE <extended unique> RETURNING}; no row back is P2025. An update that
 * changes nothing writes nothing (Prisma's rule): updateOne then reads the record, updateMany
 * answers a count of 0.
 */
final class Updates {
    private final WriteContext x;

    Updates(WriteContext x) {
        this.x = x;
    }

    Map<String, Object> update(Connection c, UpdateQuery q) {
        Defaults defaults = new Defaults();
        if (!q.data().nested().isEmpty()) {
            return x.tx().run(c, q, () -> x.nested().update(c, q, defaults));
        }
        List<FieldWrite> assignments = Rows.forUpdate(q.model(), q.data(), defaults);
        return updateOne(c, q.model(), q.where(), assignments, q.selection(), q, "an update");
    }

    /**
     * Updates the one record {@code where} picks and returns it as {@code selection} says; P2025
     * naming {@code operation} when there is none. Runs in the caller's transaction when it needs
     * more than one statement.
     */
    Map<String, Object> updateOne(Connection c, Model model, Filter where, List<FieldWrite> assignments,
                                  Selection selection, Query request, String operation) {
        if (assignments.isEmpty()) {
            Map<String, Object> found = x.reader().find(c, model, where, selection);
            if (found == null) {
                throw WriteErrors.missingRecord(model, operation);
            }
            return found;
        }
        if (x.relations().onUpdate(model, assignments)) {
            // relationMode = "prisma": the referencing records follow first, in the request's transaction.
            return x.tx().run(c, request, () -> write(c, model,
                    x.relations().beforeUpdate(c, model, where, null, assignments, request).where(), assignments,
                    selection, request, operation));
        }
        return write(c, model, where, assignments, selection, request, operation);
    }

    private Map<String, Object> write(Connection c, Model model, Filter where, List<FieldWrite> assignments,
                                      Selection selection, Query request, String operation) {
        List<ScalarField> key = Keys.identifier(model);
        if (Reader.scalarOnly(selection)) {
            List<ScalarField> returning = Reader.returning(selection, key);
            Sql sql = x.renderer().update(model, assignments, where, key, null, returning);
            List<Object[]> rows = x.runner().query(c, sql, returning, request);
            if (rows.isEmpty()) {
                throw WriteErrors.missingRecord(model, operation);
            }
            return Reader.record(selection, returning, rows.get(0));
        }
        return x.tx().run(c, request, () -> {
            Sql sql = x.renderer().update(model, assignments, where, key, null, key);
            List<Object[]> rows = x.runner().query(c, sql, key, request);
            if (rows.isEmpty()) {
                throw WriteErrors.missingRecord(model, operation);
            }
            return x.reader().byKeys(c, model, key, List.of(Keys.of(rows.get(0), 0, key.size())), selection).get(0);
        });
    }

    Object updateMany(Connection c, UpdateManyQuery q) {
        Model model = q.model();
        List<FieldWrite> assignments = Rows.forUpdate(model, q.data(), new Defaults());
        Selection selection = q.selection();
        if (assignments.isEmpty()) {
            return selection == null ? Creates.count(0) : new ArrayList<>();
        }
        if (x.relations().onUpdate(model, assignments)) {
            // relationMode = "prisma": the referencing records follow first, in the request's transaction.
            return x.tx().run(c, q, () -> {
                EmulatedRelations.Pinned p = x.relations().beforeUpdate(c, model, q.where(), q.limit(), assignments, q);
                return updateMany(c, q, assignments, p.where(), p.limit());
            });
        }
        return updateMany(c, q, assignments, q.where(), q.limit());
    }

    private Object updateMany(Connection c, UpdateManyQuery q, List<FieldWrite> assignments, Filter where, Long limit) {
        Model model = q.model();
        Selection selection = q.selection();
        List<ScalarField> key = Keys.identifier(model);
        if (selection == null) {
            return Creates.count(x.runner().update(c, x.renderer().update(model, assignments, where, key, limit,
                    List.of()), q));
        }
        if (Reader.scalarOnly(selection)) {
            List<ScalarField> returning = Reader.returning(selection, key);
            Sql sql = x.renderer().update(model, assignments, where, key, limit, returning);
            List<Map<String, Object>> out = new ArrayList<>();
            for (Object[] row : x.runner().query(c, sql, returning, q)) {
                out.add(Reader.record(selection, returning, row));
            }
            return out;
        }
        return x.tx().run(c, q, () -> {
            Sql sql = x.renderer().update(model, assignments, where, key, limit, key);
            List<List<Object>> keys = new ArrayList<>();
            for (Object[] row : x.runner().query(c, sql, key, q)) {
                keys.add(Keys.of(row, 0, key.size()));
            }
            return x.reader().byKeys(c, model, key, keys, selection);
        });
    }
}
