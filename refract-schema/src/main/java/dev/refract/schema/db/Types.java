package dev.refract.schema.db;

import dev.refract.schema.ast.Attribute;
import dev.refract.schema.diagnostics.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the type and attribute passes learn about each model, field, enum and composite type.
 * Written only while the database is built, read through the walkers afterwards.
 *
 * <p>Scalar and relation fields are numbered in the order they are met (file, block, field), so a
 * model's fields of each kind are a contiguous range, in source order.
 */
final class Types {
    final List<ScalarFieldData> scalarFields = new ArrayList<>();
    final List<RelationFieldData> relationFields = new ArrayList<>();
    final Map<CompositeTypeId, Map<Integer, CompositeTypeFieldData>> compositeTypeFields = new TreeMap<>();
    final Map<ModelId, ModelAttributes> modelAttributes = new HashMap<>();
    final Map<EnumId, EnumAttributes> enumAttributes = new HashMap<>();
    /** Scalar fields whose {@code @default} calls a function Prisma itself does not know; the connector decides. */
    final List<Integer> unknownFunctionDefaults = new ArrayList<>();
    // Per model: field index -> scalar field id or relation field id.
    final Map<ModelId, Map<Integer, Integer>> scalarByField = new HashMap<>();
    final Map<ModelId, Map<Integer, Integer>> relationByField = new HashMap<>();
    // Per model, ids in field order (fields are pushed in source order).
    private final Map<ModelId, List<Integer>> scalarIdsByModel = new HashMap<>();
    private final Map<ModelId, List<Integer>> relationIdsByModel = new HashMap<>();

    int pushScalarField(ScalarFieldData d) {
        int id = scalarFields.size();
        scalarFields.add(d);
        scalarByField.computeIfAbsent(d.model, k -> new HashMap<>()).put(d.fieldIndex, id);
        scalarIdsByModel.computeIfAbsent(d.model, k -> new ArrayList<>()).add(id);
        return id;
    }

    int pushRelationField(RelationFieldData d) {
        int id = relationFields.size();
        relationFields.add(d);
        relationByField.computeIfAbsent(d.model, k -> new HashMap<>()).put(d.fieldIndex, id);
        relationIdsByModel.computeIfAbsent(d.model, k -> new ArrayList<>()).add(id);
        return id;
    }

    /** The scalar field id of field {@code fieldIndex} of the model, or -1. */
    int findScalarField(ModelId model, int fieldIndex) {
        Integer id = scalarByField.getOrDefault(model, Map.of()).get(fieldIndex);
        return id == null ? -1 : id;
    }

    /** The relation field id of field {@code fieldIndex} of the model, or -1. */
    int findRelationField(ModelId model, int fieldIndex) {
        Integer id = relationByField.getOrDefault(model, Map.of()).get(fieldIndex);
        return id == null ? -1 : id;
    }

    List<Integer> modelScalarFieldIds(ModelId model) {
        return java.util.Collections.unmodifiableList(scalarIdsByModel.getOrDefault(model, List.of()));
    }

    List<Integer> modelRelationFieldIds(ModelId model) {
        return java.util.Collections.unmodifiableList(relationIdsByModel.getOrDefault(model, List.of()));
    }

    ModelAttributes modelAttributes(ModelId model) {
        return modelAttributes.getOrDefault(model, ModelAttributes.EMPTY);
    }

    EnumAttributes enumAttributes(EnumId id) {
        return enumAttributes.getOrDefault(id, EnumAttributes.EMPTY);
    }

    CompositeTypeFieldData compositeTypeField(CompositeTypeId ct, int fieldIndex) {
        return compositeTypeFields.getOrDefault(ct, Map.of()).get(fieldIndex);
    }

    /** A {@code @default}: the attribute, which argument holds the value, and its {@code map:}. */
    record DefaultData(Attribute attribute, int argumentIndex, String mappedName) {
    }

    static final class ScalarFieldData {
        final ModelId model;
        final int fieldIndex;
        final ScalarFieldType type;
        boolean ignored;
        boolean updatedAt;
        DefaultData defaultValue;
        String mappedName;
        NativeTypeAttribute nativeType;

        ScalarFieldData(ModelId model, int fieldIndex, ScalarFieldType type) {
            this.model = model;
            this.fieldIndex = fieldIndex;
            this.type = type;
        }
    }

    static final class RelationFieldData {
        final ModelId model;
        final int fieldIndex;
        final ModelId referencedModel;
        ReferentialAction onDelete;
        Span onDeleteSpan;
        ReferentialAction onUpdate;
        Span onUpdateSpan;
        /** Scalar field ids written in {@code fields:}, or null when the argument is absent. */
        List<Integer> fields;
        /** Scalar field ids (of the referenced model) written in {@code references:}, or null. */
        List<Integer> references;
        String name;
        boolean ignored;
        String mappedName;
        Attribute relationAttribute;

        RelationFieldData(ModelId model, int fieldIndex, ModelId referencedModel) {
            this.model = model;
            this.fieldIndex = fieldIndex;
            this.referencedModel = referencedModel;
        }
    }

    static final class CompositeTypeFieldData {
        final ScalarFieldType type;
        String mappedName;
        DefaultData defaultValue;
        NativeTypeAttribute nativeType;

        CompositeTypeFieldData(ScalarFieldType type) {
            this.type = type;
        }
    }

    /** One entry of an index or primary key: the field and its {@code sort:}, {@code length:}, {@code ops:}. */
    record FieldWithArgs(IndexFieldPath path, SortOrder sortOrder, Integer length, OperatorClassStore operatorClass) {
    }

    static final class IndexData {
        Attribute attribute;
        IndexType type = IndexType.Normal;
        List<FieldWithArgs> fields = List.of();
        /** The scalar field id carrying a field-level {@code @unique}, or -1. */
        int sourceField = -1;
        String name;
        String mappedName;
        IndexAlgorithm algorithm;
        Boolean clustered;
    }

    static final class IdData {
        List<FieldWithArgs> fields = List.of();
        /** The model field index carrying a field-level {@code @id}, or -1. */
        int sourceFieldIndex = -1;
        Attribute sourceAttribute;
        String name;
        String mappedName;
        Boolean clustered;
    }

    static final class ShardKeyData {
        List<Integer> fields = List.of();
        int sourceFieldIndex = -1;
        Attribute sourceAttribute;
    }

    static final class ModelAttributes {
        static final ModelAttributes EMPTY = new ModelAttributes();
        IdData primaryKey;
        boolean ignored;
        final List<IndexData> indexes = new ArrayList<>();
        String mappedName;
        String schema;
        Span schemaSpan;
        ShardKeyData shardKey;
    }

    static final class EnumAttributes {
        static final EnumAttributes EMPTY = new EnumAttributes();
        String mappedName;
        final Map<Integer, String> mappedValues = new HashMap<>();
        String schema;
        Span schemaSpan;
    }
}
