package dev.refract.schema.validate.relations;

import dev.refract.schema.db.InlineRelationWalker;
import dev.refract.schema.db.ModelId;
import dev.refract.schema.db.RelationWalker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The complete one-to-one and one-to-many relations of a schema as edges from the model holding
 * the foreign key to the referenced model, with whether their effective referential actions
 * modify the referencing rows. Built once: the cascade checks walk it from every relation.
 */
final class CascadeGraph {
    /**
     * One complete inline relation.
     *
     * @param relation the relation
     * @param fieldId the forward relation field's id, which identifies the edge on a path
     * @param fieldName the forward relation field's name
     * @param from the referencing model
     * @param fromName its name
     * @param to the referenced model
     * @param toName its name
     * @param triggers whether onDelete or onUpdate (explicit or default) modifies the referencing rows
     */
    record Edge(InlineRelationWalker relation, int fieldId, String fieldName, ModelId from, String fromName,
                ModelId to, String toName, boolean triggers) {
        boolean isSelfRelation() {
            return from.equals(to);
        }
    }

    private final Map<ModelId, List<Edge>> outgoing = new HashMap<>();
    private final Map<Integer, Edge> byRelation = new HashMap<>();
    private final Map<ModelId, Map<String, Set<String>>> reached = new HashMap<>();

    private CascadeGraph() {
    }

    static CascadeGraph of(RelationContext ctx) {
        CascadeGraph graph = new CascadeGraph();
        for (RelationWalker r : ctx.db().walkRelations()) {
            InlineRelationWalker inline = r.asInline();
            if (inline == null || !Inline.isComplete(inline)) {
                continue;
            }
            boolean triggers = Inline.onDelete(inline, ctx.connector(), ctx.relationMode()).triggersModification()
                    || Inline.onUpdate(inline).triggersModification();
            Edge edge = new Edge(inline, inline.forwardRelationField().id(), inline.forwardRelationField().name(),
                    r.modelAId(), inline.referencingModel().name(), r.modelBId(), inline.referencedModel().name(),
                    triggers);
            graph.byRelation.put(r.id(), edge);
            graph.outgoing.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge);
        }
        // Prisma's order of the relations from a model: by referenced model, then as found.
        Comparator<Edge> order = Comparator.comparing(Edge::to).thenComparingInt(e -> e.relation().id());
        graph.outgoing.values().forEach(edges -> edges.sort(order));
        return graph;
    }

    /** The edge of a complete inline relation. */
    Edge edge(InlineRelationWalker relation) {
        return byRelation.get(relation.id());
    }

    /** What {@code compute} answers for {@code model}, computed on first request only. */
    Map<String, Set<String>> reachedFrom(ModelId model, Function<ModelId, Map<String, Set<String>>> compute) {
        return reached.computeIfAbsent(model, compute);
    }

    /** The complete inline relations whose foreign key {@code model} holds, in Prisma's order. */
    List<Edge> from(ModelId model) {
        return outgoing.getOrDefault(model, List.of());
    }
}
