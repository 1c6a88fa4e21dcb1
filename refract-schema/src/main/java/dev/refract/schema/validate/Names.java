package dev.refract.schema.validate;

import dev.refract.schema.db.IndexWalker;
import dev.refract.schema.db.ModelId;
import dev.refract.schema.db.ModelWalker;
import dev.refract.schema.validate.relations.RelationNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The name tables built once before the checks run: relation names (for ambiguity), the custom
 * client names of indexes, uniques and primary keys per model (fields must not reuse them), and
 * the constraint name namespaces of the connector.
 */
public final class Names {
    /** Which kind of custom name a field name collides with. */
    public enum Taken {
        INDEX("@@index"),
        UNIQUE("@@unique"),
        PRIMARY_KEY("@@id");

        private final String attribute;

        Taken(String attribute) {
            this.attribute = attribute;
        }

        /** The attribute as messages name it. */
        public String attribute() {
            return attribute;
        }
    }

    private record Key(ModelId model, String name) {
    }

    private final RelationNames relationNames;
    private final ConstraintNamespace constraintNamespace;
    private final Set<Key> indexNames = new HashSet<>();
    private final Set<Key> uniqueNames = new HashSet<>();
    private final Map<ModelId, String> primaryKeyNames = new HashMap<>();

    private Names(RelationNames relationNames, ConstraintNamespace constraintNamespace) {
        this.relationNames = relationNames;
        this.constraintNamespace = constraintNamespace;
    }

    /** Builds every table for the schema of {@code ctx}. */
    public static Names of(ValidationContext ctx) {
        Names names = new Names(RelationNames.of(ctx.db()), ConstraintNamespace.of(ctx));
        for (ModelWalker model : ctx.db().walkModelsAndViews()) {
            for (IndexWalker index : model.indexes()) {
                if (index.name() != null) {
                    (index.isUnique() ? names.uniqueNames : names.indexNames).add(new Key(model.id(), index.name()));
                }
            }
            if (model.primaryKey() != null && model.primaryKey().name() != null) {
                names.primaryKeyNames.put(model.id(), model.primaryKey().name());
            }
        }
        return names;
    }

    public RelationNames relationNames() {
        return relationNames;
    }

    public ConstraintNamespace constraintNamespace() {
        return constraintNamespace;
    }

    /** The custom names on {@code model} that {@code name} collides with, in Prisma's order. */
    public List<Taken> nameTaken(ModelId model, String name) {
        List<Taken> out = new ArrayList<>();
        Key key = new Key(model, name);
        if (indexNames.contains(key)) {
            out.add(Taken.INDEX);
        }
        if (uniqueNames.contains(key)) {
            out.add(Taken.UNIQUE);
        }
        if (name.equals(primaryKeyNames.get(model))) {
            out.add(Taken.PRIMARY_KEY);
        }
        return out;
    }
}
