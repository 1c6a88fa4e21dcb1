package dev.refract.schema.validate.relations;

import dev.refract.schema.connector.Capability;
import dev.refract.schema.db.InlineRelationWalker;
import dev.refract.schema.db.ModelId;
import dev.refract.schema.db.ReferentialAction;
import dev.refract.schema.db.RelationFieldWalker;
import dev.refract.schema.validate.relations.CascadeGraph.Edge;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Cascading referential actions that loop back (SQL Server rejects them; emulated relations would
 * recurse forever) or reach one model by several paths (SQL Server rejects those too). Only
 * complete relations count, followed from the side holding the foreign key.
 */
public final class CascadeChecks {
    /**
     * How many path steps the multiple-paths search may take from one relation before it stops
     * enumerating paths (their number grows exponentially in densely connected schemas) and
     * answers from plain reachability instead.
     */
    static final int PATH_STEP_BUDGET = 5_000;

    private CascadeChecks() {
    }

    /** A path of relations, newest last; tails are shared, as steps fan out. */
    private record Path(Path previous, Edge edge) {
        List<Edge> edges() {
            List<Edge> out = new ArrayList<>();
            for (Path p = this; p != null; p = p.previous) {
                out.add(0, p.edge);
            }
            return out;
        }

        Path then(Edge next) {
            return new Path(this, next);
        }

        @Override
        public String toString() {
            return edges().stream().map(e -> e.fromName() + "." + e.fieldName()).collect(Collectors.joining(" → "));
        }
    }

    /**
     * A self relation, or a chain of relations leading back to this relation's model, where every
     * link modifies its children. Runs where the connector detects cycles (SQL Server) or where
     * Prisma emulates relations.
     */
    public static void cycles(InlineRelationWalker relation, RelationContext ctx) {
        boolean emulated = ctx.hasDatasource() && !ctx.relationMode().usesForeignKeys();
        if (!ctx.has(Capability.REFERENCE_CYCLE_DETECTION) && !emulated) {
            return;
        }
        CascadeGraph graph = ctx.cascadeGraph();
        Edge start = graph.edge(relation);
        ModelId parent = start.from();
        Set<Integer> visited = new HashSet<>();
        Deque<Path> next = new ArrayDeque<>();
        next.push(new Path(null, start));
        while (!next.isEmpty()) {
            Path path = next.pop();
            Edge edge = path.edge();
            visited.add(edge.fieldId());
            if (!edge.triggers()) {
                continue;
            }
            if (edge.isSelfRelation()) {
                ctx.error(cascadeMessage(relation, ctx, "A self-relation must have `onDelete` and `onUpdate`"
                        + " referential actions set to `NoAction` in one of the @relation attributes."),
                        relation.forwardRelationField().span());
                return;
            }
            if (edge.to().equals(parent)) {
                ctx.error(cascadeMessage(relation, ctx, "Reference causes a cycle. One of the @relation attributes"
                        + " in this cycle must have `onDelete` and `onUpdate` referential actions set to `NoAction`."
                        + " Cycle path: " + path + "."), relation.forwardRelationField().span());
                return;
            }
            for (Edge e : graph.from(edge.to())) {
                if (!visited.contains(e.fieldId())) {
                    next.push(path.then(e));
                }
            }
        }
    }

    /**
     * Two cascading paths from this relation's model that meet in one model. Only where the
     * database itself refuses them (SQL Server with foreign keys).
     */
    public static void multipleCascadingPaths(InlineRelationWalker relation, RelationContext ctx) {
        if (!ctx.has(Capability.REFERENCE_CYCLE_DETECTION) || ctx.relationMode().isPrisma()) {
            return;
        }
        CascadeGraph graph = ctx.cascadeGraph();
        Edge start = graph.edge(relation);
        if (!start.triggers()) {
            return;
        }
        // What the paths from a model reach does not depend on the relation asking: computed once per model.
        Map<String, Set<String>> seen = graph.reachedFrom(start.from(), parent -> {
            Map<String, Set<String>> exact = reachedByFirstRelation(graph, parent);
            return exact != null ? exact : reachableByFirstRelation(graph, parent);
        });
        // Models reachable both through this relation and through another relation of the model.
        TreeSet<String> reachable = new TreeSet<>();
        Set<String> fromParent = seen.get(start.fieldName());
        if (fromParent != null) {
            for (Map.Entry<String, Set<String>> other : seen.entrySet()) {
                if (other.getKey().equals(start.fieldName())) {
                    continue;
                }
                for (String m : fromParent) {
                    if (other.getValue().contains(m)) {
                        reachable.add(m);
                    }
                }
            }
        }
        if (reachable.isEmpty()) {
            return;
        }
        String models = reachable.stream().map(m -> "`" + m + "`").collect(Collectors.joining(", "));
        String target = start.fromName();
        String message = reachable.size() == 1
                ? "When any of the records in model " + models + " is updated or deleted, the referential actions on"
                        + " the relations cascade to model `" + target + "` through multiple paths. Please break one"
                        + " of these paths by setting the `onUpdate` and `onDelete` to `NoAction`."
                : "When any of the records in models " + models + " are updated or deleted, the referential actions"
                        + " on the relations cascade to model `" + target + "` through multiple paths. Please break"
                        + " one of these paths by setting the `onUpdate` and `onDelete` to `NoAction`.";
        ctx.error(cascadeMessage(relation, ctx, message), relation.forwardRelationField().span());
    }

    /** One relation on the current path, with the relations that may follow it. */
    private static final class Frame {
        final Edge edge;
        final List<Edge> following;
        int nextIndex;

        Frame(Edge edge, List<Edge> following) {
            this.edge = edge;
            this.following = following;
        }
    }

    /**
     * Prisma's search: every cascading path from {@code parent} that ends where no cascading
     * relation not yet on the path leads on (paths running into a self relation or back to
     * {@code parent} are left to {@link #cycles}), and for each first relation field the models
     * its paths pass. Depth first with one set of the relations on the current path, which finds
     * the same paths as Prisma's queue of copied sets. Null when the search exceeds
     * {@link #PATH_STEP_BUDGET}.
     */
    private static Map<String, Set<String>> reachedByFirstRelation(CascadeGraph graph, ModelId parent) {
        Map<String, Set<String>> seen = new LinkedHashMap<>();
        Set<Integer> onPath = new HashSet<>();
        Deque<Frame> stack = new ArrayDeque<>();
        int steps = 0;
        for (Edge first : graph.from(parent)) {
            if (!first.triggers()) {
                continue;
            }
            if (!enter(first, graph, parent, onPath, stack, seen)) {
                continue;
            }
            while (!stack.isEmpty()) {
                Frame top = stack.peek();
                if (top.nextIndex == top.following.size()) {
                    onPath.remove(top.edge.fieldId());
                    stack.pop();
                    continue;
                }
                if (++steps > PATH_STEP_BUDGET) {
                    return null;
                }
                enter(top.following.get(top.nextIndex++), graph, parent, onPath, stack, seen);
            }
        }
        return seen;
    }

    /**
     * Steps onto {@code edge}: a dead end (self relation, back to the parent), the end of a path
     * (recorded in {@code seen}), or a new frame to continue from. True when a frame was pushed.
     */
    private static boolean enter(Edge edge, CascadeGraph graph, ModelId parent, Set<Integer> onPath,
                                 Deque<Frame> stack, Map<String, Set<String>> seen) {
        if (edge.isSelfRelation() || edge.to().equals(parent)) {
            return false;
        }
        onPath.add(edge.fieldId());
        List<Edge> following = new ArrayList<>();
        for (Edge e : graph.from(edge.to())) {
            if (e.triggers() && !onPath.contains(e.fieldId())) {
                following.add(e);
            }
        }
        if (following.isEmpty()) {
            Edge first = stack.isEmpty() ? edge : stack.peekLast().edge;
            Set<String> models = seen.computeIfAbsent(first.fieldName(), k -> new HashSet<>());
            stack.forEach(f -> models.add(f.edge.toName()));
            models.add(edge.toName());
            onPath.remove(edge.fieldId());
            return false;
        }
        stack.push(new Frame(edge, following));
        return true;
    }

    /**
     * The fallback when paths are too many to enumerate: for each first relation field, every model
     * reachable through cascading relations, neither through a self relation nor back through
     * {@code parent}. The same answer as the full search on schemas without cycles.
     */
    private static Map<String, Set<String>> reachableByFirstRelation(CascadeGraph graph, ModelId parent) {
        Map<String, Set<String>> seen = new LinkedHashMap<>();
        for (Edge first : graph.from(parent)) {
            if (!first.triggers() || first.isSelfRelation() || first.to().equals(parent)) {
                continue;
            }
            Set<String> models = seen.computeIfAbsent(first.fieldName(), k -> new HashSet<>());
            Set<ModelId> visited = new HashSet<>();
            Deque<Edge> next = new ArrayDeque<>();
            next.push(first);
            while (!next.isEmpty()) {
                Edge edge = next.pop();
                if (!visited.add(edge.to())) {
                    continue;
                }
                models.add(edge.toName());
                for (Edge e : graph.from(edge.to())) {
                    if (e.triggers() && !e.isSelfRelation() && !e.to().equals(parent)) {
                        next.push(e);
                    }
                }
            }
        }
        return seen;
    }

    /** The message, with the implicit defaults that took part in it, and the link to the docs. */
    private static String cascadeMessage(InlineRelationWalker relation, RelationContext ctx, String message) {
        RelationFieldWalker field = relation.forwardRelationField();
        ReferentialAction onDelete = Inline.onDelete(relation, ctx.connector(), ctx.relationMode());
        ReferentialAction onUpdate = Inline.onUpdate(relation);
        boolean implicitDelete = field.explicitOnDelete() == null && onDelete.triggersModification();
        boolean implicitUpdate = field.explicitOnUpdate() == null && onUpdate.triggersModification();
        String out = message;
        if (implicitDelete && implicitUpdate) {
            out += " (Implicit default `onDelete`: `" + onDelete.asStr() + "`, and `onUpdate`: `" + onUpdate.asStr()
                    + "`)";
        } else if (implicitDelete) {
            out += " (Implicit default `onDelete`: `" + onDelete.asStr() + "`)";
        } else if (implicitUpdate) {
            out += " (Implicit default `onUpdate`: `" + onUpdate.asStr() + "`)";
        }
        return Messages.validation(out + " Read more at https://pris.ly/d/cyclic-referential-actions");
    }
}
