package dev.refract.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated Prisma schema as the runtime sees it: datasource, models and views, enums,
 * composite types, and the relations between models, resolved. Immutable.
 *
 * <p>The query engine, the generator and migrate read this; a generated client embeds one built
 * in code, so construction is plain: {@link #builder()} or the constructor.
 */
public final class SchemaModel {
    private final Datasource datasource;
    private final List<Model> models;
    private final List<EnumType> enums;
    private final List<CompositeType> compositeTypes;
    private final Map<String, Model> modelsByName;
    private final Map<String, EnumType> enumsByName;
    private final Map<String, CompositeType> typesByName;
    private final List<Relation> relations;
    private final Map<RelationField, Relation> relationsByField;

    /**
     * @param datasource the datasource, or null when the schema has none
     * @param models models and views in declaration order
     * @param enums enums in declaration order
     * @param compositeTypes composite types in declaration order
     */
    public SchemaModel(Datasource datasource, List<Model> models, List<EnumType> enums,
                       List<CompositeType> compositeTypes) {
        this.datasource = datasource;
        this.models = List.copyOf(models);
        this.enums = List.copyOf(enums);
        this.compositeTypes = List.copyOf(compositeTypes);
        this.modelsByName = index(this.models, Model::name);
        this.enumsByName = index(this.enums, EnumType::name);
        this.typesByName = index(this.compositeTypes, CompositeType::name);
        this.relations = RelationResolver.resolve(this.models);
        // By identity: two fields of different models may be equal records.
        Map<RelationField, Relation> byField = new IdentityHashMap<>();
        for (Relation r : relations) {
            if (r.fieldA() != null) {
                byField.put(r.fieldA(), r);
            }
            if (r.fieldB() != null) {
                byField.put(r.fieldB(), r);
            }
        }
        this.relationsByField = Collections.unmodifiableMap(byField);
    }

    private static <T> Map<String, T> index(List<T> items, java.util.function.Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            map.putIfAbsent(key.apply(item), item);
        }
        return Collections.unmodifiableMap(map);
    }

    /** The datasource, or null when the schema declares none. */
    public Datasource datasource() {
        return datasource;
    }

    /** The datasource's provider ({@code postgresql}), or null without a datasource. */
    public String provider() {
        return datasource == null ? null : datasource.provider();
    }

    /** The relation mode; foreign keys unless the datasource says otherwise. */
    public RelationMode relationMode() {
        return datasource == null ? RelationMode.FOREIGN_KEYS : datasource.relationMode();
    }

    /** Models and views, in declaration order. */
    public List<Model> models() {
        return models;
    }

    public List<EnumType> enums() {
        return enums;
    }

    public List<CompositeType> compositeTypes() {
        return compositeTypes;
    }

    /** Every relation, in the order its first field is declared. */
    public List<Relation> relations() {
        return relations;
    }

    public Optional<Model> model(String name) {
        return Optional.ofNullable(modelsByName.get(name));
    }

    /** The model named {@code name}; throws when there is none (for code that knows the schema). */
    public Model requireModel(String name) {
        return model(name).orElseThrow(() -> new IllegalArgumentException("no model named " + name));
    }

    public Optional<EnumType> enumType(String name) {
        return Optional.ofNullable(enumsByName.get(name));
    }

    public Optional<CompositeType> compositeType(String name) {
        return Optional.ofNullable(typesByName.get(name));
    }

    /** The field {@code fieldName} of model {@code modelName}. */
    public Optional<Field> field(String modelName, String fieldName) {
        return model(modelName).flatMap(m -> m.field(fieldName));
    }

    /** The relation {@code field} (a field of one of this schema's models) belongs to. */
    public Relation relation(RelationField field) {
        Relation r = relationsByField.get(field);
        if (r == null) {
            throw new IllegalArgumentException(field.name() + " is not a relation field of this schema");
        }
        return r;
    }

    /** The relation of the relation field {@code fieldName} of model {@code modelName}. */
    public Optional<Relation> relation(String modelName, String fieldName) {
        return model(modelName).flatMap(m -> m.relationField(fieldName)).map(this::relation);
    }

    /** The relations with {@code modelName} on either side, in order. */
    public List<Relation> relationsOf(String modelName) {
        return relations.stream().filter(r -> r.modelA().equals(modelName) || r.modelB().equals(modelName)).toList();
    }

    /** The relation named {@code name}. Names are unique per pair of models, so this returns the first. */
    public Optional<Relation> relationNamed(String name) {
        return relations.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String toString() {
        return "SchemaModel[provider=" + provider() + ", models=" + modelsByName.keySet() + ", enums="
                + enumsByName.keySet() + ", types=" + typesByName.keySet() + "]";
    }

    /** Builds a {@link SchemaModel}; everything is appended in call order. */
    public static final class Builder {
        private Datasource datasource;
        private final List<Model> models = new ArrayList<>();
        private final List<EnumType> enums = new ArrayList<>();
        private final List<CompositeType> types = new ArrayList<>();

        private Builder() {
        }

        public Builder datasource(Datasource datasource) {
            this.datasource = datasource;
            return this;
        }

        public Builder model(Model model) {
            models.add(model);
            return this;
        }

        public Builder enumType(EnumType enumType) {
            enums.add(enumType);
            return this;
        }

        public Builder compositeType(CompositeType type) {
            types.add(type);
            return this;
        }

        public SchemaModel build() {
            return new SchemaModel(datasource, models, enums, types);
        }
    }
}
