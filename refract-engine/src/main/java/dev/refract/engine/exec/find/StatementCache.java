package dev.refract.engine.exec.find;

import dev.refract.engine.sql.Param;
import dev.refract.engine.sql.Sql;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Rendered SQL per statement shape ({@link Shape}): the first time a shape is seen its statement
 * is rendered and each parameter traced back, by identity, to the slot its value came from; from
 * then on the cached text is reused and only the slots' new values are bound. The text staying the
 * same is also what lets pgjdbc reuse its server-side prepared statement.
 *
 * <p>Conservative by construction: a shape whose parameters are not all plain slot values (a
 * renderer computed one, such as {@code skip + take} or an escaped LIKE pattern) or whose slots
 * share one object ambiguously is rendered every time; the first reuse of a template is checked
 * against a fresh rendering, and any difference disables caching for that shape.
 */
final class StatementCache {
    private static final int MAX_ENTRIES = 2048;
    private static final Object UNCACHEABLE = new Object();

    private final Map<String, Object> entries = new ConcurrentHashMap<>();

    /** A statement text and, per parameter, the slot its value comes from. */
    private record Template(String text, int[] slotOfParam, List<Param> params, List<Object> traced,
                            boolean verified) {
    }

    /** A rendering whose parameters could not be traced this time (shared small boxed values): retry later. */
    private static final Template AMBIGUOUS = new Template("", new int[0], List.of(), List.of(), false);

    Sql render(Shape shape, Supplier<Sql> renderer) {
        String key = shape.key.toString();
        Object entry = entries.get(key);
        if (entry == UNCACHEABLE) {
            return renderer.get();
        }
        if (entry instanceof Template t) {
            Sql cached = fill(t, shape.slots);
            if (t.verified()) {
                return cached;
            }
            Sql fresh = renderer.get();
            boolean same = fresh.text().equals(cached.text()) && fresh.values().equals(cached.values());
            if (!same) {
                entries.put(key, UNCACHEABLE);
            } else if (!shape.slots.equals(t.traced())) {
                // Confirmed with other values than the traced ones: the mapping is right.
                entries.put(key, new Template(t.text(), t.slotOfParam(), t.params(), t.traced(), true));
            }
            return fresh;
        }
        Sql fresh = renderer.get();
        Template t = trace(fresh, shape.slots);
        if (t == AMBIGUOUS) {
            return fresh;
        }
        if (entries.size() < MAX_ENTRIES) {
            entries.put(key, t == null ? UNCACHEABLE : t);
        }
        return fresh;
    }

    private static Sql fill(Template t, List<Object> slots) {
        List<Param> params = new ArrayList<>(t.params().size());
        for (int i = 0; i < t.slotOfParam().length; i++) {
            params.add(new Param(slots.get(t.slotOfParam()[i]), t.params().get(i).field()));
        }
        return new Sql(t.text(), params);
    }

    /** The template of {@code sql}, or null when a parameter is not exactly one slot's value. */
    private static Template trace(Sql sql, List<Object> slots) {
        Map<Object, Integer> slotOf = new IdentityHashMap<>();
        for (int i = 0; i < slots.size(); i++) {
            if (slotOf.put(slots.get(i), i) != null) {
                return AMBIGUOUS; // one object in two slots: which parameter is which is unclear
            }
        }
        int[] map = new int[sql.params().size()];
        for (int i = 0; i < map.length; i++) {
            Integer slot = slotOf.get(sql.params().get(i).value());
            if (slot == null) {
                return null;
            }
            map[i] = slot;
        }
        return new Template(sql.text(), map, sql.params(), new ArrayList<>(slots), false);
    }

    /** How many shapes are cached (for tests). */
    int size() {
        return (int) entries.values().stream().filter(Template.class::isInstance).count();
    }
}
