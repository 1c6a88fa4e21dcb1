package dev.refract.engine.exec.find;

import dev.refract.engine.ir.Action;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.FindQuery;
import dev.refract.engine.ir.OrderBy;
import dev.refract.engine.ir.ReadArgs;
import dev.refract.engine.ir.RelationLoadStrategy;
import dev.refract.engine.ir.Selection;
import dev.refract.model.Model;
import dev.refract.model.RelationField;
import dev.refract.model.ScalarField;
import dev.refract.model.SchemaModel;
import dev.refract.model.SortOrder;
import java.util.ArrayList;
import java.util.List;

/** Terse IR building for tests, by model and field names. */
final class Ir {
    final SchemaModel schema;

    Ir(SchemaModel schema) {
        this.schema = schema;
    }

    Model model(String name) {
        return schema.requireModel(name);
    }

    ScalarField scalar(String model, String field) {
        return model(model).scalarField(field).orElseThrow();
    }

    RelationField relation(String model, String field) {
        return model(model).relationField(field).orElseThrow();
    }

    /** Every scalar of the model, then the given items. */
    Selection all(String model, Selection.Item... more) {
        List<Selection.Item> items = new ArrayList<>();
        for (ScalarField f : model(model).scalarFields()) {
            items.add(new Selection.Scalar(f));
        }
        items.addAll(List.of(more));
        return new Selection(items);
    }

    Selection select(String model, String... scalars) {
        List<Selection.Item> items = new ArrayList<>();
        for (String s : scalars) {
            items.add(new Selection.Scalar(scalar(model, s)));
        }
        return new Selection(items);
    }

    static Selection with(Selection s, Selection.Item... more) {
        List<Selection.Item> items = new ArrayList<>(s.fields());
        items.addAll(List.of(more));
        return new Selection(items);
    }

    Selection.Relation rel(String model, String field, Selection selection) {
        return rel(model, field, ReadArgs.NONE, selection);
    }

    Selection.Relation rel(String model, String field, ReadArgs args, Selection selection) {
        return new Selection.Relation(relation(model, field), args, selection);
    }

    Selection.Count count(String model, String... relations) {
        List<Selection.RelationCount> out = new ArrayList<>();
        for (String r : relations) {
            out.add(new Selection.RelationCount(relation(model, r), Filter.TRUE));
        }
        return new Selection.Count(out);
    }

    Filter eq(String model, String field, Object value) {
        return Filter.eq(scalar(model, field), value);
    }

    OrderBy asc(String model, String field) {
        return new OrderBy.ByScalar(scalar(model, field), SortOrder.ASC);
    }

    OrderBy desc(String model, String field) {
        return new OrderBy.ByScalar(scalar(model, field), SortOrder.DESC);
    }

    static ReadArgs args(Filter where, List<OrderBy> orderBy, Long skip, Long take) {
        return new ReadArgs(where, orderBy, null, skip, take, List.of(), null);
    }

    FindQuery many(String model, ReadArgs args, Selection selection) {
        return new FindQuery(model(model), Action.FIND_MANY, args, selection);
    }

    FindQuery find(Action action, String model, ReadArgs args, Selection selection) {
        return new FindQuery(model(model), action, args, selection);
    }

    static FindQuery withStrategy(FindQuery q, RelationLoadStrategy s) {
        ReadArgs a = q.args();
        return new FindQuery(q.model(), q.action(), new ReadArgs(a.where(), a.orderBy(), a.cursor(), a.skip(),
                a.take(), a.distinct(), s), q.selection());
    }
}
