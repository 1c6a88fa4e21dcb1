package dev.refract.schema.connector;

import static dev.refract.schema.connector.Capability.*;
import static dev.refract.schema.connector.NativeTypeConstructor.of;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** MongoDB ({@code provider = "mongodb"}): no foreign keys, relations always emulated by Prisma. */
public final class MongoDbConnector extends BaseConnector {

    static final List<NativeTypeConstructor> NATIVE_TYPES = List.of(
            of("String", "String"),
            of("Double", "Float"),
            of("BinData", "Bytes"),
            of("ObjectId", "String", "Bytes"),
            of("Bool", "Boolean"),
            of("Date", "DateTime"),
            of("Int", "Int"),
            of("Timestamp", "DateTime"),
            of("Long", "Int", "BigInt"),
            of("Json", "Json"));

    static final Map<String, NativeType> DEFAULTS = Map.of(
            "Int", NativeType.of("Long"),
            "BigInt", NativeType.of("Long"),
            "Float", NativeType.of("Double"),
            "Boolean", NativeType.of("Bool"),
            "String", NativeType.of("String"),
            "DateTime", NativeType.of("Date"),
            "Bytes", NativeType.of("BinData"),
            "Json", NativeType.of("Json"));

    MongoDbConnector() {
        super("mongodb", "MongoDB", caps(JSON, ENUMS, ENUM_ARRAY_PUSH, RELATION_FIELDS_IN_ARBITRARY_ORDER, CREATE_MANY,
                        SCALAR_LISTS, JSON_LISTS, INSENSITIVE_FILTERS, COMPOSITE_TYPES, FULL_TEXT_INDEX,
                        SORT_ORDER_IN_FULL_TEXT_INDEX, DEFAULT_VALUE_AUTO, TWO_WAY_EMBEDDED_MANY_TO_MANY_RELATION,
                        UNDEFINED_TYPE, DELETE_RETURNING, SUPPORTS_DEFAULT_IN_INSERT),
                127, Set.of(), NATIVE_TYPES, DEFAULTS);
    }

    @Override
    public Set<RelationMode> allowedRelationModes() {
        return EnumSet.of(RelationMode.PRISMA);
    }

    @Override
    public RelationMode defaultRelationMode() {
        return RelationMode.PRISMA;
    }

    @Override
    public List<ConstraintScope> constraintScopes() {
        return List.of(ConstraintScope.MODEL_KEY_INDEX);
    }

    // Relation fields need no index suggestion: there are no foreign keys to miss.
    @Override
    public boolean shouldSuggestMissingReferencingFieldsIndexes() {
        return false;
    }

    @Override
    public String validateUrl(String url) {
        return url.startsWith("mongo") ? null : "must start with the protocol `mongo`.";
    }
}
