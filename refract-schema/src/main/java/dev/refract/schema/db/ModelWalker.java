package dev.refract.schema.db;

import dev.refract.schema.ast.Model;
import dev.refract.schema.diagnostics.Span;
import java.util.ArrayList;
import java.util.List;

/** A model or view of the schema, with what the passes resolved about it. */
public record ModelWalker(ParserDatabase db, ModelId id) {

    public Model astModel() {
        return db.astModel(id);
    }

    public String name() {
        return astModel().name().name();
    }

    public boolean isView() {
        return astModel().isView();
    }

    public int fileId() {
        return id.fileId();
    }

    public Span span() {
        return astModel().span();
    }

    /** The span of the model's block attribute called {@code name} ({@code map}, {@code schema}...), or null. */
    public Span spanForAttribute(String name) {
        return AstLookup.attributeSpan(astModel().attributes(), name);
    }

    private Types.ModelAttributes attributes() {
        return db.types.modelAttributes(id);
    }

    /** The {@code @@map} name, or null. */
    public String mappedName() {
        return attributes().mappedName;
    }

    /** The table name: the {@code @@map} name, else the model name. */
    public String databaseName() {
        String m = mappedName();
        return m != null ? m : name();
    }

    /** Whether the model carries {@code @@ignore}. */
    public boolean isIgnored() {
        return attributes().ignored;
    }

    /** The {@code @@schema} name, or null. */
    public String schema() {
        return attributes().schema;
    }

    /** Where the {@code @@schema} argument is written, or null. */
    public Span schemaSpan() {
        return attributes().schemaSpan;
    }

    /** The primary key ({@code @id} or {@code @@id}), or null. */
    public PrimaryKeyWalker primaryKey() {
        Types.IdData pk = attributes().primaryKey;
        return pk == null ? null : new PrimaryKeyWalker(db, id, pk);
    }

    /** The shard key ({@code @shardKey} or {@code @@shardKey}), or null. */
    public ShardKeyWalker shardKey() {
        Types.ShardKeyData sk = attributes().shardKey;
        return sk == null ? null : new ShardKeyWalker(db, id, sk);
    }

    /** {@code @@index}, {@code @(@)unique} and {@code @@fulltext}, in the order Prisma resolved them. */
    public List<IndexWalker> indexes() {
        List<IndexWalker> out = new ArrayList<>();
        List<Types.IndexData> all = attributes().indexes;
        for (int i = 0; i < all.size(); i++) {
            out.add(new IndexWalker(db, id, all.get(i)));
        }
        return out;
    }

    /** Every field, scalar or relation, in source order. */
    public List<FieldWalker> fields() {
        List<FieldWalker> out = new ArrayList<>();
        for (int i = 0; i < astModel().fields().size(); i++) {
            out.add(new FieldWalker(db, id, i));
        }
        return out;
    }

    public List<ScalarFieldWalker> scalarFields() {
        return db.types.modelScalarFieldIds(id).stream().map(i -> new ScalarFieldWalker(db, i)).toList();
    }

    public List<RelationFieldWalker> relationFields() {
        return db.types.modelRelationFieldIds(id).stream().map(i -> new RelationFieldWalker(db, i)).toList();
    }

    /** The field called {@code name}, or null. */
    public FieldWalker findField(String name) {
        int i = db.names.modelField(id, name);
        return i < 0 ? null : new FieldWalker(db, id, i);
    }

    /** The scalar field called {@code name}, or null (also when it is a relation field). */
    public ScalarFieldWalker findScalarField(String name) {
        FieldWalker f = findField(name);
        return f == null ? null : f.asScalarField();
    }

    /** The relation field called {@code name}, or null. */
    public RelationFieldWalker findRelationField(String name) {
        FieldWalker f = findField(name);
        return f == null ? null : f.asRelationField();
    }

    /** Whether the primary key is a single field. */
    public boolean hasSingleIdField() {
        PrimaryKeyWalker pk = primaryKey();
        return pk != null && pk.fields().size() == 1;
    }

    /**
     * Relations where this model is model A (holds the foreign key, or sorts first in m:n),
     * ordered by model B, then by relation id, as Prisma iterates them.
     */
    public List<RelationWalker> relationsFrom() {
        return db.relationsFrom(id);
    }

    /** Relations where this model is model B, ordered by model A, then by relation id. */
    public List<RelationWalker> relationsTo() {
        return db.relationsTo(id);
    }

    /** One-to-one and one-to-many relations from this model (it holds the foreign key). */
    public List<InlineRelationWalker> inlineRelationsFrom() {
        return relationsFrom().stream().map(RelationWalker::asInline).filter(java.util.Objects::nonNull).toList();
    }

    /** Inline relations from this model with both sides written. */
    public List<InlineRelationWalker> completeInlineRelationsFrom() {
        return inlineRelationsFrom().stream().filter(r -> r.asRelation().isComplete()).toList();
    }

    /** Whether the field is the whole primary key ({@code @id}, or {@code @@id} of one field). */
    public boolean fieldIsSinglePk(int fieldIndex) {
        PrimaryKeyWalker pk = primaryKey();
        return pk != null && pk.fields().size() == 1 && pk.fields().get(0).fieldIndex() == fieldIndex;
    }

    /** Whether the field is one of several fields of the primary key. */
    public boolean fieldIsPartOfACompoundPk(int fieldIndex) {
        PrimaryKeyWalker pk = primaryKey();
        return pk != null && pk.fields().size() > 1
                && pk.fields().stream().anyMatch(f -> f.fieldIndex() == fieldIndex);
    }

    /** Whether MySQL would consider the field indexed for autoincrement: first field of an index or the key. */
    public boolean fieldIsIndexedForAutoincrement(int fieldIndex) {
        for (IndexWalker idx : indexes()) {
            List<IndexFieldWalker> fields = idx.fields();
            if (!fields.isEmpty() && fields.get(0).rootField().fieldIndex() == fieldIndex) {
                return true;
            }
        }
        PrimaryKeyWalker pk = primaryKey();
        return pk != null && !pk.fields().isEmpty() && pk.fields().get(0).fieldIndex() == fieldIndex;
    }

    /** The primary key, then every unique index: the ways a record can be identified. */
    public List<UniqueCriteriaWalker> uniqueCriterias() {
        List<UniqueCriteriaWalker> out = new ArrayList<>();
        PrimaryKeyWalker pk = primaryKey();
        if (pk != null) {
            out.add(new UniqueCriteriaWalker(db, pk.fieldsWithArgs()));
        }
        for (IndexWalker idx : indexes()) {
            if (idx.isUnique()) {
                out.add(new UniqueCriteriaWalker(db, idx.data().fields));
            }
        }
        return out;
    }

    /** Unique criterias whose fields are all required. */
    public List<UniqueCriteriaWalker> requiredUniqueCriterias() {
        return uniqueCriterias().stream().filter(UniqueCriteriaWalker::isStrictCriteria).toList();
    }
}
