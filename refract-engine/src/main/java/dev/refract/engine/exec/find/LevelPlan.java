package dev.refract.engine.exec.find;

import dev.refract.engine.ir.Selection;
import dev.refract.model.BuiltinType;
import dev.refract.model.Model;
import dev.refract.model.ScalarField;
import dev.refract.model.SchemaModel;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One level of an include tree, planned: the columns its statement must return (the selected
 * scalars, then the keys its children and its parent link need), the relations below it and its
 * {@code _count} entries. Built once per query; independent of the values in the query.
 */
final class LevelPlan {
    /** Reads COUNT(*) results as the Int that results carry. */
    static final ScalarField COUNT = ScalarField.builder("_count", BuiltinType.INT).build();

    final Model model;
    final Selection selection;
    final List<ScalarField> columns = new ArrayList<>();
    private final Map<ScalarField, Integer> index = new IdentityHashMap<>();
    final List<Child> children = new ArrayList<>();

    /** A relation below this level. */
    record Child(Selection.Relation item, RelationLink link, LevelPlan plan) {
    }

    private LevelPlan(Model model, Selection selection) {
        this.model = model;
        this.selection = selection;
    }

    /**
     * @param extra columns the level needs beyond its selection (its link to the parent)
     */
    static LevelPlan build(SchemaModel schema, Model model, Selection selection, List<ScalarField> extra) {
        LevelPlan p = new LevelPlan(model, selection);
        for (Selection.Item item : selection.fields()) {
            if (item instanceof Selection.Scalar s) {
                p.add(s.field());
            }
        }
        for (ScalarField f : extra) {
            p.add(f);
        }
        for (Selection.Item item : selection.fields()) {
            if (item instanceof Selection.Relation r) {
                RelationLink link = RelationLink.of(schema, model, r.field());
                link.parentKey().forEach(p::add);
                p.children.add(new Child(r, link, build(schema, link.child(), r.selection(), link.childKey())));
            } else if (item instanceof Selection.Count c) {
                // Counts are correlated on the level's key columns, so those must be read.
                for (Selection.RelationCount rc : c.relations()) {
                    RelationLink.of(schema, model, rc.field()).parentKey().forEach(p::add);
                }
            }
        }
        if (p.columns.isEmpty()) {
            // A statement needs a column; the first scalar will do.
            p.add(model.scalarFields().get(0));
        }
        p.resolveRecordLayout();
        return p;
    }

    private void add(ScalarField f) {
        if (!index.containsKey(f)) {
            index.put(f, columns.size());
            columns.add(f);
        }
    }

    int column(ScalarField f) {
        Integer i = index.get(f);
        if (i == null) {
            throw new IllegalStateException(f.name() + " is not read at this level");
        }
        return i;
    }

    /** The key tuple of {@code fields} in {@code row}, or null when any part is null. */
    Object key(Object[] row, List<ScalarField> fields) {
        return keyOf(row, fields, 0);
    }

    Object keyOf(Object[] row, List<ScalarField> fields, int offset) {
        if (fields.size() == 1) {
            return keyPart(row[offset + column(fields.get(0))]);
        }
        List<Object> key = new ArrayList<>(fields.size());
        for (ScalarField f : fields) {
            Object v = keyPart(row[offset + column(f)]);
            if (v == null) {
                return null;
            }
            key.add(v);
        }
        return key;
    }

    /** Byte arrays compare by content as keys. */
    static Object keyPart(Object v) {
        return v instanceof byte[] b ? ByteBuffer.wrap(b) : v;
    }

    /** The raw values of a key, to bind. */
    static List<Object> keyValues(Object key, int width) {
        List<Object> out = new ArrayList<>(width);
        if (width == 1) {
            out.add(raw(key));
        } else {
            for (Object part : (List<?>) key) {
                out.add(raw(part));
            }
        }
        return out;
    }

    private static Object raw(Object v) {
        if (v instanceof ByteBuffer b) {
            byte[] copy = new byte[b.remaining()];
            b.duplicate().get(copy);
            return copy;
        }
        return v;
    }

    /**
     * The record of one row in selection order; relations are filled in later (to-many as an
     * empty list, to-one as null until then), counts from {@code counts} (one per relation counted,
     * in order), read after the level's own columns.
     */
    Map<String, Object> record(Object[] row, int offset) {
        Map<String, Object> out = new LinkedHashMap<>(recordCapacity);
        int countColumn = offset + columns.size();
        for (int k = 0; k < itemKeys.length; k++) {
            int at = itemColumn[k];
            if (at >= 0) {
                out.put(itemKeys[k], row[offset + at]);
            } else if (at == TO_MANY) {
                out.put(itemKeys[k], new ArrayList<>());
            } else if (at == TO_ONE) {
                out.put(itemKeys[k], null);
            } else {
                Selection.Count c = (Selection.Count) selection.fields().get(k);
                Map<String, Object> counts = new LinkedHashMap<>();
                for (Selection.RelationCount rc : c.relations()) {
                    counts.put(rc.field().name(), row[countColumn++]);
                }
                out.put(itemKeys[k], counts);
            }
        }
        return out;
    }

    private static final int TO_MANY = -1;
    private static final int TO_ONE = -2;
    private static final int COUNTS = -3;
    private String[] itemKeys;
    /** Per selection item: its column, or TO_MANY, TO_ONE, COUNTS. */
    private int[] itemColumn;
    private int recordCapacity;

    /** Resolves once what {@link #record} puts where, so rows need no lookups or type tests. */
    private void resolveRecordLayout() {
        List<Selection.Item> items = selection.fields();
        itemKeys = new String[items.size()];
        itemColumn = new int[items.size()];
        for (int k = 0; k < items.size(); k++) {
            Selection.Item item = items.get(k);
            if (item instanceof Selection.Scalar s) {
                itemKeys[k] = s.key();
                itemColumn[k] = column(s.field());
            } else if (item instanceof Selection.Relation r) {
                itemKeys[k] = r.key();
                itemColumn[k] = r.field().isList() ? TO_MANY : TO_ONE;
            } else if (item instanceof Selection.Count c) {
                itemKeys[k] = c.key();
                itemColumn[k] = COUNTS;
            } else {
                throw new IllegalStateException("unknown selection item " + item);
            }
        }
        // Sized so the map never rehashes while filled.
        recordCapacity = (int) (items.size() / 0.75f) + 1;
    }

    /** The relation counts this level selects, in output order. */
    List<Selection.RelationCount> counts() {
        List<Selection.RelationCount> out = new ArrayList<>();
        for (Selection.Item item : selection.fields()) {
            if (item instanceof Selection.Count c) {
                out.addAll(c.relations());
            }
        }
        return out;
    }
}
