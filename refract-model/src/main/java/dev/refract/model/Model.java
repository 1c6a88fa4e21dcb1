package dev.refract.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@code model} or {@code view}: a table (or collection) and its fields, keys and indexes.
 *
 * @param name the model's name
 * @param dbName the table name ({@code @@map}), or null when it is {@code name}
 * @param schema the database schema ({@code @@schema}), or null
 * @param fields the fields in declaration order
 * @param primaryKey the primary key, or null when the model has none
 * @param indexes unique constraints, indexes and fulltext indexes, in the order Prisma resolves
 *     them (field-level {@code @unique} in field order, then {@code @@index}, {@code @@unique},
 *     {@code @@fulltext}, each in declaration order); the DMMF lists them in this order
 * @param isView true for {@code view}
 * @param ignored true for {@code @@ignore}
 * @param documentation its {@code ///} documentation, or null
 */
public record Model(String name, String dbName, String schema, List<Field> fields, PrimaryKey primaryKey,
                    List<Index> indexes, boolean isView, boolean ignored, String documentation) {
    public Model {
        fields = List.copyOf(fields);
        indexes = List.copyOf(indexes);
    }

    /** The table name: {@code dbName} when mapped, else {@code name}. */
    public String databaseName() {
        return dbName != null ? dbName : name;
    }

    /** The field named {@code name}. */
    public Optional<Field> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The scalar field named {@code name}. */
    public Optional<ScalarField> scalarField(String name) {
        return field(name).filter(ScalarField.class::isInstance).map(ScalarField.class::cast);
    }

    /** The relation field named {@code name}. */
    public Optional<RelationField> relationField(String name) {
        return field(name).filter(RelationField.class::isInstance).map(RelationField.class::cast);
    }

    /** The scalar fields, in order. */
    public List<ScalarField> scalarFields() {
        return fields.stream().filter(ScalarField.class::isInstance).map(ScalarField.class::cast).toList();
    }

    /** The relation fields, in order. */
    public List<RelationField> relationFields() {
        return fields.stream().filter(RelationField.class::isInstance).map(RelationField.class::cast).toList();
    }

    /** The unique constraints, in order. */
    public List<Index> uniqueIndexes() {
        return indexes.stream().filter(Index::isUnique).toList();
    }

    /**
     * The ways to pick out one record: the primary key's fields, then each unique constraint's,
     * in order. Constraints over fields inside composite types are left out.
     */
    public List<List<String>> uniqueCriteria() {
        List<List<String>> out = new ArrayList<>();
        if (primaryKey != null && primaryKey.fields().stream().allMatch(f -> f.path().size() == 1)) {
            out.add(primaryKey.fieldNames());
        }
        for (Index index : uniqueIndexes()) {
            if (index.fields().stream().allMatch(f -> f.path().size() == 1)) {
                out.add(index.fieldNames());
            }
        }
        return List.copyOf(out);
    }

    /**
     * True when a relation field of this model lists {@code scalarField} in its {@code fields:}
     * (the client then reads it only through the relation).
     */
    public boolean isReferencing(String scalarField) {
        return relationFields().stream().anyMatch(r -> r.fields().contains(scalarField));
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** Builds a {@link Model} step by step; fields and indexes are appended in call order. */
    public static final class Builder {
        private final String name;
        private String dbName;
        private String schema;
        private final List<Field> fields = new ArrayList<>();
        private PrimaryKey primaryKey;
        private final List<Index> indexes = new ArrayList<>();
        private boolean isView;
        private boolean ignored;
        private String documentation;

        private Builder(String name) {
            this.name = name;
        }

        public Builder dbName(String dbName) {
            this.dbName = dbName;
            return this;
        }

        public Builder schema(String schema) {
            this.schema = schema;
            return this;
        }

        public Builder field(Field field) {
            fields.add(field);
            return this;
        }

        public Builder primaryKey(PrimaryKey primaryKey) {
            this.primaryKey = primaryKey;
            return this;
        }

        public Builder index(Index index) {
            indexes.add(index);
            return this;
        }

        public Builder view(boolean isView) {
            this.isView = isView;
            return this;
        }

        public Builder ignored(boolean ignored) {
            this.ignored = ignored;
            return this;
        }

        public Builder documentation(String documentation) {
            this.documentation = documentation;
            return this;
        }

        public Model build() {
            return new Model(name, dbName, schema, fields, primaryKey, indexes, isView, ignored, documentation);
        }
    }
}
