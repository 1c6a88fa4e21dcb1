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
 * <p>Conservative by construction: a shape whose parameters are not all plain slot values or LIKE
 * patterns of one (a renderer computed one, such as {@code skip + take}) or whose slots
 * share one object ambiguously is rendered every time; the first reuse of a template is checked
 * against a fresh rendering, and any difference disables caching for that shape.
 */
final class StatementCache {
    private static final int MAX_ENTRIES = 2048;
    private static final Object UNCACHEABLE = new Object();

    private final Map<String, Object> entries = new ConcurrentHashMap<>();

    /** A statement text and, per parameter, the slot its value comes from. */
    private record Template(String text, int[] slotOfParam, int[] likeOfParam, List<Param> params,
                            List<Object> traced, boolean verified) {
    }

    /** How a parameter derives from its slot: as it is, or as a LIKE pattern with wildcards around it. */
    private static final int AS_IS = 0;
    private static final int LEADING = 1;
    private static final int TRAILING = 2;

    /** A rendering whose parameters could not be traced this time (shared small boxed values): retry later. */
    private static final Template AMBIGUOUS = new Template("", new int[0], new int[0], List.of(), List.of(), false);

    Sql render(Shape shape, Supplier<Sql> renderer) {
        String key = shape.key.toString();
        Object entry = entries.get(key);
        if (entry == UNCACHEABLE) {
            return renderer.get();
        }
        if (entry instanceof Template t) {
            Sql cached = fill(t, shape.slots);
            if (t.verified() || shape.slots.equals(t.traced())) {
                // Unverified but with the traced values again: the fill is the traced rendering
                // itself, so a query repeated with the same values is not rendered twice per call.
                return cached;
            }
            Sql fresh = renderer.get();
            boolean same = fresh.text().equals(cached.text()) && fresh.values().equals(cached.values());
            if (!same) {
                entries.put(key, UNCACHEABLE);
            } else if (!shape.slots.equals(t.traced())) {
                // Confirmed with other values than the traced ones: the mapping is right.
                entries.put(key, new Template(t.text(), t.slotOfParam(), t.likeOfParam(), t.params(), t.traced(), true));
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
            Object v = slots.get(t.slotOfParam()[i]);
            int like = t.likeOfParam()[i];
            if (like != AS_IS) {
                v = ((like & LEADING) != 0 ? "%" : "") + v + ((like & TRAILING) != 0 ? "%" : "");
            }
            params.add(new Param(v, t.params().get(i).field()));
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
        int[] like = new int[map.length];
        for (int i = 0; i < map.length; i++) {
            Object value = sql.params().get(i).value();
            Integer slot = slotOf.get(value);
            if (slot != null) {
                map[i] = slot;
                continue;
            }
            // A LIKE pattern is computed from its slot's string: find the one slot and wildcards it came from.
            int found = -1;
            if (value instanceof String pattern) {
                for (int j = 0; j < slots.size(); j++) {
                    if (!(slots.get(j) instanceof String s)) {
                        continue;
                    }
                    for (int w = LEADING; w <= (LEADING | TRAILING); w++) {
                        String candidate = ((w & LEADING) != 0 ? "%" : "") + s + ((w & TRAILING) != 0 ? "%" : "");
                        if (candidate.equals(pattern)) {
                            if (found >= 0) {
                                return AMBIGUOUS;
                            }
                            found = j;
                            like[i] = w;
                        }
                    }
                }
            }
            if (found < 0) {
                return null;
            }
            map[i] = found;
        }
        return new Template(sql.text(), map, like, sql.params(), new ArrayList<>(slots), false);
    }

    /** How many shapes are cached (for tests). */
    int size() {
        return (int) entries.values().stream().filter(Template.class::isInstance).count();
    }
}
