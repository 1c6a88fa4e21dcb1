package dev.refract.engine.protocol;

import static dev.refract.engine.protocol.InputObjectType.Kind;

import dev.refract.engine.ir.Action;
import dev.refract.engine.ir.Aggregate;
import dev.refract.engine.ir.AggregateQuery;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.FindQuery;
import dev.refract.engine.ir.GroupByQuery;
import dev.refract.engine.ir.OrderBy;
import dev.refract.engine.ir.Query;
import dev.refract.engine.ir.ReadArgs;
import dev.refract.engine.ir.RelationLoadStrategy;
import dev.refract.engine.ir.Selection;
import dev.refract.model.Field;
import dev.refract.model.Model;
import dev.refract.model.RelationField;
import dev.refract.model.ScalarField;
import dev.refract.model.SortOrder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the query IR from a validated operation. */
final class IrBuilder {
    private final QuerySchema qs;
    private final FilterReader filters;
    private final List<String> selectionPath;
    private final Values2Ir values;

    IrBuilder(QuerySchema qs, List<String> selectionPath) {
        this.qs = qs;
        this.selectionPath = selectionPath;
        this.values = new Values2Ir(qs.fields().schema(), selectionPath);
        this.filters = new FilterReader(qs, values);
    }

    Query build(Model model, Action action, DocumentParser.ParsedField op) {
        if (action == Action.EXECUTE_RAW || action == Action.QUERY_RAW) {
            return RawParameters.query(action, op.args(), selectionPath);
        }
        if (action.isWrite()) {
            boolean count = action == Action.CREATE_MANY || action == Action.UPDATE_MANY || action == Action.DELETE_MANY;
            return new WriteIrBuilder(qs, filters, values).build(model, action, op.args(),
                    count ? null : selection(model, op.nested()));
        }
        switch (action) {
            case AGGREGATE:
                return new AggregateQuery(model, readArgs(model, op.args()), aggregates(op.nested()));
            case GROUP_BY:
                return groupBy(model, op);
            default:
                return new FindQuery(model, action, readArgs(model, op.args()), selection(model, op.nested()));
        }
    }

    private ReadArgs readArgs(Model model, Map<String, Object> args) {
        Filter where = args.containsKey("where") ? filters.where(model, args.get("where")) : Filter.TRUE;
        List<OrderBy> orderBy = args.containsKey("orderBy") ? orderBy(model, args.get("orderBy")) : List.of();
        Filter cursor = args.containsKey("cursor") ? filters.where(model, args.get("cursor")) : null;
        Long skip = (Long) args.get("skip");
        Long take = (Long) args.get("take");
        List<ScalarField> distinct = args.containsKey("distinct") ? fieldList(model, args.get("distinct")) : List.of();
        Object strategy = args.get("relationLoadStrategy");
        RelationLoadStrategy rls = strategy == null ? null
                : strategy.equals("join") ? RelationLoadStrategy.JOIN : RelationLoadStrategy.QUERY;
        return new ReadArgs(where, orderBy, cursor, skip, take, distinct, rls);
    }

    private static List<ScalarField> fieldList(Model model, Object parsed) {
        List<ScalarField> out = new ArrayList<>();
        if (parsed instanceof List<?> l) {
            for (Object o : l) {
                out.add(model.scalarField((String) o).orElseThrow());
            }
        } else {
            out.add(model.scalarField((String) parsed).orElseThrow());
        }
        return out;
    }

    private Selection selection(Model model, List<DocumentParser.ParsedField> nested) {
        List<Selection.Item> items = new ArrayList<>();
        for (DocumentParser.ParsedField pf : nested) {
            Field f = pf.field().modelField();
            if (f instanceof ScalarField sf) {
                items.add(new Selection.Scalar(sf));
            } else if (f instanceof RelationField rf) {
                Model related = qs.fields().related(rf);
                items.add(new Selection.Relation(rf, readArgs(related, pf.args()), selection(related, pf.nested())));
            } else {
                List<Selection.RelationCount> counts = new ArrayList<>();
                for (DocumentParser.ParsedField c : pf.nested()) {
                    RelationField rf = (RelationField) c.field().modelField();
                    Filter where = c.args().containsKey("where")
                            ? filters.where(qs.fields().related(rf), c.args().get("where")) : Filter.TRUE;
                    counts.add(new Selection.RelationCount(rf, where));
                }
                items.add(new Selection.Count(counts));
            }
        }
        return new Selection(items);
    }

    private List<OrderBy> orderBy(Model model, Object parsed) {
        List<OrderBy> out = new ArrayList<>();
        if (parsed instanceof List<?> l) {
            for (Object o : l) {
                orderByObject(List.of(), model, (DocumentParser.ParsedMap) o, out);
            }
        } else {
            orderByObject(List.of(), model, (DocumentParser.ParsedMap) parsed, out);
        }
        return out;
    }

    private void orderByObject(List<RelationField> path, Model model, DocumentParser.ParsedMap pm, List<OrderBy> out) {
        for (Map.Entry<String, Object> e : pm.values().entrySet()) {
            String key = e.getKey();
            Object v = e.getValue();
            Aggregate.Function fn = aggregateFunction(key);
            if (key.equals("_relevance")) {
                DocumentParser.ParsedMap r = (DocumentParser.ParsedMap) v;
                out.add(new OrderBy.ByRelevance(fieldList(model, r.values().get("fields")),
                        (String) r.values().get("search"), direction(r.values().get("sort"))));
            } else if (fn != null) {
                for (Map.Entry<String, Object> a : ((DocumentParser.ParsedMap) v).values().entrySet()) {
                    out.add(new OrderBy.ByAggregate(fn, model.scalarField(a.getKey()).orElseThrow(),
                            direction(a.getValue())));
                }
            } else {
                Field f = model.field(key).orElseThrow();
                if (f instanceof ScalarField sf) {
                    if (v instanceof DocumentParser.ParsedMap so) {
                        Object nulls = so.values().get("nulls");
                        out.add(new OrderBy.ByScalar(path, sf, direction(so.values().get("sort")),
                                nulls == null ? null : nulls.equals("first") ? OrderBy.Nulls.FIRST : OrderBy.Nulls.LAST));
                    } else {
                        out.add(new OrderBy.ByScalar(path, sf, direction(v), null));
                    }
                } else {
                    RelationField rf = (RelationField) f;
                    DocumentParser.ParsedMap nested = (DocumentParser.ParsedMap) v;
                    if (nested.type().kind() == Kind.ORDER_BY_RELATION_AGGREGATE) {
                        for (Object dir : nested.values().values()) {
                            out.add(new OrderBy.ByRelationCount(path, rf, direction(dir)));
                        }
                    } else {
                        List<RelationField> longer = new ArrayList<>(path);
                        longer.add(rf);
                        orderByObject(longer, qs.fields().related(rf), nested, out);
                    }
                }
            }
        }
    }

    private static SortOrder direction(Object v) {
        return "desc".equals(v) ? SortOrder.DESC : SortOrder.ASC;
    }

    private static Aggregate.Function aggregateFunction(String key) {
        for (Aggregate.Function fn : Aggregate.Function.values()) {
            if (fn.key().equals(key)) {
                return fn;
            }
        }
        return null;
    }

    private List<Aggregate> aggregates(List<DocumentParser.ParsedField> nested) {
        List<Aggregate> out = new ArrayList<>();
        for (DocumentParser.ParsedField pf : nested) {
            out.add(aggregate(pf));
        }
        return out;
    }

    private static Aggregate aggregate(DocumentParser.ParsedField pf) {
        Aggregate.Function fn = aggregateFunction(pf.field().name());
        List<ScalarField> fields = new ArrayList<>();
        int allPosition = -1;
        for (int i = 0; i < pf.nested().size(); i++) {
            DocumentParser.ParsedField f = pf.nested().get(i);
            if (f.field().modelField() instanceof ScalarField sf) {
                fields.add(sf);
            } else {
                allPosition = i;
            }
        }
        return new Aggregate(fn, fields, allPosition >= 0, allPosition, false);
    }

    private GroupByQuery groupBy(Model model, DocumentParser.ParsedField op) {
        Map<String, Object> args = op.args();
        List<ScalarField> by = fieldList(model, args.get("by"));
        Filter where = args.containsKey("where") ? filters.where(model, args.get("where")) : Filter.TRUE;
        Filter having = args.containsKey("having") ? filters.where(model, args.get("having")) : Filter.TRUE;
        List<OrderBy> orderBy = args.containsKey("orderBy") ? orderBy(model, args.get("orderBy")) : List.of();
        List<Object> selection = new ArrayList<>();
        Set<String> missing = new LinkedHashSet<>();
        for (DocumentParser.ParsedField pf : op.nested()) {
            if (pf.field().modelField() instanceof ScalarField sf) {
                if (!by.contains(sf)) {
                    missing.add(sf.name());
                }
                selection.add(sf);
            } else {
                selection.add(aggregate(pf));
            }
        }
        if (!missing.isEmpty()) {
            throw ValidationError.other("Every selected scalar field that is not part of an aggregation must be "
                    + "included in the by-arguments of the query. Missing fields: " + String.join(", ", missing),
                    selectionPath);
        }
        for (OrderBy o : orderBy) {
            if (o instanceof OrderBy.ByScalar s && !by.contains(s.field())) {
                missing.add(s.field().name());
            }
        }
        if (!missing.isEmpty()) {
            throw ValidationError.other("Every field used for orderBy must be included in the by-arguments of the "
                    + "query. Missing fields: " + String.join(", ", missing), selectionPath);
        }
        return new GroupByQuery(model, by, where, having, orderBy, (Long) args.get("skip"), (Long) args.get("take"),
                selection);
    }
}
