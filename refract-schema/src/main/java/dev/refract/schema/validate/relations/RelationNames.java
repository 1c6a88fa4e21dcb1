package dev.refract.schema.validate.relations;

import dev.refract.schema.db.ModelId;
import dev.refract.schema.db.ModelWalker;
import dev.refract.schema.db.ParserDatabase;
import dev.refract.schema.db.RelationFieldWalker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The relation fields of the schema grouped by (model, related model, relation name), in schema
 * order (models, then views). More than one field in a group means an ambiguous relation.
 * Explicit and generated names are one namespace: {@code @relation("AToB")} collides with the
 * generated name of an unnamed relation between A and B.
 */
public final class RelationNames {
    private record Key(ModelId model, ModelId related, String name) {
    }

    private final Map<Key, List<RelationFieldWalker>> groups = new HashMap<>();

    private RelationNames() {
    }

    /** Groups every relation field of {@code db}. */
    public static RelationNames of(ParserDatabase db) {
        RelationNames names = new RelationNames();
        List<ModelWalker> blocks = new ArrayList<>(db.walkModels());
        blocks.addAll(db.walkViews());
        for (ModelWalker model : blocks) {
            for (RelationFieldWalker field : model.relationFields()) {
                names.groups.computeIfAbsent(key(field), k -> new ArrayList<>()).add(field);
            }
        }
        return names;
    }

    private static Key key(RelationFieldWalker field) {
        return new Key(field.modelId(), field.relatedModel().id(), nameOf(field));
    }

    /** The field's own relation name: its explicit name, else the generated {@code AToB}. */
    static String nameOf(RelationFieldWalker field) {
        String explicit = field.explicitRelationName();
        return explicit != null ? explicit
                : dev.refract.schema.db.RelationWalker.generatedName(field.model().name(), field.relatedModel().name());
    }

    /** The fields sharing {@code field}'s model, related model and relation name, itself included. */
    List<RelationFieldWalker> sameNamed(RelationFieldWalker field) {
        return groups.getOrDefault(key(field), List.of());
    }
}
