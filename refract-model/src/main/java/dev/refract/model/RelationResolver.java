package dev.refract.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Pairs up relation fields into {@link Relation}s. Package-private: {@link SchemaModel} does it once. */
final class RelationResolver {
    private RelationResolver() {
    }

    private record Side(String model, RelationField field) {
    }

    /**
     * Two relation fields belong to one relation when they share the relation name and link the
     * same two models (in either direction). Relations come out in the order of their first field.
     */
    static List<Relation> resolve(List<Model> models) {
        Map<String, List<Side>> groups = new LinkedHashMap<>();
        for (Model model : models) {
            for (RelationField field : model.relationFields()) {
                groups.computeIfAbsent(key(model.name(), field), k -> new ArrayList<>())
                        .add(new Side(model.name(), field));
            }
        }
        List<Relation> relations = new ArrayList<>();
        for (List<Side> sides : groups.values()) {
            // A valid schema has one or two fields per relation; pair any surplus in order.
            for (int i = 0; i < sides.size(); i += 2) {
                Side first = sides.get(i);
                Side second = i + 1 < sides.size() ? sides.get(i + 1) : null;
                relations.add(second == null ? oneSided(first) : twoSided(first, second));
            }
        }
        return List.copyOf(relations);
    }

    private static String key(String model, RelationField field) {
        String other = field.relatedModel();
        String low = model.compareTo(other) <= 0 ? model : other;
        String high = low.equals(model) ? other : model;
        return field.relationName() + "\u0000" + low + "\u0000" + high;
    }

    private static Relation twoSided(Side x, Side y) {
        RelationField fx = x.field();
        RelationField fy = y.field();
        String name = fx.relationName();
        if (fx.isList() && fy.isList() && fx.isReferencing() && fy.isReferencing()) {
            return new Relation(name, RelationKind.EMBEDDED_MANY_TO_MANY, x.model(), fx, y.model(), fy);
        }
        if (fx.isList() && fy.isList()) {
            // Column A of the join table points to the model whose name sorts first.
            int order = x.model().compareTo(y.model());
            if (order == 0) {
                order = fx.name().compareTo(fy.name());
            }
            return order <= 0
                    ? new Relation(name, RelationKind.MANY_TO_MANY, x.model(), fx, y.model(), fy)
                    : new Relation(name, RelationKind.MANY_TO_MANY, y.model(), fy, x.model(), fx);
        }
        boolean xReferences = fx.isReferencing() || (!fy.isReferencing() && !fx.isList() && fy.isList());
        Side forward = xReferences ? x : y;
        Side back = xReferences ? y : x;
        RelationKind kind = back.field().isList() ? RelationKind.ONE_TO_MANY : RelationKind.ONE_TO_ONE;
        return new Relation(name, kind, forward.model(), forward.field(), back.model(), back.field());
    }

    // Only an ignored or invalid schema has a relation field without its opposite.
    private static Relation oneSided(Side s) {
        RelationField f = s.field();
        if (f.isList()) {
            return new Relation(f.relationName(), RelationKind.ONE_TO_MANY, f.relatedModel(), null, s.model(), f);
        }
        return new Relation(f.relationName(), RelationKind.ONE_TO_MANY, s.model(), f, f.relatedModel(), null);
    }
}
