package dev.refract.engine.protocol;

import static dev.refract.engine.protocol.InputObjectType.Kind;

import dev.refract.model.Field;
import dev.refract.model.Model;
import dev.refract.model.RelationField;
import dev.refract.model.ScalarField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** The orderBy input types: with relations (finds, aggregate, nested lists) and with aggregations (groupBy). */
final class OrderByTypes {
    private final SchemaFields fields;
    private final Capabilities caps;
    private final Map<String, InputObjectType> cache = new HashMap<>();

    OrderByTypes(SchemaFields fields, Capabilities caps) {
        this.fields = fields;
        this.caps = caps;
    }

    private synchronized InputObjectType object(String name, Kind kind, Model model, Supplier<List<InputField>> f) {
        return cache.computeIfAbsent(name, n -> new InputObjectType(n, kind, model, null, f));
    }

    /** Each orderBy object names one key (Prisma: at most one; for aggregate objects exactly one). */
    private synchronized InputObjectType object(String name, Kind kind, Model model, Integer min,
                                                Supplier<List<InputField>> f) {
        return cache.computeIfAbsent(name, n -> new InputObjectType(n, kind, model, null, f).constrain(min, 1, null));
    }

    private static InputType obj(InputObjectType t) {
        return new InputType.Obj(t);
    }

    private InputObjectType sortOrderInput() {
        return object("SortOrderInput", Kind.SORT_ORDER_INPUT, null, () -> List.of(
                InputField.required("sort", InputTypes.SORT_ORDER),
                InputField.optional("nulls", InputTypes.NULLS_ORDER)));
    }

    private InputField scalarOrder(ScalarField sf) {
        return sf.isRequired() || sf.isList() || !caps.nullsOrdering()
                ? InputField.optional(sf.name(), InputTypes.SORT_ORDER)
                : InputField.optional(sf.name(), InputTypes.SORT_ORDER, obj(sortOrderInput()));
    }

    InputObjectType withRelation(Model m) {
        return object(m.name() + "OrderByWithRelationInput", Kind.ORDER_BY_WITH_RELATION, m, null, () -> {
            List<InputField> out = new ArrayList<>();
            for (Field f : fields.visible(m)) {
                if (f instanceof ScalarField sf) {
                    out.add(scalarOrder(sf));
                } else {
                    RelationField rf = (RelationField) f;
                    Model related = fields.related(rf);
                    if (rf.isList()) {
                        InputObjectType agg = object(related.name() + "OrderByRelationAggregateInput",
                                Kind.ORDER_BY_RELATION_AGGREGATE, related, 1,
                                () -> List.of(InputField.optional("_count", InputTypes.SORT_ORDER)));
                        out.add(InputField.optional(rf.name(), obj(agg)));
                    } else {
                        out.add(InputField.optional(rf.name(), obj(withRelation(related))));
                    }
                }
            }
            List<String> texts = fields.visibleScalars(m).stream()
                    .filter(SchemaFields::isString).map(ScalarField::name).toList();
            if (caps.fullTextSearch() && !texts.isEmpty()) {
                InputType.Enum fieldEnum = new InputType.Enum(m.name() + "OrderByRelevanceFieldEnum", texts);
                InputObjectType relevance = object(m.name() + "OrderByRelevanceInput", Kind.ORDER_BY_RELEVANCE, m,
                        () -> List.of(
                                InputField.required("fields", fieldEnum, new InputType.ListOf(fieldEnum)),
                                InputField.required("sort", InputTypes.SORT_ORDER),
                                InputField.required("search", InputType.STRING)));
                out.add(InputField.optional("_relevance", obj(relevance)));
            }
            return out;
        });
    }

    InputObjectType withAggregation(Model m) {
        return object(m.name() + "OrderByWithAggregationInput", Kind.ORDER_BY_WITH_AGGREGATION, m, null, () -> {
            List<InputField> out = new ArrayList<>();
            List<ScalarField> scalars = fields.visibleScalars(m);
            for (ScalarField sf : scalars) {
                out.add(scalarOrder(sf));
            }
            addAggregate(out, m, "_count", "Count", scalars, sf -> true);
            addAggregate(out, m, "_avg", "Avg", scalars, SchemaFields::isNumeric);
            addAggregate(out, m, "_max", "Max", scalars, SchemaFields::isMinMaxable);
            addAggregate(out, m, "_min", "Min", scalars, SchemaFields::isMinMaxable);
            addAggregate(out, m, "_sum", "Sum", scalars, SchemaFields::isNumeric);
            return out;
        });
    }

    private void addAggregate(List<InputField> out, Model m, String key, String fn, List<ScalarField> scalars,
                              Predicate<ScalarField> which) {
        if (scalars.stream().anyMatch(which)) {
            out.add(InputField.optional(key, obj(aggregate(m, fn, scalars, which))));
        }
    }

    private InputObjectType aggregate(Model m, String fn, List<ScalarField> scalars, Predicate<ScalarField> which) {
        return object(m.name() + fn + "OrderByAggregateInput", Kind.ORDER_BY_AGGREGATE, m, 1, () -> {
            List<InputField> out = new ArrayList<>();
            for (ScalarField sf : scalars) {
                if (which.test(sf)) {
                    out.add(InputField.optional(sf.name(), InputTypes.SORT_ORDER));
                }
            }
            return out;
        });
    }
}
