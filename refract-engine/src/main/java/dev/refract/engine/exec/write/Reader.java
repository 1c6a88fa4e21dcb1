package dev.refract.engine.exec.write;

import dev.refract.engine.exec.find.FindExecutor;
import dev.refract.engine.ir.Action;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.FindQuery;
import dev.refract.engine.ir.ReadArgs;
import dev.refract.engine.ir.Selection;
import dev.refract.model.Model;
import dev.refract.model.ScalarField;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns what a write statement returned into result records: straight from {@code RETURNING} when
 * the selection is scalars only, else by reading the written records again by their keys through
 * the reads' {@link FindExecutor} (inside the write's transaction), so relations and counts come
 * out exactly as a find returns them.
 */
final class Reader {
    private final FindExecutor finds;

    Reader(FindExecutor finds) {
        this.finds = finds;
    }

    /** True when every selected item is a scalar field: {@code RETURNING} can answer it. */
    static boolean scalarOnly(Selection selection) {
        for (Selection.Item item : selection.fields()) {
            if (!(item instanceof Selection.Scalar)) {
                return false;
            }
        }
        return true;
    }

    /** The selected scalar fields, each once, in selection order. */
    static List<ScalarField> scalars(Selection selection) {
        // By name, not in a hash set: a ScalarField record hashes a dozen components on every call.
        List<ScalarField> out = new ArrayList<>(selection.fields().size());
        for (Selection.Item item : selection.fields()) {
            if (item instanceof Selection.Scalar s && indexOf(out, s.field()) < 0) {
                out.add(s.field());
            }
        }
        return out;
    }

    /** The position of {@code f} in {@code columns} (fields of one model, unique by name), or -1. */
    static int indexOf(List<ScalarField> columns, ScalarField f) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i) == f) {
                return i;
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(f.name()) && columns.get(i).equals(f)) {
                return i;
            }
        }
        return -1;
    }

    /** What a scalar-only write returns: the selection's columns, or the key when it selects nothing. */
    static List<ScalarField> returning(Selection selection, List<ScalarField> key) {
        List<ScalarField> scalars = scalars(selection);
        return scalars.isEmpty() ? key : scalars;
    }

    /** A record of a scalar-only selection from a row of {@code columns}. */
    static Map<String, Object> record(Selection selection, List<ScalarField> columns, Object[] row) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Selection.Item item : selection.fields()) {
            ScalarField f = ((Selection.Scalar) item).field();
            out.put(f.name(), row[indexOf(columns, f)]);
        }
        return out;
    }

    /** The one record {@code where} picks, as {@code selection} says, or null. */
    @SuppressWarnings("unchecked")
    Map<String, Object> find(Connection connection, Model model, Filter where, Selection selection) {
        return (Map<String, Object>) finds.execute(connection,
                new FindQuery(model, Action.FIND_FIRST, ReadArgs.where(where), selection));
    }

    /** Every record {@code where} picks, as {@code selection} says. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> findMany(Connection connection, Model model, Filter where, Selection selection) {
        return (List<Map<String, Object>>) finds.execute(connection,
                new FindQuery(model, Action.FIND_MANY, ReadArgs.where(where), selection));
    }

    /** The records with these keys, in the keys' order, as {@code selection} says. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> byKeys(Connection connection, Model model, List<ScalarField> key,
                                     List<List<Object>> keys, Selection selection) {
        if (keys.isEmpty()) {
            return new ArrayList<>();
        }
        Selection withKey = withKey(selection, key);
        List<Map<String, Object>> found = (List<Map<String, Object>>) finds.execute(connection,
                new FindQuery(model, Action.FIND_MANY, ReadArgs.where(Keys.filter(key, keys)), withKey));
        Map<List<Object>, Map<String, Object>> byKey = new HashMap<>();
        for (Map<String, Object> r : found) {
            List<Object> k = new ArrayList<>(key.size());
            for (ScalarField f : key) {
                k.add(r.get(f.name()));
            }
            byKey.put(k, r);
        }
        List<Map<String, Object>> out = new ArrayList<>(keys.size());
        for (List<Object> k : keys) {
            Map<String, Object> r = byKey.get(k);
            if (r != null) {
                out.add(strip(r, selection, withKey));
            }
        }
        return out;
    }

    /** {@code selection} plus the key's fields it lacks, appended. */
    static Selection withKey(Selection selection, List<ScalarField> key) {
        List<ScalarField> have = scalars(selection);
        List<Selection.Item> items = new ArrayList<>(selection.fields());
        for (ScalarField f : key) {
            if (!have.contains(f)) {
                items.add(new Selection.Scalar(f));
            }
        }
        return items.size() == selection.fields().size() ? selection : new Selection(items);
    }

    /** Drops the keys {@link #withKey} added. */
    static Map<String, Object> strip(Map<String, Object> record, Selection selection, Selection withKey) {
        if (withKey == selection) {
            return record;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Selection.Item item : selection.fields()) {
            out.put(item.key(), record.get(item.key()));
        }
        return out;
    }
}
