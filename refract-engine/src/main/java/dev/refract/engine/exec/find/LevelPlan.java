package dev.refract.engine.exec.find;

import dev.refract.engine.ir.Selection;
import dev.refract.model.BuiltinType;
import dev.refract.model.Model;
import dev.refract.model.ScalarField;
import dev.refract.model.SchemaModel;
import java.nio.ByteBuffer;
import java.util.ArrayList;
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
    final List<Child> children = new ArrayList<>();

    /** A relation below this level. */
    /**
     * @param itemIndex the relation's index in the parent's selection
     * @param parentKeyColumns where the link's parent key is in the parent's rows
     * @param childKeyColumns where the link's child key is in the child's rows
     */
    record Child(Selection.Relation item, int itemIndex, RelationLink link, LevelPlan plan, int[] parentKeyColumns,
                 int[] childKeyColumns) {
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
        for (int k = 0; k < selection.fields().size(); k++) {
            Selection.Item item = selection.fields().get(k);
            if (item instanceof Selection.Relation r) {
                RelationLink link = RelationLink.of(schema, model, r.field());
                link.parentKey().forEach(p::add);
                LevelPlan childPlan = build(schema, link.child(), r.selection(), link.childKey());
                p.children.add(new Child(r, k, link, childPlan, null, childPlan.columnsOf(link.childKey())));
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
        // The parent key columns are known once every column is added.
        for (int i = 0; i < p.children.size(); i++) {
            Child c = p.children.get(i);
            p.children.set(i, new Child(c.item(), c.itemIndex(), c.link(), c.plan(), p.columnsOf(c.link().parentKey()),
                    c.childKeyColumns()));
        }
        p.resolveRecordLayout();
        return p;
    }

    private void add(ScalarField f) {
        if (indexOf(f) < 0) {
            columns.add(f);
        }
    }

    /** Fields compare by identity: they come from the one schema model. Levels have few columns. */
    private int indexOf(ScalarField f) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i) == f) {
                return i;
            }
        }
        return -1;
    }

    int column(ScalarField f) {
        int i = indexOf(f);
        if (i < 0) {
            throw new IllegalStateException(f.name() + " is not read at this level");
        }
        return i;
    }

    private int[] columnsOf(List<ScalarField> fields) {
        int[] out = new int[fields.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = column(fields.get(i));
        }
        return out;
    }

    /** The key tuple at {@code columns} (from {@link Child}) of {@code row} past {@code offset}, or null when any part is null. */
    static Object keyAt(Object[] row, int[] columns, int offset) {
        if (columns.length == 1) {
            return keyPart(row[offset + columns[0]]);
        }
        List<Object> key = new ArrayList<>(columns.length);
        for (int c : columns) {
            Object v = keyPart(row[offset + c]);
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
     * The record of one row in selection order, over the row itself: relations are null until the
     * loader sets them ({@link #setRelation}), counts come from the count columns read after the
     * level's own columns (one per relation counted, in order). The row must end with
     * {@link #spareSlots()} free slots.
     */
    Map<String, Object> record(Object[] row, int offset) {
        RowRecord out = new RowRecord(layout, row, offset);
        if (countItems.length > 0) {
            int countColumn = offset + columns.size();
            for (int k : countItems) {
                Selection.Count c = (Selection.Count) selection.fields().get(k);
                Map<String, Object> counts = new LinkedHashMap<>();
                for (Selection.RelationCount rc : c.relations()) {
                    counts.put(rc.field().name(), row[countColumn++]);
                }
                out.set(k, counts);
            }
        }
        return out;
    }

    /** Sets the value of the relation {@code child} in a record of this level's {@link #record}. */
    void setRelation(Map<String, Object> record, Child child, Object value) {
        ((RowRecord) record).set(child.itemIndex(), value);
    }

    /** How many slots past its columns a row of this level needs for its records. */
    int spareSlots() {
        return layout.extra();
    }

    /** The start of this level's statement shapes: {@link LevelSql#level} keys by the model and the columns. */
    String shapePrefix() {
        return shapePrefix;
    }

    private String shapePrefix;
    private RowRecord.Layout layout;
    /** The selection indexes of the {@code _count} items. */
    private int[] countItems;
    private List<Selection.RelationCount> counts;

    /** Resolves once what {@link #record} puts where, so rows need no lookups or type tests. */
    private void resolveRecordLayout() {
        List<Selection.Item> items = selection.fields();
        String[] keys = new String[items.size()];
        int[] slots = new int[items.size()];
        int extra = 0;
        List<Integer> countAt = new ArrayList<>();
        counts = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            Selection.Item item = items.get(k);
            keys[k] = item.key();
            if (item instanceof Selection.Scalar s) {
                slots[k] = column(s.field());
            } else if (item instanceof Selection.Relation || item instanceof Selection.Count) {
                slots[k] = -1 - extra++;
                if (item instanceof Selection.Count c) {
                    countAt.add(k);
                    counts.addAll(c.relations());
                }
            } else {
                throw new IllegalStateException("unknown selection item " + item);
            }
        }
        layout = new RowRecord.Layout(keys, slots, extra);
        shapePrefix = new Shape().add("level").add(model.name()).fields(columns).key.toString();
        countItems = new int[countAt.size()];
        for (int i = 0; i < countItems.length; i++) {
            countItems[i] = countAt.get(i);
        }
        counts = List.copyOf(counts);
    }

    /** The relation counts this level selects, in output order. */
    List<Selection.RelationCount> counts() {
        return counts;
    }
}
