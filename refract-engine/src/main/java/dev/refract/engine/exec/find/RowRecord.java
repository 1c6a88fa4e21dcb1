package dev.refract.engine.exec.find;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A result record read straight from its row: the row's value array seen as a map in selection
 * order, through the level's {@link Layout}. A {@code LinkedHashMap} per row cost about 300 bytes
 * (table and one entry per key) on top of the row itself; this costs one small object.
 *
 * <p>A full, mutable {@link Map}: {@code put} on a key of the record writes into the row; a
 * structural change (a new key, {@code remove}, {@code clear}) first copies the record into a
 * {@code LinkedHashMap} it then delegates to, so callers may treat it like any other map (an
 * entry iterator that removes must not be used after other changes).
 */
final class RowRecord extends AbstractMap<String, Object> {
    /**
     * Where each key of a level's records lives in a row: {@code slots[k]} is a column index from
     * the row's base, or, when negative, {@code -1 - j} for the j-th of the {@code extra} slots
     * kept at the end of the row (relations and {@code _count}, filled after reading).
     */
    record Layout(String[] keys, int[] slots, int extra) {
        int indexOf(Object key) {
            for (int k = 0; k < keys.length; k++) {
                if (keys[k] == key) {
                    return k;
                }
            }
            for (int k = 0; k < keys.length; k++) {
                if (keys[k].equals(key)) {
                    return k;
                }
            }
            return -1;
        }
    }

    private final Layout layout;
    private final Object[] row;
    private final int base;
    private LinkedHashMap<String, Object> copy;

    /**
     * @param row the row, with {@code layout.extra()} spare slots at its end
     * @param base where the level's columns start in the row (after a leading parent key)
     */
    RowRecord(Layout layout, Object[] row, int base) {
        this.layout = layout;
        this.row = row;
        this.base = base;
    }

    private int at(int k) {
        int s = layout.slots[k];
        return s >= 0 ? base + s : row.length - layout.extra + (-1 - s);
    }

    /** Sets the k-th key's value (the level's loaders, in layout order; no lookup). */
    void set(int k, Object value) {
        if (copy != null) {
            copy.put(layout.keys[k], value);
        } else {
            row[at(k)] = value;
        }
    }

    @Override
    public int size() {
        return copy != null ? copy.size() : layout.keys.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return copy != null ? copy.containsKey(key) : layout.indexOf(key) >= 0;
    }

    @Override
    public Object get(Object key) {
        if (copy != null) {
            return copy.get(key);
        }
        int k = layout.indexOf(key);
        return k < 0 ? null : row[at(k)];
    }

    @Override
    public Object put(String key, Object value) {
        if (copy == null) {
            int k = layout.indexOf(key);
            if (k >= 0) {
                int i = at(k);
                Object old = row[i];
                row[i] = value;
                return old;
            }
        }
        return structural().put(key, value);
    }

    @Override
    public Object remove(Object key) {
        return containsKey(key) ? structural().remove(key) : null;
    }

    @Override
    public void clear() {
        structural().clear();
    }

    private LinkedHashMap<String, Object> structural() {
        if (copy == null) {
            LinkedHashMap<String, Object> m = new LinkedHashMap<>();
            for (int k = 0; k < layout.keys.length; k++) {
                m.put(layout.keys[k], row[at(k)]);
            }
            copy = m;
        }
        return copy;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return copy != null ? copy.entrySet() : new Entries();
    }

    /** The entries in layout order; {@code setValue} writes into the row. */
    private final class Entries extends AbstractSet<Entry<String, Object>> {
        @Override
        public int size() {
            return layout.keys.length;
        }

        @Override
        public Iterator<Entry<String, Object>> iterator() {
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < layout.keys.length;
                }

                @Override
                public Entry<String, Object> next() {
                    if (next >= layout.keys.length) {
                        throw new NoSuchElementException();
                    }
                    int k = next++;
                    return new SimpleEntry<>(layout.keys[k], row[at(k)]) {
                        @Override
                        public Object setValue(Object value) {
                            super.setValue(value);
                            return RowRecord.this.put(getKey(), value);
                        }
                    };
                }

                @Override
                public void remove() {
                    if (next == 0) {
                        throw new IllegalStateException();
                    }
                    structural().remove(layout.keys[next - 1]);
                }
            };
        }
    }
}
