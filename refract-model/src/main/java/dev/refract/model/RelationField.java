package dev.refract.model;

import java.util.List;

/**
 * A field that links to another model. The side that holds the foreign key lists its
 * {@code fields} and {@code references}; the other side (the back relation) lists neither.
 *
 * @param name the field's name
 * @param relatedModel the name of the model it links to
 * @param relationName the relation's name: as written in {@code @relation("...")}, else Prisma's
 *     default, the two model names sorted and joined with {@code To} ({@code PostToUser})
 * @param arity required, optional or list
 * @param fields the referencing scalar fields of this model ({@code fields: [...]}), empty on the back side
 * @param references the referenced fields of the related model ({@code references: [...]}), empty on the back side
 * @param onDelete {@code onDelete:} as written, or null when not set
 * @param onUpdate {@code onUpdate:} as written, or null when not set
 * @param defaultOnDelete what deleting the referenced row does when {@code onDelete} is not set:
 *     Restrict (NoAction where the connector has no Restrict) when the relation is required,
 *     SetNull when optional; null on the back side, or when unknown (see {@link #effectiveOnDelete()})
 * @param mapName the foreign key name ({@code map:}) as written, or null
 * @param ignored true for {@code @ignore}
 * @param documentation its {@code ///} documentation, or null
 */
public record RelationField(String name, String relatedModel, String relationName, Arity arity, List<String> fields,
                            List<String> references, ReferentialAction onDelete, ReferentialAction onUpdate,
                            ReferentialAction defaultOnDelete, String mapName, boolean ignored, String documentation) implements Field {
    public RelationField {
        fields = List.copyOf(fields);
        references = List.copyOf(references);
    }

    /** True on the side that holds the foreign key ({@code fields:} given). */
    public boolean isReferencing() {
        return !fields.isEmpty();
    }

    /**
     * The action in force on delete of the referenced row: {@code onDelete} when set, else
     * {@code defaultOnDelete}, else Prisma's rule without connector knowledge (Restrict for a
     * required relation, SetNull for an optional one).
     */
    public ReferentialAction effectiveOnDelete() {
        if (onDelete != null) {
            return onDelete;
        }
        if (defaultOnDelete != null) {
            return defaultOnDelete;
        }
        return isRequired() ? ReferentialAction.RESTRICT : ReferentialAction.SET_NULL;
    }

    /** The action in force on update of the referenced key: {@code onUpdate} when set, else Cascade. */
    public ReferentialAction effectiveOnUpdate() {
        return onUpdate != null ? onUpdate : ReferentialAction.CASCADE;
    }

    /** A builder for a field named {@code name} linking to {@code relatedModel} through the relation {@code relationName}. */
    public static Builder builder(String name, String relatedModel, String relationName) {
        return new Builder(name, relatedModel, relationName);
    }

    /** Builds a {@link RelationField} step by step. */
    public static final class Builder {
        private final String name;
        private final String relatedModel;
        private final String relationName;
        private Arity arity = Arity.REQUIRED;
        private List<String> fields = List.of();
        private List<String> references = List.of();
        private ReferentialAction onDelete;
        private ReferentialAction onUpdate;
        private ReferentialAction defaultOnDelete;
        private String mapName;
        private boolean ignored;
        private String documentation;

        private Builder(String name, String relatedModel, String relationName) {
            this.name = name;
            this.relatedModel = relatedModel;
            this.relationName = relationName;
        }

        public Builder arity(Arity arity) {
            this.arity = arity;
            return this;
        }

        public Builder optional() {
            return arity(Arity.OPTIONAL);
        }

        public Builder list() {
            return arity(Arity.LIST);
        }

        /** {@code fields: [fields], references: [references]}. */
        public Builder references(List<String> fields, List<String> references) {
            this.fields = fields;
            this.references = references;
            return this;
        }

        public Builder onDelete(ReferentialAction onDelete) {
            this.onDelete = onDelete;
            return this;
        }

        public Builder onUpdate(ReferentialAction onUpdate) {
            this.onUpdate = onUpdate;
            return this;
        }

        public Builder defaultOnDelete(ReferentialAction defaultOnDelete) {
            this.defaultOnDelete = defaultOnDelete;
            return this;
        }

        public Builder mapName(String mapName) {
            this.mapName = mapName;
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

        public RelationField build() {
            return new RelationField(name, relatedModel, relationName, arity, fields, references, onDelete, onUpdate,
                    defaultOnDelete, mapName, ignored, documentation);
        }
    }
}
