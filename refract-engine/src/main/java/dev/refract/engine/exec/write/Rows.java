package dev.refract.engine.exec.write;

import dev.refract.engine.ir.FieldWrite;
import dev.refract.engine.ir.WriteData;
import dev.refract.engine.sql.write.WriteRenderer;
import dev.refract.model.Model;
import dev.refract.model.ScalarField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
     * One row to insert: the columns it sets and their values. A row made by {@link #forCreate}
     * holds its values as slots aligned with its model's {@link WritePlan} ({@link #ABSENT} where
     * unset) and builds the map view only when asked; a row made from a map is slotted on demand.
     */
    static final class Row {
        private WritePlan plan;
        private Object[] slots;
        private Map<ScalarField, Object> values;

        /** @param values field to value; fields left to the database are absent */
        Row(Map<ScalarField, Object> values) {
            this.plan = null;
            this.values = values;
        }

        private Row(WritePlan plan, Object[] slots) {
            this.plan = plan;
            this.slots = slots;
        }

        /** Field to value, in the model's order; fields left to the database are absent. */
        Map<ScalarField, Object> values() {
            if (values == null) {
                Map<ScalarField, Object> out = new LinkedHashMap<>();
                for (int i = 0; i < slots.length; i++) {
                    if (slots[i] != ABSENT) {
                        out.put(plan.field(i), slots[i]);
                    }
                }
                values = out;
            }
            return values;
        }

        /** The values aligned with {@code p}'s writable fields, {@link #ABSENT} where unset. */
        Object[] slots(WritePlan p) {
            if (slots != null && plan == p) {
                return slots;
            }
            Object[] out = new Object[p.width()];
            java.util.Arrays.fill(out, ABSENT);
            for (Map.Entry<ScalarField, Object> e : values().entrySet()) {
                int i = p.indexOf(e.getKey());
                if (i >= 0) {
                    out[i] = e.getValue();
                }
            }
            if (slots == null) {
                plan = p; // a map row belongs to one model: keep its slots
                slots = out;
            }
            return out;
        }
    }

    /** A slot the row does not set. */
    static final Object ABSENT = new Object();

    /** The row of one create: the data's values, then each left-out field's default. */
    static Row forCreate(Model model, WriteData data, Defaults defaults) {
        return forCreate(new WritePlan(model), data, defaults);
    }

    /** {@link #forCreate(Model, WriteData, Defaults)} over the model's cached plan. */
    static Row forCreate(WritePlan plan, WriteData data, Defaults defaults) {
        Object[] slots = new Object[plan.width()];
        java.util.Arrays.fill(slots, ABSENT);
        for (FieldWrite w : data.scalars()) {
            if (w.op() != FieldWrite.Op.SET) {
                throw new IllegalArgumentException("a create only sets values, " + w.field().name() + " has " + w.op());
            }
            int i = plan.indexOf(w.field());
            if (i >= 0) {
                slots[i] = w.value(); // a field the model cannot write was never inserted
            }
        }
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] != ABSENT) {
                continue;
            }
            Object d = defaults.forCreate(plan.field(i));
            if (d != Defaults.DATABASE && d != Defaults.NONE) {
                slots[i] = d;
            }
        }
        return new Row(plan, slots);
    }

    /** The fields a write may name: stored, supported columns. */
    static List<ScalarField> writable(Model model) {
        return new WritePlan(model).writable();
    }

    /** The columns of several rows, each once, in the model's field order. */
    static List<ScalarField> columns(Model model, List<Row> rows) {
        return columns(new WritePlan(model), rows);
    }

    /** {@link #columns(Model, List)} over the model's plan. */
    static List<ScalarField> columns(WritePlan plan, List<Row> rows) {
        return columns(plan, positions(plan, rows));
    }

    /** The fields at {@code positions} of {@code plan}, in order. */
    static List<ScalarField> columns(WritePlan plan, int[] positions) {
        List<ScalarField> out = new ArrayList<>(positions.length);
        for (int i : positions) {
            out.add(plan.field(i));
        }
        return out;
    }

    /** The positions in {@code plan} of the columns that any of {@code rows} sets, in order. */
    static int[] positions(WritePlan plan, List<Row> rows) {
        boolean[] used = new boolean[plan.width()];
        int count = 0;
        for (Row r : rows) {
            Object[] s = r.slots(plan);
            for (int i = 0; i < s.length; i++) {
                if (!used[i] && s[i] != ABSENT) {
                    used[i] = true;
                    count++;
                }
            }
            if (count == used.length) {
                break;
            }
        }
        int[] out = new int[count];
        for (int i = 0, j = 0; i < used.length; i++) {
            if (used[i]) {
                out[j++] = i;
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

    /** {@link #cells(Row, List, boolean)} for the columns at {@code positions} of {@code plan}. */
    static Object[] cells(WritePlan plan, Row row, int[] positions, boolean defaultInValues) {
        Object[] s = row.slots(plan);
        Object[] out = new Object[positions.length];
        for (int j = 0; j < out.length; j++) {
            int i = positions[j];
            Object v = s[i];
            if (v != ABSENT) {
                out[j] = v;
            } else {
                out[j] = defaultInValues || plan.hasDefault(i) ? WriteRenderer.DEFAULT : null;
            }
        }
        return out;
    }

    /** Whether a row sets no column at all. */
    static boolean isEmpty(WritePlan plan, Row row) {
        for (Object v : row.slots(plan)) {
            if (v != ABSENT) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code a} and {@code b} set the same columns among those with a database default:
     * rows without DEFAULT in VALUES group by these.
     */
    static boolean sameDatabaseDefaults(WritePlan plan, Row a, Row b) {
        Object[] x = a.slots(plan);
        Object[] y = b.slots(plan);
        for (int i = 0; i < x.length; i++) {
            if (plan.hasDefault(i) && (x[i] == ABSENT) != (y[i] == ABSENT)) {
                return false;
            }
        }
        return true;
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
