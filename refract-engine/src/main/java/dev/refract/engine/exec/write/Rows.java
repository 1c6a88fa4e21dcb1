package dev.refract.engine.exec.write;

import dev.refract.engine.ir.FieldWrite;
import dev.refract.engine.ir.WriteData;
import dev.refract.engine.sql.write.WriteRenderer;
import dev.refract.model.Model;
import dev.refract.model.ScalarField;
import dev.refract.model.ScalarType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The columns and values of the rows a create inserts (given values, then Prisma's defaults, in
 * the model's field order, as Prisma lists them) and the assignments of an update (given ones,
 * then {@code @updatedAt}).
 */
final class Rows {
    private Rows() {
    }

    /**
     * One row to insert: the columns it sets and their values.
     *
     * @param values field to value; fields left to the database are absent
     */
    record Row(Map<ScalarField, Object> values) {
    }

    /** The row of one create: the data's values, then each left-out field's default. */
    static Row forCreate(Model model, WriteData data, Defaults defaults) {
        Map<ScalarField, Object> given = new HashMap<>();
        for (FieldWrite w : data.scalars()) {
            if (w.op() != FieldWrite.Op.SET) {
                throw new IllegalArgumentException("a create only sets values, " + w.field().name() + " has " + w.op());
            }
            given.put(w.field(), w.value());
        }
        Map<ScalarField, Object> values = new java.util.LinkedHashMap<>();
        for (ScalarField f : writable(model)) {
            if (given.containsKey(f)) {
                values.put(f, given.get(f));
                continue;
            }
            Object d = defaults.forCreate(f);
            if (d != Defaults.DATABASE && d != Defaults.NONE) {
                values.put(f, d);
            }
        }
        return new Row(values);
    }

    /** The fields a write may name: stored, supported columns. */
    static List<ScalarField> writable(Model model) {
        List<ScalarField> out = new ArrayList<>();
        for (ScalarField f : model.scalarFields()) {
            if (!(f.type() instanceof ScalarType.Unsupported) && !(f.type() instanceof ScalarType.CompositeRef)) {
                out.add(f);
            }
        }
        return out;
    }

    /** The columns of several rows, each once, in the model's field order. */
    static List<ScalarField> columns(Model model, List<Row> rows) {
        Set<ScalarField> used = new LinkedHashSet<>();
        for (Row r : rows) {
            used.addAll(r.values().keySet());
        }
        List<ScalarField> out = new ArrayList<>();
        for (ScalarField f : writable(model)) {
            if (used.contains(f)) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * {@code row} aligned with {@code columns}. A column it does not set is
     * {@link WriteRenderer#DEFAULT}, or, where VALUES cannot say DEFAULT ({@code defaultInValues}
     * false), NULL when the field has no database default (which is what DEFAULT would give).
     */
    static Object[] cells(Row row, List<ScalarField> columns, boolean defaultInValues) {
        Object[] out = new Object[columns.size()];
        for (int i = 0; i < out.length; i++) {
            ScalarField f = columns.get(i);
            if (row.values().containsKey(f)) {
                out[i] = row.values().get(f);
            } else {
                out[i] = defaultInValues || f.defaultValue() != null ? WriteRenderer.DEFAULT : null;
            }
        }
        return out;
    }

    /** The columns with a database default that {@code row} sets: rows without DEFAULT in VALUES group by these. */
    static Set<ScalarField> setDatabaseDefaults(Row row) {
        Set<ScalarField> out = new java.util.HashSet<>();
        for (ScalarField f : row.values().keySet()) {
            if (f.defaultValue() != null) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * The assignments of an update: the data's, then {@code now} for each {@code @updatedAt} field
     * it leaves out, but only when it changes something (Prisma leaves an empty update alone).
     */
    static List<FieldWrite> forUpdate(Model model, WriteData data, Defaults defaults) {
        List<FieldWrite> out = new ArrayList<>(data.scalars());
        if (out.isEmpty()) {
            return out;
        }
        Set<ScalarField> given = new java.util.HashSet<>();
        for (FieldWrite w : data.scalars()) {
            given.add(w.field());
        }
        for (ScalarField f : model.scalarFields()) {
            if (f.isUpdatedAt() && !given.contains(f)) {
                out.add(FieldWrite.set(f, defaults.now()));
            }
        }
        return out;
    }
}
