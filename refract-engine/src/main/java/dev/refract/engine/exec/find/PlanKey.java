package dev.refract.engine.exec.find;

import dev.refract.engine.ir.Selection;
import dev.refract.model.Model;
import java.util.List;

/**
 * A model and a selection as the key of their {@link LevelPlan}: two selections are the same key
 * when they name the same field objects in the same order, with equal relation arguments, at
 * every level. Fields compare by identity (they come from the one schema model) and hash by
 * identity too, because a field record's own hash walks all its attributes; relation arguments
 * are left out of the hash and compared by value, since a plan carries them.
 */
final class PlanKey {
    private final Model model;
    private final Selection selection;
    private final int hash;

    PlanKey(Model model, Selection selection) {
        this.model = model;
        this.selection = selection;
        this.hash = 31 * System.identityHashCode(model) + hashOf(selection);
    }

    private static int hashOf(Selection selection) {
        int h = 1;
        for (Selection.Item item : selection.fields()) {
            int part;
            if (item instanceof Selection.Scalar s) {
                part = System.identityHashCode(s.field());
            } else if (item instanceof Selection.Relation r) {
                part = 17 * System.identityHashCode(r.field()) + hashOf(r.selection());
            } else {
                part = 7 * ((Selection.Count) item).relations().size();
            }
            h = 31 * h + part;
        }
        return h;
    }

    private static boolean sameShape(Selection a, Selection b) {
        if (a == b) {
            return true;
        }
        List<Selection.Item> x = a.fields();
        List<Selection.Item> y = b.fields();
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            if (!sameItem(x.get(i), y.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameItem(Selection.Item a, Selection.Item b) {
        if (a instanceof Selection.Scalar s && b instanceof Selection.Scalar t) {
            return s.field() == t.field();
        }
        if (a instanceof Selection.Relation r && b instanceof Selection.Relation q) {
            return r.field() == q.field() && r.args().equals(q.args()) && sameShape(r.selection(), q.selection());
        }
        if (a instanceof Selection.Count c && b instanceof Selection.Count d) {
            return c.relations().equals(d.relations());
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlanKey k && k.hash == hash && k.model == model && sameShape(k.selection, selection);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
