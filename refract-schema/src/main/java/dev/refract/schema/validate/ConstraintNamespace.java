package dev.refract.schema.validate;

import dev.refract.schema.connector.ConstraintScope;
import dev.refract.schema.connector.Connector;
import dev.refract.schema.db.DefaultValueWalker;
import dev.refract.schema.db.IndexWalker;
import dev.refract.schema.db.InlineRelationWalker;
import dev.refract.schema.db.ModelId;
import dev.refract.schema.db.ModelWalker;
import dev.refract.schema.db.RelationWalker;
import dev.refract.schema.db.ScalarFieldWalker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Constraint names counted in the scopes where the connector requires them to be unique: global
 * scopes (per database schema) and per-model scopes, plus the client-facing custom names of
 * primary keys and unique indexes per model. A name is a violation in a scope where it was
 * counted more than once.
 */
public final class ConstraintNamespace {
    /** What kind of constraint a name belongs to; it decides the scopes it is checked in. */
    public enum Kind {
        INDEX(List.of(ConstraintScope.GLOBAL_KEY_INDEX, ConstraintScope.GLOBAL_PRIMARY_KEY_KEY_INDEX,
                ConstraintScope.MODEL_KEY_INDEX, ConstraintScope.MODEL_PRIMARY_KEY_KEY_INDEX)),
        RELATION(List.of(ConstraintScope.GLOBAL_FOREIGN_KEY, ConstraintScope.GLOBAL_PRIMARY_KEY_FOREIGN_KEY_DEFAULT,
                ConstraintScope.MODEL_PRIMARY_KEY_KEY_INDEX_FOREIGN_KEY)),
        DEFAULT(List.of(ConstraintScope.GLOBAL_PRIMARY_KEY_FOREIGN_KEY_DEFAULT)),
        PRIMARY_KEY(List.of(ConstraintScope.GLOBAL_PRIMARY_KEY_FOREIGN_KEY_DEFAULT,
                ConstraintScope.GLOBAL_PRIMARY_KEY_KEY_INDEX, ConstraintScope.MODEL_PRIMARY_KEY_KEY_INDEX,
                ConstraintScope.MODEL_PRIMARY_KEY_KEY_INDEX_FOREIGN_KEY));

        private final List<ConstraintScope> scopes;

        Kind(List<ConstraintScope> scopes) {
            this.scopes = scopes;
        }
    }

    private record GlobalKey(ConstraintScope scope, String schema, String name) {
    }

    private record LocalKey(ModelId model, ConstraintScope scope, String name) {
    }

    private record CustomKey(ModelId model, String name) {
    }

    private final Map<GlobalKey, Integer> global = new HashMap<>();
    private final Map<LocalKey, Integer> local = new HashMap<>();
    private final Map<CustomKey, Integer> localCustomNames = new HashMap<>();
    private final ValidationContext ctx;

    private ConstraintNamespace(ValidationContext ctx) {
        this.ctx = ctx;
    }

    /** Counts every constraint name of the schema in the scopes of the connector. */
    static ConstraintNamespace of(ValidationContext ctx) {
        ConstraintNamespace ns = new ConstraintNamespace(ctx);
        for (ConstraintScope scope : ctx.connector().constraintScopes()) {
            switch (scope) {
                case GLOBAL_KEY_INDEX -> ns.addGlobalIndexes(scope);
                case GLOBAL_FOREIGN_KEY -> ns.addGlobalRelations(scope);
                case GLOBAL_PRIMARY_KEY_KEY_INDEX -> {
                    ns.addGlobalPrimaryKeys(scope);
                    ns.addGlobalIndexes(scope);
                }
                case GLOBAL_PRIMARY_KEY_FOREIGN_KEY_DEFAULT -> {
                    ns.addGlobalPrimaryKeys(scope);
                    ns.addGlobalRelations(scope);
                    ns.addGlobalDefaults(scope);
                }
                case MODEL_KEY_INDEX -> ns.addLocalIndexes(scope);
                case MODEL_PRIMARY_KEY_KEY_INDEX -> {
                    ns.addLocalPrimaryKeys(scope);
                    ns.addLocalIndexes(scope);
                }
                case MODEL_PRIMARY_KEY_KEY_INDEX_FOREIGN_KEY -> {
                    ns.addLocalPrimaryKeys(scope);
                    ns.addLocalIndexes(scope);
                    ns.addLocalRelations(scope);
                }
            }
        }
        ns.addLocalCustomNames();
        return ns;
    }

    /**
     * The scopes in which {@code name} of the given kind on {@code model} is taken more than once:
     * the global ones first, then the model's own.
     */
    public List<ConstraintScope> scopeViolations(ModelWalker model, Kind kind, String name) {
        List<ConstraintScope> out = new ArrayList<>();
        for (ConstraintScope scope : kind.scopes) {
            if (global.getOrDefault(new GlobalKey(scope, model.schema(), name), 0) > 1) {
                out.add(scope);
            }
        }
        for (ConstraintScope scope : kind.scopes) {
            if (local.getOrDefault(new LocalKey(model.id(), scope, name), 0) > 1) {
                out.add(scope);
            }
        }
        return out;
    }

    /** Whether the custom (client) name {@code name} is used more than once on {@code model}. */
    public boolean customNameViolation(ModelWalker model, String name) {
        return localCustomNames.getOrDefault(new CustomKey(model.id(), name), 0) > 1;
    }

    private Connector connector() {
        return ctx.connector();
    }

    private static <K> void count(Map<K, Integer> map, K key) {
        map.merge(key, 1, Integer::sum);
    }

    private void addGlobalIndexes(ConstraintScope scope) {
        for (ModelWalker model : ctx.db().walkModelsAndViews()) {
            for (IndexWalker index : model.indexes()) {
                count(global, new GlobalKey(scope, model.schema(), ConstraintNames.index(index, connector())));
            }
        }
    }

    private void addGlobalRelations(ConstraintScope scope) {
        for (RelationWalker relation : ctx.db().walkRelations()) {
            InlineRelationWalker inline = relation.asInline();
            if (inline != null) {
                count(global, new GlobalKey(scope, inline.referencingModel().schema(),
                        ConstraintNames.foreignKey(inline, connector())));
            }
        }
    }

    private void addGlobalPrimaryKeys(ConstraintScope scope) {
        for (ModelWalker model : ctx.db().walkModelsAndViews()) {
            String name = model.primaryKey() == null ? null : ConstraintNames.primaryKey(model.primaryKey(), connector());
            if (name != null) {
                count(global, new GlobalKey(scope, model.schema(), name));
            }
        }
    }

    private void addGlobalDefaults(ConstraintScope scope) {
        for (ModelWalker model : ctx.db().walkModelsAndViews()) {
            for (ScalarFieldWalker field : model.scalarFields()) {
                DefaultValueWalker value = field.defaultValue();
                if (value != null) {
                    count(global, new GlobalKey(scope, model.schema(),
                            ConstraintNames.defaultValue(field, value, connector())));
                }
            }
        }
    }

    private void addLocalIndexes(ConstraintScope scope) {
        for (ModelWalker model : ctx.db().walkModelsAndViews()) {
            for (IndexWalker index : model.indexes()) {
                count(local, new LocalKey(model.id(), scope, ConstraintNames.index(index, connector())));
            }
        }
    }

    private void addLocalPrimaryKeys(ConstraintScope scope) {
        for (ModelWalker model : ctx.db().walkModelsAndViews()) {
            String name = model.primaryKey() == null ? null : ConstraintNames.primaryKey(model.primaryKey(), connector());
            if (name != null) {
                count(local, new LocalKey(model.id(), scope, name));
            }
        }
    }

    private void addLocalRelations(ConstraintScope scope) {
        // Per referencing model (model A of an inline relation); views have no foreign keys.
        for (RelationWalker relation : ctx.db().walkRelations()) {
            InlineRelationWalker inline = relation.asInline();
            if (inline != null && !relation.modelA().isView()) {
                count(local, new LocalKey(relation.modelAId(), scope, ConstraintNames.foreignKey(inline, connector())));
            }
        }
    }

    private void addLocalCustomNames() {
        for (ModelWalker model : ctx.db().walkModelsAndViews()) {
            if (model.primaryKey() != null && model.primaryKey().name() != null) {
                count(localCustomNames, new CustomKey(model.id(), model.primaryKey().name()));
            }
            for (IndexWalker index : model.indexes()) {
                if (index.name() != null) {
                    count(localCustomNames, new CustomKey(model.id(), index.name()));
                }
            }
        }
    }
}
