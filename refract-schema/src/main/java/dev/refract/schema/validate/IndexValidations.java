package dev.refract.schema.validate;

import dev.refract.schema.db.IndexWalker;

/** Checks on {@code @@index}, {@code @@unique}, {@code @unique} and {@code @@fulltext}. */
final class IndexValidations {
    private IndexValidations() {
    }

    static void hasFields(IndexWalker index, ValidationContext ctx) {
    }

    static void uniqueClientNameDoesNotClashWithField(IndexWalker index, ValidationContext ctx) {
    }

    static void fieldLengthPrefixSupported(IndexWalker index, ValidationContext ctx) {
    }

    static void indexAlgorithmIsSupported(IndexWalker index, ValidationContext ctx) {
    }

    static void hashIndexMustNotUseSortParam(IndexWalker index, ValidationContext ctx) {
    }

    static void fulltextIndexPreviewFeatureEnabled(IndexWalker index, ValidationContext ctx) {
    }

    static void fulltextIndexSupported(IndexWalker index, ValidationContext ctx) {
    }

    static void fulltextColumnsShouldNotDefineLength(IndexWalker index, ValidationContext ctx) {
    }

    static void fulltextColumnSortIsSupported(IndexWalker index, ValidationContext ctx) {
    }

    static void fulltextTextColumnsShouldBeBundledTogether(IndexWalker index, ValidationContext ctx) {
    }

    static void hasValidMappedName(IndexWalker index, ValidationContext ctx) {
    }

    static void supportsClusteringSetting(IndexWalker index, ValidationContext ctx) {
    }

    static void clusteringCanBeDefinedOnlyOnce(IndexWalker index, ValidationContext ctx) {
    }

    static void opclassesAreNotAllowedWithOtherThanNormalIndices(IndexWalker index, ValidationContext ctx) {
    }

    static void compositeTypeInCompoundUniqueIndex(IndexWalker index, ValidationContext ctx) {
    }

    static void hasAUniqueConstraintName(IndexWalker index, Names names, ValidationContext ctx) {
    }

    static void uniqueIndexHasAUniqueCustomNamePerModel(IndexWalker index, Names names, ValidationContext ctx) {
    }
}
