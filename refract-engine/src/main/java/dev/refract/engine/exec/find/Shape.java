package dev.refract.engine.exec.find;

import dev.refract.engine.ir.FieldRef;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.OrderBy;
import dev.refract.engine.ir.ReadArgs;
import dev.refract.engine.ir.Selection;
import dev.refract.engine.ir.Values;
import dev.refract.model.RelationField;
import dev.refract.model.ScalarField;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a statement's inputs: a text key with every value replaced by a marker, and the
 * values themselves in the order met ("slots"). Two inputs with the same key render the same SQL
 * text with their values in the same parameter positions, which {@link StatementCache} relies on.
 * What could change the text is kept in the key: null versus a value, list lengths, skip and take.
 */
final class Shape {
    final StringBuilder key;
    final List<Object> slots = new ArrayList<>();

    Shape() {
        key = new StringBuilder(128);
    }

    /** A shape whose key starts with {@code prefix} (a part computed once, such as a level's columns). */
    Shape(String prefix) {
        key = new StringBuilder(prefix.length() + 128).append(prefix);
    }

    Shape add(String s) {
        key.append(s).append('|');
        return this;
    }

    Shape value(Object v) {
        if (v == null) {
            key.append("null|");
        } else if (v instanceof FieldRef ref) {
            key.append("ref:").append(ref.field().name()).append('|');
        } else if (v instanceof List<?> list) {
            key.append("list").append(list.size()).append('[');
            for (Object o : list) {
                value(o);
            }
            key.append("]|");
        } else {
            // The Java type too: a renderer may branch on it (Json null versus a Json value...).
            key.append(v instanceof Values.Json j && j.text().equals("null") ? "jsonnull" : "?").append('|');
            slots.add(v);
        }
        return this;
    }

    Shape fields(List<ScalarField> fields) {
        for (ScalarField f : fields) {
            key.append(f.name()).append(',');
        }
        key.append('|');
        return this;
    }

    Shape args(ReadArgs a) {
        key.append("w:");
        filter(a.where());
        key.append("o:");
        for (OrderBy o : a.orderBy()) {
            key.append(o.getClass().getSimpleName()).append(':').append(o.direction());
            if (o instanceof OrderBy.ByScalar s) {
                path(s.path());
                key.append(s.field().name()).append(s.nulls());
            } else if (o instanceof OrderBy.ByRelationCount c) {
                path(c.path());
                key.append(c.relation().name());
            } else if (o instanceof OrderBy.ByRelevance r) {
                fields(r.fields());
                value(r.search());
            } else if (o instanceof OrderBy.ByAggregate g) {
                key.append(g.function()).append(g.field() == null ? "" : g.field().name());
            }
            key.append(';');
        }
        key.append("c:");
        if (a.cursor() != null) {
            filter(a.cursor());
        }
        // Skip and take are in the key as they are: renderers may compute with them.
        key.append("s:").append(a.skip()).append("t:").append(a.take()).append("d:");
        value(a.skip());
        value(a.take());
        fields(a.distinct());
        key.append("r:").append(a.relationLoadStrategy()).append('|');
        return this;
    }

    private void path(List<RelationField> path) {
        for (RelationField r : path) {
            key.append(r.name()).append('.');
        }
    }

    Shape filter(Filter f) {
        key.append(f.getClass().getSimpleName()).append('(');
        if (f instanceof Filter.Const c) {
            key.append(c.value());
        } else if (f instanceof Filter.And and) {
            and.filters().forEach(this::filter);
        } else if (f instanceof Filter.Or or) {
            or.filters().forEach(this::filter);
        } else if (f instanceof Filter.Not not) {
            not.filters().forEach(this::filter);
        } else if (f instanceof Filter.Scalar s) {
            key.append(s.field().name()).append(s.op()).append(s.insensitive());
            value(s.value());
        } else if (f instanceof Filter.Json j) {
            key.append(j.field().name()).append(j.op()).append(j.path().size());
            j.path().forEach(this::value);
            value(j.value());
        } else if (f instanceof Filter.Relation r) {
            key.append(r.field().name()).append(r.condition());
            filter(r.nested());
        } else if (f instanceof Filter.Aggregated g) {
            key.append(g.function());
            filter(g.condition());
        }
        key.append(')');
        return this;
    }

    Shape counts(List<Selection.RelationCount> counts) {
        for (Selection.RelationCount rc : counts) {
            key.append(rc.field().name()).append(':');
            filter(rc.where());
        }
        key.append('|');
        return this;
    }

    /** Key tuples: their count and width in the key, every part a slot. */
    Shape keys(List<List<Object>> keys) {
        key.append("keys").append(keys.size()).append('x').append(keys.isEmpty() ? 0 : keys.get(0).size()).append('|');
        for (List<Object> k : keys) {
            for (Object part : k) {
                value(part);
            }
        }
        return this;
    }

    /** Keys bound as one array parameter: the list itself is the one slot, whatever its length. */
    Shape keyArray(List<Object> keys) {
        key.append("keyarray|");
        slots.add(keys);
        return this;
    }

    Shape selection(Selection s) {
        key.append('{');
        for (Selection.Item item : s.fields()) {
            if (item instanceof Selection.Scalar sc) {
                key.append(sc.field().name()).append(',');
            } else if (item instanceof Selection.Relation r) {
                key.append(r.field().name()).append('(');
                args(r.args());
                selection(r.selection());
                key.append(')');
            } else if (item instanceof Selection.Count c) {
                key.append("_count(");
                for (Selection.RelationCount rc : c.relations()) {
                    key.append(rc.field().name()).append(':');
                    filter(rc.where());
                }
                key.append(')');
            }
        }
        key.append('}');
        return this;
    }
}
