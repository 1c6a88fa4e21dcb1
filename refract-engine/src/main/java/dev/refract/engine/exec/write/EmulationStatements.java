package dev.refract.engine.exec.write;

import dev.refract.engine.ir.FieldWrite;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.Query;
import dev.refract.engine.sql.Sql;
import dev.refract.engine.sql.SqlWriter;
import dev.refract.engine.sql.read.FilterRenderer;
import dev.refract.model.Model;
import dev.refract.model.ScalarField;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements of the emulated referential actions that the write renderer has no form for:
 * reading the records a write is about to touch, asking whether any record refers to them, and
 * deleting or re-pointing implicit join table rows. Key lists are split so that no statement
 * binds more parameters than the dialect takes.
 */
final class EmulationStatements {
    /** Parameters kept free in each statement for what is not a key (assignments, a limit). */
    private static final int SPARE = 64;
    private static final String ALIAS = "t0";

    private final WriteContext x;

    EmulationStatements(WriteContext x) {
        this.x = x;
    }

    /** {@code SELECT columns FROM model WHERE where [LIMIT limit]}: the rows, read as the columns' types. */
    List<Object[]> select(Connection c, Model model, List<ScalarField> columns, Filter where, Long limit,
                          Query request) {
        SqlWriter w = x.renderer().writer();
        w.append("SELECT ");
        for (int i = 0; i < columns.size(); i++) {
            w.append(i > 0 ? ", " : "").column(ALIAS, columns.get(i));
        }
        w.append(" FROM ").table(model).append(" AS ").ident(ALIAS);
        if (!(where instanceof Filter.Const k && k.value())) {
            w.append(" WHERE ");
            FilterRenderer.render(w, model, ALIAS, where);
        }
        if (limit != null) {
            w.append(" LIMIT ").param(limit, null);
        }
        return x.runner().query(c, w.build(), columns, request);
    }

    /** The records of {@code model} whose {@code fields} hold one of the tuples, in as few statements as fit. */
    List<Object[]> selectIn(Connection c, Model model, List<ScalarField> columns, List<ScalarField> fields,
                            List<List<Object>> tuples, Query request) {
        List<Object[]> out = new ArrayList<>();
        for (List<List<Object>> chunk : chunks(tuples, fields.size())) {
            out.addAll(select(c, model, columns, Keys.filter(fields, chunk), null, request));
        }
        return out;
    }

    /** Whether any record of {@code model} has {@code fields} equal to one of the tuples (one row read at most per statement). */
    boolean anyIn(Connection c, Model model, List<ScalarField> fields, List<List<Object>> tuples, Query request) {
        for (List<List<Object>> chunk : chunks(tuples, fields.size())) {
            if (!select(c, model, fields.subList(0, 1), Keys.filter(fields, chunk), 1L, request).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Deletes the records of {@code model} whose {@code fields} hold one of the tuples; the number deleted. */
    long deleteIn(Connection c, Model model, List<ScalarField> fields, List<List<Object>> tuples, Query request) {
        long n = 0;
        for (List<List<Object>> chunk : chunks(tuples, fields.size())) {
            Sql sql = x.renderer().delete(model, Keys.filter(fields, chunk), Keys.identifier(model), null, List.of());
            n += x.runner().update(c, sql, request);
        }
        return n;
    }

    /** Applies {@code assignments} to the records of {@code model} that {@code where} picks. */
    long update(Connection c, Model model, List<FieldWrite> assignments, Filter where, Query request) {
        Sql sql = x.renderer().update(model, assignments, where, Keys.identifier(model), null, List.of());
        return x.runner().update(c, sql, request);
    }

    /** {@code DELETE FROM join WHERE column IN (ids)} for each of the join table's columns that hold these ids. */
    void deleteJoinRows(Connection c, Dependents.Join join, List<Object> ids, Query request) {
        for (List<List<Object>> chunk : chunks(single(ids), 1)) {
            SqlWriter w = x.renderer().writer();
            w.append("DELETE FROM ").table(join.schema(), join.relation().joinTableName()).append(" WHERE ");
            for (int i = 0; i < join.columns().size(); i++) {
                w.append(i > 0 ? " OR " : "");
                in(w, join.columns().get(i), join.id(), chunk);
            }
            x.runner().update(c, w.build(), request);
        }
    }

    /** Re-points join rows from the old ids to the new ones: the id's assignment applied to each column holding them. */
    void updateJoinRows(Connection c, Dependents.Join join, FieldWrite assignment, List<Object> ids, Query request) {
        for (String column : join.columns()) {
            for (List<List<Object>> chunk : chunks(single(ids), 1)) {
                SqlWriter w = x.renderer().writer();
                w.append("UPDATE ").table(join.schema(), join.relation().joinTableName()).append(" SET ")
                        .ident(column).append(" = ");
                ScalarField id = join.id();
                switch (assignment.op()) {
                    case SET -> w.param(assignment.value(), id);
                    case INCREMENT -> w.ident(column).append(" + ").param(assignment.value(), id);
                    case DECREMENT -> w.ident(column).append(" - ").param(assignment.value(), id);
                    case MULTIPLY -> w.ident(column).append(" * ").param(assignment.value(), id);
                    case DIVIDE -> w.ident(column).append(" / ").param(assignment.value(), id);
                    default -> throw new IllegalArgumentException("an id cannot be written with " + assignment.op());
                }
                w.append(" WHERE ");
                in(w, column, id, chunk);
                x.runner().update(c, w.build(), request);
            }
        }
    }

    private static void in(SqlWriter w, String column, ScalarField id, List<List<Object>> values) {
        w.ident(column).append(" IN (");
        for (int i = 0; i < values.size(); i++) {
            w.append(i > 0 ? ", " : "").param(values.get(i).get(0), id);
        }
        w.append(')');
    }

    private static List<List<Object>> single(List<Object> values) {
        List<List<Object>> out = new ArrayList<>(values.size());
        for (Object v : values) {
            out.add(List.of(v));
        }
        return out;
    }

    /** The tuples split so that each part binds at most the dialect's parameter limit (less a spare). */
    List<List<List<Object>>> chunks(List<List<Object>> tuples, int arity) {
        int per = Math.max(1, (x.renderer().dialect().maxBindParameters() - SPARE) / Math.max(1, arity));
        if (tuples.size() <= per) {
            return List.of(tuples);
        }
        List<List<List<Object>>> out = new ArrayList<>();
        for (int i = 0; i < tuples.size(); i += per) {
            out.add(tuples.subList(i, Math.min(tuples.size(), i + per)));
        }
        return out;
    }
}
