package dev.refract.schema.validate.relations;

import dev.refract.schema.connector.Connector;
import dev.refract.schema.connector.RelationMode;
import dev.refract.schema.db.InlineRelationWalker;
import dev.refract.schema.db.ModelWalker;
import dev.refract.schema.db.ReferentialAction;
import dev.refract.schema.db.RelationFieldWalker;
import dev.refract.schema.db.RelationWalker;
import dev.refract.schema.db.ScalarFieldWalker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Facts about one-to-one and one-to-many relations as Prisma's relation validations see them:
 * which fields are written (absent is not the same as empty), the referential actions in force,
 * and the graph of complete relations the cascade checks walk.
 */
final class Inline {
    private Inline() {
    }

    /** {@code fields:} of the forward field; null when there is no forward field or no argument. */
    static List<ScalarFieldWalker> referencingFields(InlineRelationWalker relation) {
        RelationFieldWalker forward = relation.forwardRelationField();
        return forward == null ? null : forward.referencingFields();
    }

    /** {@code references:} of the forward field; when not written, the inferred ones (see the parser database). */
    static List<ScalarFieldWalker> referencedFields(InlineRelationWalker relation) {
        return relation.referencedFields();
    }

    /** Whether a {@code fields:} or {@code references:} list is absent or empty. */
    static boolean isEmpty(List<?> fields) {
        return fields == null || fields.isEmpty();
    }

    /** Whether both sides of the relation are written. */
    static boolean isComplete(InlineRelationWalker relation) {
        return relation.forwardRelationField() != null && relation.backRelationField() != null;
    }

    /**
     * The complete inline relations whose foreign key {@code model} holds, in Prisma's order: by
     * referenced model, then by the order relations were found.
     */
    static List<InlineRelationWalker> completeRelationsFrom(ModelWalker model) {
        List<RelationWalker> from = new ArrayList<>(model.relationsFrom());
        from.sort(Comparator.comparing(RelationWalker::modelBId).thenComparingInt(RelationWalker::id));
        List<InlineRelationWalker> out = new ArrayList<>();
        for (RelationWalker r : from) {
            InlineRelationWalker inline = r.asInline();
            if (inline != null && isComplete(inline)) {
                out.add(inline);
            }
        }
        return out;
    }

    /** {@code onDelete}: written, else Restrict (or NoAction) for required relations, SetNull otherwise. */
    static ReferentialAction onDelete(InlineRelationWalker relation, Connector connector, RelationMode mode) {
        RelationFieldWalker forward = relation.forwardRelationField();
        ReferentialAction explicit = forward.explicitOnDelete();
        if (explicit != null) {
            return explicit;
        }
        if (forward.referentialArity().isRequired()) {
            return connector.supportsReferentialAction(mode, dev.refract.model.ReferentialAction.RESTRICT)
                    ? ReferentialAction.Restrict : ReferentialAction.NoAction;
        }
        return ReferentialAction.SetNull;
    }

    /** {@code onUpdate}: written, else Cascade. */
    static ReferentialAction onUpdate(InlineRelationWalker relation) {
        ReferentialAction explicit = relation.forwardRelationField().explicitOnUpdate();
        return explicit != null ? explicit : ReferentialAction.Cascade;
    }

    /** The connector's name for a parser database action. */
    static dev.refract.model.ReferentialAction toConnector(ReferentialAction action) {
        return dev.refract.model.ReferentialAction.fromSchemaName(action.name());
    }
}
