package dev.refract.client;

import dev.refract.engine.ir.ReadArgs;
import dev.refract.engine.ir.Selection;
import dev.refract.model.Model;
import dev.refract.model.RelationField;
import dev.refract.model.ScalarField;
import dev.refract.model.ScalarType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The base of generated select/include/omit builders: the scalars and relations named so far.
 * How they become a {@link Selection} depends on how the builder was used ({@link Mode}).
 *
 * @param <S> the generated builder itself
 */
public abstract class SelectionBuilder<S extends SelectionBuilder<S>> {
    /** How the named fields are read. */
    public enum Mode {
        /** Every default scalar plus the named relations. */
        INCLUDE,
        /** Only the named scalars and relations. */
        SELECT,
        /** Every default scalar but the named ones (relations named are included). */
        OMIT
    }

    private final Model model;
    private final Set<ScalarField> scalars = new LinkedHashSet<>();
    private final Map<String, Selection.Relation> relations = new LinkedHashMap<>();
    private final Map<String, Selection.RelationCount> counts = new LinkedHashMap<>();

    protected SelectionBuilder(Model model) {
        this.model = model;
    }

    /** This builder, typed. */
    protected abstract S self();

    /** Names a scalar. */
    protected final S scalar(ScalarField field) {
        scalars.add(field);
        return self();
    }

    /** Names a relation, with the arguments and selection of the related records. */
    protected final S relation(RelationField field, ReadArgs args, Selection selection) {
        relations.put(field.name(), new Selection.Relation(field, args, selection));
        return self();
    }

    /** Names the number of records of a to-many relation ({@code _count}), counting those {@code where} matches. */
    protected final S relationCount(RelationField field, dev.refract.engine.ir.Filter where) {
        counts.put(field.name(), new Selection.RelationCount(field, where));
        return self();
    }

    /** The selection in {@code mode}. */
    public final Selection build(Mode mode) {
        List<Selection.Item> items = new ArrayList<>();
        if (mode == Mode.SELECT) {
            for (ScalarField f : scalars) {
                items.add(new Selection.Scalar(f));
            }
        } else {
            for (ScalarField f : defaultScalars(model)) {
                if (mode == Mode.INCLUDE || !scalars.contains(f)) {
                    items.add(new Selection.Scalar(f));
                }
            }
        }
        items.addAll(relations.values());
        if (!counts.isEmpty()) {
            items.add(new Selection.Count(List.copyOf(counts.values())));
        }
        return new Selection(items);
    }

    /** What a query returns without select, include or omit: every readable scalar field. */
    public static Selection defaults(Model model) {
        return new Selection(defaultScalars(model).stream().<Selection.Item>map(Selection.Scalar::new).toList());
    }

    static List<ScalarField> defaultScalars(Model model) {
        return model.scalarFields().stream()
                .filter(f -> !f.ignored() && !f.isUnsupported() && !(f.type() instanceof ScalarType.CompositeRef))
                .toList();
    }
}
