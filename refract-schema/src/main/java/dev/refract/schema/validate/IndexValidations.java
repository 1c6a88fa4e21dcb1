package dev.refract.schema.validate;

import dev.refract.schema.config.PreviewFeature;
import dev.refract.schema.connector.Capability;
import dev.refract.schema.connector.ConstraintScope;
import dev.refract.schema.db.CompositeTypeFieldWalker;
import dev.refract.schema.db.IndexAlgorithm;
import dev.refract.schema.db.IndexFieldPath;
import dev.refract.schema.db.IndexFieldWalker;
import dev.refract.schema.db.IndexWalker;
import dev.refract.schema.db.ModelWalker;
import dev.refract.schema.db.PrimaryKeyWalker;
import java.util.stream.Collectors;

/** Checks on {@code @@index}, {@code @@unique}, {@code @unique} and {@code @@fulltext}, in Prisma's order. */
final class IndexValidations {
    private IndexValidations() {
    }

    private static void error(IndexWalker index, String message, ValidationContext ctx) {
        ctx.error(Messages.attribute(index.attributeName(), message), index.astAttribute().span());
    }

    static void hasFields(IndexWalker index, ValidationContext ctx) {
        if (index.fields().isEmpty()) {
            error(index, "The list of fields in an index cannot be empty. Please specify at least one field.", ctx);
        }
    }

    /** The index's constraint name must be free in the connector's namespaces. */
    static void hasAUniqueConstraintName(IndexWalker index, Names names, ValidationContext ctx) {
        String name = ConstraintNames.index(index, ctx.connector());
        ModelWalker model = index.model();
        for (ConstraintScope scope : names.constraintNamespace().scopeViolations(model, ConstraintNamespace.Kind.INDEX,
                name)) {
            var span = Messages.argumentSpan(index.astAttribute(), "map");
            if (span == null) {
                span = Messages.argumentOrAttributeSpan(index.astAttribute(), "name");
            }
            ctx.error(Messages.attribute(index.attributeName(), "The given constraint name `" + name
                    + "` has to be unique in the following namespace: " + scope.description(model.name())
                    + ". Please provide a different name using the `map` argument."), span);
        }
    }

    /** A compound unique's client name ({@code a_b}) must not be a field name. */
    static void uniqueClientNameDoesNotClashWithField(IndexWalker index, ValidationContext ctx) {
        if (!index.isUnique() || index.fields().size() <= 1) {
            return;
        }
        String clientName = index.fields().stream().map(IndexValidations::pathNames)
                .collect(Collectors.joining("_"));
        ModelWalker model = index.model();
        if (model.scalarFields().stream().anyMatch(f -> f.name().equals(clientName))) {
            String attr = index.attributeName();
            ctx.error(Messages.model(model, "The field `" + clientName + "` clashes with the `" + attr + "` name. "
                    + "Please resolve the conflict by providing a custom id name: `" + attr
                    + "([...], name: \"custom_name\")`"), index.astAttribute().span());
        }
    }

    /** The names along an index entry's path, joined with underscores ({@code address_street}). */
    private static String pathNames(IndexFieldWalker field) {
        StringBuilder out = new StringBuilder(field.rootField().name());
        for (IndexFieldPath.Segment segment : field.path().path()) {
            out.append('_').append(new CompositeTypeFieldWalker(field.db(), segment.compositeType(),
                    segment.fieldIndex()).name());
        }
        return out.toString();
    }

    static void uniqueIndexHasAUniqueCustomNamePerModel(IndexWalker index, Names names, ValidationContext ctx) {
        if (index.name() == null) {
            return;
        }
        if (names.constraintNamespace().customNameViolation(index.model(), index.name())) {
            ctx.error(Messages.attribute(index.attributeName(), "The given custom name `" + index.name()
                    + "` has to be unique on the model. Please provide a different name for the `name` argument."),
                    Messages.argumentOrAttributeSpan(index.astAttribute(), "name"));
        }
    }

    static void fieldLengthPrefixSupported(IndexWalker index, ValidationContext ctx) {
        if (ctx.has(Capability.INDEX_COLUMN_LENGTH_PREFIXING)) {
            return;
        }
        if (index.scalarFieldAttributes().stream().anyMatch(f -> f.length() != null)) {
            error(index, "The length argument is not supported in an index definition with the current connector", ctx);
        }
    }

    static void indexAlgorithmIsSupported(IndexWalker index, ValidationContext ctx) {
        IndexAlgorithm algo = index.algorithm();
        if (algo == null || supportsIndexType(algo, ctx)) {
            return;
        }
        ctx.error(Messages.attribute(index.attributeName(), "The given index type is not supported with the current "
                + "connector"), Messages.argumentOrAttributeSpan(index.astAttribute(), "type"));
    }

    static boolean supportsIndexType(IndexAlgorithm algo, ValidationContext ctx) {
        return ctx.connector().indexAlgorithms().stream().anyMatch(a -> a.schemaName().equals(algo.name()));
    }

    /** Only BTree indexes are ordered. */
    static void hashIndexMustNotUseSortParam(IndexWalker index, ValidationContext ctx) {
        if (!supportsIndexType(IndexAlgorithm.Hash, ctx) || index.algorithm() != IndexAlgorithm.Hash) {
            return;
        }
        if (index.scalarFieldAttributes().stream().anyMatch(f -> f.sortOrder() != null)) {
            error(index, "Hash type does not support sort option.", ctx);
        }
    }

    static void fulltextIndexPreviewFeatureEnabled(IndexWalker index, ValidationContext ctx) {
        if (!ctx.hasPreviewFeature(PreviewFeature.FULL_TEXT_INDEX) && index.isFulltext()) {
            error(index, "You must enable `fullTextIndex` preview feature to be able to define a @@fulltext index.",
                    ctx);
        }
    }

    static void fulltextIndexSupported(IndexWalker index, ValidationContext ctx) {
        if (!ctx.has(Capability.FULL_TEXT_INDEX) && index.isFulltext()) {
            error(index, "Defining fulltext indexes is not supported with the current connector.", ctx);
        }
    }

    private static boolean fulltextChecksApply(IndexWalker index, ValidationContext ctx) {
        return ctx.hasPreviewFeature(PreviewFeature.FULL_TEXT_INDEX) && ctx.has(Capability.FULL_TEXT_INDEX)
                && index.isFulltext();
    }

    static void fulltextColumnsShouldNotDefineLength(IndexWalker index, ValidationContext ctx) {
        if (fulltextChecksApply(index, ctx)
                && index.scalarFieldAttributes().stream().anyMatch(f -> f.length() != null)) {
            error(index, "The length argument is not supported in a @@fulltext attribute.", ctx);
        }
    }

    static void fulltextColumnSortIsSupported(IndexWalker index, ValidationContext ctx) {
        if (!fulltextChecksApply(index, ctx) || ctx.has(Capability.SORT_ORDER_IN_FULL_TEXT_INDEX)) {
            return;
        }
        if (index.scalarFieldAttributes().stream().anyMatch(f -> f.sortOrder() != null)) {
            error(index, "The sort argument is not supported in a @@fulltext attribute in the current connector.", ctx);
        }
    }

    /**
     * MongoDB wants the text fields of a full-text index next to each other: sorted fields may
     * come before and after, but only one run of text fields.
     */
    static void fulltextTextColumnsShouldBeBundledTogether(IndexWalker index, ValidationContext ctx) {
        if (!fulltextChecksApply(index, ctx) || !ctx.has(Capability.SORT_ORDER_IN_FULL_TEXT_INDEX)) {
            return;
        }
        boolean seenText = false;
        boolean sortedAfterText = false;
        for (IndexFieldWalker field : index.scalarFieldAttributes()) {
            boolean sorted = field.sortOrder() != null;
            if (sorted) {
                sortedAfterText |= seenText;
            } else if (sortedAfterText) {
                error(index, "All index fields must be listed adjacently in the fields argument.", ctx);
                return;
            } else {
                seenText = true;
            }
        }
    }

    static void hasValidMappedName(IndexWalker index, ValidationContext ctx) {
        DatabaseNames.validateDbName(index.model().name(), index.astAttribute(), index.mappedName(), ctx,
                !index.isDefinedOnField());
    }

    static void supportsClusteringSetting(IndexWalker index, ValidationContext ctx) {
        if (!ctx.has(Capability.CLUSTERING_SETTING) && index.clustered() != null) {
            error(index, "Defining clustering is not supported in the current connector.", ctx);
        }
    }

    /** One clustered index or key per model. */
    static void clusteringCanBeDefinedOnlyOnce(IndexWalker index, ValidationContext ctx) {
        if (!ctx.has(Capability.CLUSTERING_SETTING) || !Boolean.TRUE.equals(index.clustered())) {
            return;
        }
        PrimaryKeyWalker pk = index.model().primaryKey();
        if (pk != null && !Boolean.FALSE.equals(pk.clustered())) {
            error(index, "A model can only hold one clustered index or key.", ctx);
        }
        for (IndexWalker other : index.model().indexes()) {
            if (other.data() != index.data() && Boolean.TRUE.equals(other.clustered())) {
                error(index, "A model can only hold one clustered index.", ctx);
                return;
            }
        }
    }

    static void opclassesAreNotAllowedWithOtherThanNormalIndices(IndexWalker index, ValidationContext ctx) {
        if (index.isNormal()) {
            return;
        }
        if (index.scalarFieldAttributes().stream().anyMatch(f -> f.operatorClass() != null)) {
            error(index, "Operator classes can only be defined to fields in an @@index attribute.", ctx);
        }
    }

    static void compositeTypeInCompoundUniqueIndex(IndexWalker index, ValidationContext ctx) {
        if (!index.isUnique() || index.fields().size() <= 1) {
            return;
        }
        for (IndexFieldWalker field : index.fields()) {
            if (field.scalarFieldType().asCompositeType() != null) {
                error(index, "Prisma does not currently support composite types in compound unique indices, please "
                        + "remove \"" + field.name() + "\" from the index. See "
                        + "https://pris.ly/d/mongodb-composite-compound-indices for more details", ctx);
                return;
            }
        }
    }
}
