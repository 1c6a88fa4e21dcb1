package dev.refract.engine.exec.write;

import dev.refract.engine.ir.DeleteManyQuery;
import dev.refract.engine.ir.DeleteQuery;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.Query;
import dev.refract.engine.ir.Selection;
import dev.refract.engine.sql.Sql;
import dev.refract.model.Model;
import dev.refract.model.ScalarField;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

/**
 * deleteOne and deleteMany, and the one place every delete of the engine goes through (nested
 * deletes too), so that {@code relationMode = "prisma"} can add its emulated referential actions
 * here. deleteOne returns the record as it was: from {@code DELETE ... RETURNING} for a scalar
 * selection, else read before deleting, in one transaction.
 */
final class Deletes {
    private final WriteContext x;

    Deletes(WriteContext x) {
        this.x = x;
    }

    Map<String, Object> delete(Connection c, DeleteQuery q) {
        Model model = q.model();
        Selection selection = q.selection();
        List<ScalarField> key = Keys.identifier(model);
        if (Reader.scalarOnly(selection) && !x.relations().onDelete(model)) {
            List<ScalarField> returning = Reader.returning(selection, key);
            List<Object[]> rows = x.runner().query(c, x.renderer().delete(model, q.where(), key, null, returning),
                    returning, q);
            if (rows.isEmpty()) {
                throw WriteErrors.missingRecord(model, "a delete");
            }
            return Reader.record(selection, returning, rows.get(0));
        }
        return x.tx().run(c, q, () -> {
            Selection withKey = Reader.withKey(selection, key);
            Map<String, Object> before = x.reader().find(c, model, q.where(), withKey);
            if (before == null) {
                throw WriteErrors.missingRecord(model, "a delete");
            }
            List<Object> k = new java.util.ArrayList<>();
            for (ScalarField f : key) {
                k.add(before.get(f.name()));
            }
            deleteWhere(c, model, Keys.filter(key, List.of(k)), null, q);
            return Reader.strip(before, selection, withKey);
        });
    }

    Map<String, Object> deleteMany(Connection c, DeleteManyQuery q) {
        return Creates.count(deleteWhere(c, q.model(), q.where(), q.limit(), q));
    }

    /** Deletes the records {@code where} matches (at most {@code limit}); the number deleted. */
    long deleteWhere(Connection c, Model model, Filter where, Long limit, Query request) {
        if (x.relations().onDelete(model)) {
            // relationMode = "prisma": the referencing records follow first, in the request's transaction.
            return x.tx().run(c, request, () -> x.relations().delete(c, model, where, limit, request));
        }
        Sql sql = x.renderer().delete(model, where, Keys.identifier(model), limit, List.of());
        return x.runner().update(c, sql, request);
    }
}
