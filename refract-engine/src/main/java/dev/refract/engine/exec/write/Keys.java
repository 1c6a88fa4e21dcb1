package dev.refract.engine.exec.write;

import dev.refract.engine.ir.Filter;
import dev.refract.model.Model;
import dev.refract.model.ScalarField;
import java.util.ArrayList;
import java.util.List;

/**
 * How a write names the records it touched: by the model's identifier (its primary key, else its
 * first unique constraint), read back with {@code RETURNING} and turned into filters for the
 * statements that follow.
 */
final class Keys {
    private Keys() {
    }

    /** The identifier's fields: the primary key's, else the first unique criterion's. */
    static List<ScalarField> identifier(Model model) {
        List<List<String>> criteria = model.uniqueCriteria();
        if (criteria.isEmpty()) {
            throw new IllegalStateException("model " + model.name() + " has no unique identifier");
        }
        List<ScalarField> out = new ArrayList<>();
        for (String name : criteria.get(0)) {
            out.add(model.scalarField(name).orElseThrow());
        }
        return out;
    }

    /**
     * Whether {@code where} can match one record at most: joined by AND, it holds {@code field =
     * value} for every field of one of the model's unique criteria (other conditions may narrow it
     * further). A write can then go straight to {@code UPDATE ... WHERE <where>} without reading
     * the record's key first.
     */
    static boolean pinsOne(Model model, Filter where) {
        java.util.Set<String> equal = new java.util.HashSet<>();
        collect(where, equal);
        for (List<String> criterion : model.uniqueCriteria()) {
            if (equal.containsAll(criterion)) {
                return true;
            }
        }
        return false;
    }

    private static void collect(Filter f, java.util.Set<String> equal) {
        if (f instanceof Filter.And and) {
            for (Filter g : and.filters()) {
                collect(g, equal);
            }
        } else if (f instanceof Filter.Scalar s && s.op() == Filter.ScalarOp.EQUALS && !s.insensitive()
                && s.value() != null && !(s.value() instanceof dev.refract.engine.ir.FieldRef)) {
            equal.add(s.field().name());
        }
    }

    /** The key of one row whose first {@code key.size()} columns are the key's fields. */
    static List<Object> of(Object[] row, int from, int size) {
        List<Object> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(row[from + i]);
        }
        return out;
    }

    /** The filter that matches exactly the records with these keys ({@link Filter#FALSE} for none). */
    static Filter filter(List<ScalarField> key, List<List<Object>> values) {
        if (values.isEmpty()) {
            return Filter.FALSE;
        }
        if (key.size() == 1) {
            ScalarField f = key.get(0);
            if (values.size() == 1) {
                return Filter.eq(f, values.get(0).get(0));
            }
            List<Object> flat = new ArrayList<>(values.size());
            for (List<Object> v : values) {
                flat.add(v.get(0));
            }
            return new Filter.Scalar(f, Filter.ScalarOp.IN, flat, false);
        }
        List<Filter> rows = new ArrayList<>(values.size());
        for (List<Object> v : values) {
            List<Filter> eqs = new ArrayList<>(key.size());
            for (int i = 0; i < key.size(); i++) {
                eqs.add(Filter.eq(key.get(i), v.get(i)));
            }
            rows.add(new Filter.And(eqs));
        }
        return rows.size() == 1 ? rows.get(0) : new Filter.Or(rows);
    }
}
