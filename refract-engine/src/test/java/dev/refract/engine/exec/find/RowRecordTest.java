package dev.refract.engine.exec.find;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A record over its row behaves as the LinkedHashMap it replaces, in every Map operation. */
class RowRecordTest {
    // keys a (column 1), rel (spare slot 0), b (column 0), c (spare slot 1); row base 1 (a leading parent key)
    static final RowRecord.Layout LAYOUT =
            new RowRecord.Layout(new String[] {"a", "rel", "b", "c"}, new int[] {1, -1, 0, -2}, 2);

    static RowRecord record() {
        RowRecord r = new RowRecord(LAYOUT, new Object[] {"parent", "B", "A", null, null}, 1);
        r.set(1, List.of());
        r.set(3, 7);
        return r;
    }

    static Map<String, Object> expected() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", "A");
        m.put("rel", List.of());
        m.put("b", "B");
        m.put("c", 7);
        return m;
    }

    @Test
    void readsInLayoutOrder() {
        RowRecord r = record();
        assertThat(new ArrayList<>(r.keySet())).containsExactly("a", "rel", "b", "c");
        assertThat(r).isEqualTo(expected());
        assertThat(expected()).isEqualTo(r);
        assertThat(r.hashCode()).isEqualTo(expected().hashCode());
        assertThat(r.toString()).isEqualTo(expected().toString());
        assertThat(r.get("b")).isEqualTo("B");
        assertThat(r.get(new String("c"))).isEqualTo(7);
        assertThat(r.get("zz")).isNull();
        assertThat(r.containsKey("rel")).isTrue();
        assertThat(r.containsKey("zz")).isFalse();
        assertThat(r.size()).isEqualTo(4);
    }

    @Test
    void putOnAKeyWritesThrough() {
        RowRecord r = record();
        assertThat(r.put("a", "A2")).isEqualTo("A");
        Map.Entry<String, Object> b = r.entrySet().stream().filter(e -> e.getKey().equals("b")).findFirst().get();
        b.setValue("B2");
        Map<String, Object> m = expected();
        m.put("a", "A2");
        m.put("b", "B2");
        assertThat(r).isEqualTo(m);
    }

    @Test
    void structuralChangesBehaveAsALinkedHashMap() {
        RowRecord r = record();
        Map<String, Object> m = expected();
        assertThat(r.put("d", 1)).isNull();
        m.put("d", 1);
        assertThat(r.remove("rel")).isEqualTo(m.remove("rel"));
        assertThat(r.remove("nope")).isNull();
        r.put("a", "A3");
        m.put("a", "A3");
        assertThat(new ArrayList<>(r.entrySet())).isEqualTo(new ArrayList<>(m.entrySet()));
        r.clear();
        assertThat(r).isEmpty();
    }

    @Test
    void iteratorRemoves() {
        RowRecord r = record();
        Iterator<String> it = r.keySet().iterator();
        it.next();
        it.next();
        it.remove(); // rel
        Map<String, Object> m = expected();
        m.remove("rel");
        assertThat(r).isEqualTo(m);
        assertThat(new ArrayList<>(r.keySet())).containsExactly("a", "b", "c");
    }
}
