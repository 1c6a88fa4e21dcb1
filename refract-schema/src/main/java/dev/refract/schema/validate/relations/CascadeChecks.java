package dev.refract.schema.validate.relations;

import dev.refract.schema.connector.Capability;
import dev.refract.schema.db.InlineRelationWalker;
import dev.refract.schema.db.ModelId;
import dev.refract.schema.db.ReferentialAction;
import dev.refract.schema.db.RelationFieldWalker;
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
    private CascadeChecks() {
    }

    /** A path of relations, newest last; shared tails, like Prisma's linked list. */
    private record Path(Path previous, InlineRelationWalker relation) {
        List<InlineRelationWalker> relations() {
            List<InlineRelationWalker> out = new ArrayList<>();
            for (Path p = this; p != null; p = p.previous) {
                out.add(0, p.relation);
            }
            return out;
        }

        Path then(InlineRelationWalker next) {
            return new Path(this, next);
        }

        @Override
        public String toString() {
            return relations().stream()
                    .map(r -> r.referencingModel().name() + "." + r.forwardRelationField().name())
                    .collect(Collectors.joining(" → "));
        }
    }

    private record Step(InlineRelationWalker relation, Path path) {
    }

    private static boolean triggersModification(InlineRelationWalker relation, RelationContext ctx) {
        return Inline.onDelete(relation, ctx.connector(), ctx.relationMode()).triggersModification()
                || Inline.onUpdate(relation).triggersModification();
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
        Set<Integer> visited = new HashSet<>();
        Deque<Step> next = new ArrayDeque<>();
        next.push(new Step(relation, new Path(null, relation)));
        ModelId parent = relation.referencingModel().id();
        while (!next.isEmpty()) {
            Step step = next.pop();
            visited.add(step.relation().forwardRelationField().id());
            if (!triggersModification(step.relation(), ctx)) {
                continue;
            }
            ModelId model = step.relation().referencingModel().id();
            ModelId related = step.relation().referencedModel().id();
            if (model.equals(related)) {
                ctx.error(cascadeMessage(relation, ctx, "A self-relation must have `onDelete` and `onUpdate`"
                        + " referential actions set to `NoAction` in one of the @relation attributes."),
                        relation.forwardRelationField().span());
                return;
            }
            if (related.equals(parent)) {
                ctx.error(cascadeMessage(relation, ctx, "Reference causes a cycle. One of the @relation attributes"
                        + " in this cycle must have `onDelete` and `onUpdate` referential actions set to `NoAction`."
                        + " Cycle path: " + step.path() + "."), relation.forwardRelationField().span());
                return;
            }
            for (InlineRelationWalker r : Inline.completeRelationsFrom(step.relation().referencedModel())) {
                if (!visited.contains(r.forwardRelationField().id())) {
                    next.push(new Step(r, step.path().then(r)));
                }
            }
        }
    }

    /**
     * Two cascading paths from this relation's model that meet in one model. Only where the
     * database itself refuses them (SQL Server with foreign keys).
     */
    public static void multipleCascadingPaths(InlineRelationWalker relation, RelationContext ctx) {
        if (!ctx.has(Capability.REFERENCE_CYCLE_DETECTION) || ctx.relationMode().isPrisma()
                || !triggersModification(relation, ctx)) {
            return;
        }
        ModelId parent = relation.referencingModel().id();
        record Walk(InlineRelationWalker relation, Path path, Set<Integer> currentPath) {
        }
        Deque<Walk> next = new ArrayDeque<>();
        for (InlineRelationWalker r : Inline.completeRelationsFrom(relation.referencingModel())) {
            if (triggersModification(r, ctx)) {
                next.push(new Walk(r, new Path(null, r), new HashSet<>()));
            }
        }
        List<Path> paths = new ArrayList<>();
        while (!next.isEmpty()) {
            Walk walk = next.pop();
            ModelId model = walk.relation().referencingModel().id();
            ModelId related = walk.relation().referencedModel().id();
            walk.currentPath().add(walk.relation().forwardRelationField().id());
            // Self relations and cycles are the business of cycles().
            if (model.equals(related) || related.equals(parent)) {
                continue;
            }
            List<Walk> forward = new ArrayList<>();
            for (InlineRelationWalker r : Inline.completeRelationsFrom(walk.relation().referencedModel())) {
                if (triggersModification(r, ctx) && !walk.currentPath().contains(r.forwardRelationField().id())) {
                    forward.add(new Walk(r, walk.path().then(r), new HashSet<>(walk.currentPath())));
                }
            }
            if (forward.isEmpty()) {
                // A whole path ends here. Prisma links the last relation once more; it only
                // repeats a model already counted.
                paths.add(walk.path().then(walk.relation()));
                continue;
            }
            forward.forEach(next::push);
        }
        // For each first relation field: every model its paths reach.
        Map<String, Set<String>> seen = new LinkedHashMap<>();
        for (Path path : paths) {
            List<InlineRelationWalker> relations = path.relations();
            Set<String> models = seen.computeIfAbsent(relations.get(0).forwardRelationField().name(),
                    k -> new HashSet<>());
            for (InlineRelationWalker r : relations) {
                models.add(r.referencedModel().name());
            }
        }
        // Models reachable both through this relation and through another relation of the model.
        TreeSet<String> reachable = new TreeSet<>();
        Set<String> fromParent = seen.remove(relation.forwardRelationField().name());
        if (fromParent != null) {
            for (Set<String> fromOther : seen.values()) {
                for (String m : fromParent) {
                    if (fromOther.contains(m)) {
                        reachable.add(m);
                    }
                }
            }
        }
        if (reachable.isEmpty()) {
            return;
        }
        String models = reachable.stream().map(m -> "`" + m + "`").collect(Collectors.joining(", "));
        String message = reachable.size() == 1
                ? "When any of the records in model " + models + " is updated or deleted, the referential actions on"
                        + " the relations cascade to model `" + relation.referencingModel().name() + "` through"
                        + " multiple paths. Please break one of these paths by setting the `onUpdate` and `onDelete`"
                        + " to `NoAction`."
                : "When any of the records in models " + models + " are updated or deleted, the referential actions"
                        + " on the relations cascade to model `" + relation.referencingModel().name() + "` through"
                        + " multiple paths. Please break one of these paths by setting the `onUpdate` and `onDelete`"
                        + " to `NoAction`.";
        ctx.error(cascadeMessage(relation, ctx, message), relation.forwardRelationField().span());
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
