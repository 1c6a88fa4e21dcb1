package dev.refract.schema.connector;

import dev.refract.model.ReferentialAction;
import dev.refract.schema.ast.ArgumentsList;
import dev.refract.schema.config.Datasource;
import dev.refract.schema.config.DatasourceProperty;
import dev.refract.schema.config.PreviewFeature;
import dev.refract.schema.diagnostics.Diagnostics;
import dev.refract.schema.diagnostics.Span;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What schema validation needs to know about one database: its capabilities, referential
 * actions, relation modes, identifier limits and native types, plus hooks for checks that only
 * one database has. One instance per provider, chosen once from the datasource (see
 * {@link Connectors}); {@link Connectors#EMPTY} stands in when there is no datasource.
 *
 * <p>Every question has an explicit answer: an unsupported feature is a missing capability, an
 * empty set, or a diagnostic, never a silent pass.
 */
public interface Connector {

    /** The canonical provider name ({@code postgresql}), as in {@code activeProvider}. */
    String provider();

    /** The display name used in messages ({@code Postgres}, {@code MySQL}). */
    String name();

    /** Whether {@code provider = "name"} selects this connector (PostgreSQL also answers to {@code postgres}). */
    default boolean isProvider(String name) {
        return provider().equals(name);
    }

    /** The named capability set of this connector. */
    Set<Capability> capabilities();

    default boolean has(Capability capability) {
        return capabilities().contains(capability);
    }

    /** The longest constraint or index name the database accepts, in bytes. */
    int maxIdentifierLength();

    // ---- relation modes and referential actions --------------------------------------------

    /** The values {@code relationMode} may take on this connector, in message order. */
    default Set<RelationMode> allowedRelationModes() {
        return EnumSet.of(RelationMode.FOREIGN_KEYS, RelationMode.PRISMA);
    }

    /** The relation mode when the datasource sets none. */
    default RelationMode defaultRelationMode() {
        return RelationMode.FOREIGN_KEYS;
    }

    /** Referential actions the database's foreign keys implement. */
    Set<ReferentialAction> foreignKeyReferentialActions();

    /** Referential actions Prisma emulates under {@code relationMode = "prisma"}. */
    default Set<ReferentialAction> emulatedReferentialActions() {
        return EnumSet.of(ReferentialAction.RESTRICT, ReferentialAction.SET_NULL, ReferentialAction.NO_ACTION,
                ReferentialAction.CASCADE);
    }

    /** The actions allowed in {@code mode}, iterated in Prisma's order. */
    default Set<ReferentialAction> referentialActions(RelationMode mode) {
        return mode.usesForeignKeys() ? foreignKeyReferentialActions() : emulatedReferentialActions();
    }

    default boolean supportsReferentialAction(RelationMode mode, ReferentialAction action) {
        return referentialActions(mode).contains(action);
    }

    /**
     * Whether {@code SetNull} may point at required fields (only PostgreSQL with foreign keys,
     * which accepts such tables and fails at run time).
     */
    default boolean allowsSetNullOnNonNullableFields(RelationMode mode) {
        return false;
    }

    // ---- names, indexes ------------------------------------------------------------------------

    /** Namespaces in which constraint names must be unique; empty means names are not checked. */
    default List<ConstraintScope> constraintScopes() {
        return List.of();
    }

    /** The index algorithms {@code @@index(type: ...)} may name. */
    default Set<IndexAlgorithm> indexAlgorithms() {
        return EnumSet.of(IndexAlgorithm.BTREE);
    }

    /** Whether relation scalar fields without an index get the relationMode = "prisma" warning. */
    default boolean shouldSuggestMissingReferencingFieldsIndexes() {
        return true;
    }

    /** Whether {@code @shardKey} / {@code @@shardKey} are allowed. */
    default boolean supportsShardKeys() {
        return false;
    }

    // ---- native types --------------------------------------------------------------------------

    /** Every native type this connector offers, in declaration order. */
    List<NativeTypeConstructor> nativeTypeConstructors();

    default Optional<NativeTypeConstructor> findNativeTypeConstructor(String name) {
        return nativeTypeConstructors().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /**
     * Parses {@code @db.name(args)} with {@code args} as written ({@code 10}, {@code "x"}, {@code Max}),
     * reporting Prisma's parse errors at {@code span}; null when it does not parse.
     */
    default NativeType parseNativeType(String name, List<String> args, Span span, Diagnostics diagnostics) {
        NativeTypeConstructor constructor = findNativeTypeConstructor(name).orElse(null);
        if (constructor == null) {
            diagnostics.error("Invalid Native type " + name + ".", span);
            return null;
        }
        List<Long> values = constructor.arguments().parse(args);
        if (values == null) {
            diagnostics.error("Expected " + constructor.arguments().description() + ", but found ("
                    + String.join(", ", args) + ").", span);
            return null;
        }
        return new NativeType(name, values);
    }

    /** Range checks on parsed arguments (precision, length...), reported at {@code span}. */
    default void validateNativeTypeArguments(NativeType nativeType, String scalarType, Span span,
                                             Diagnostics diagnostics) {
    }

    /** The native type a field of {@code scalarType} gets when it declares none, if the connector has native types. */
    Optional<NativeType> defaultNativeType(String scalarType);

    default boolean isDefaultNativeType(NativeType nativeType, String scalarType) {
        return defaultNativeType(scalarType).map(nativeType::equals).orElse(false);
    }

    /** The Prisma scalar type that represents {@code nativeType} best (for introspection). */
    default Optional<String> scalarTypeForNativeType(NativeType nativeType) {
        return findNativeTypeConstructor(nativeType.name()).map(c -> c.scalarTypes().get(0));
    }

    /** Message factory for {@code nativeType} on this connector. */
    default NativeTypeErrors errors(NativeType nativeType) {
        return new NativeTypeErrors(nativeType.toString(), name());
    }

    /**
     * The message when a field of {@code nativeType} takes part in a key of {@code kind} in a way
     * the database rejects, or null when it is fine. {@code hasLength}: the key gives the field a
     * length prefix; {@code fulltext}: the index is a full-text index.
     */
    default String nativeTypeKeyError(NativeType nativeType, KeyKind kind, boolean hasLength, boolean fulltext) {
        return null;
    }

    // ---- datasource ----------------------------------------------------------------------------

    /** Null when {@code url} suits this database, otherwise why not ("must start with ..."). */
    default String validateUrl(String url) {
        return null;
    }

    /**
     * Reads this connector's own datasource properties, removing them from {@code properties}
     * (what is left is reported as unknown).
     */
    default ConnectorData parseDatasourceProperties(Map<String, DatasourceProperty> properties,
                                                    Diagnostics diagnostics) {
        return ConnectorData.NONE;
    }

    /** Connector checks on the loaded datasource, run with the connector-aware validations. */
    default void validateDatasource(Set<PreviewFeature> previewFeatures, Datasource datasource,
                                    Diagnostics diagnostics) {
    }

    /**
     * A {@code @default(name(args))} whose function Prisma does not know in general: an error,
     * unless this connector knows it (CockroachDB's {@code sequence()}).
     */
    default void validateUnknownDefaultFunction(String name, ArgumentsList arguments, Span span,
                                                Diagnostics diagnostics) {
        diagnostics.error("Unknown function in @default(): `" + name + "` is not known. You can read about the "
                + "available functions here: https://pris.ly/d/attribute-functions", span);
    }
}
