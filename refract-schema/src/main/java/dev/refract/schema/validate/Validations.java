package dev.refract.schema.validate;

import dev.refract.schema.config.Configuration;
import dev.refract.schema.connector.Capability;
import dev.refract.schema.db.CompositeTypeFieldWalker;
import dev.refract.schema.db.CompositeTypeWalker;
import dev.refract.schema.db.EnumWalker;
import dev.refract.schema.db.IndexFieldWalker;
import dev.refract.schema.db.IndexWalker;
import dev.refract.schema.db.ModelWalker;
import dev.refract.schema.db.ParserDatabase;
import dev.refract.schema.db.PrimaryKeyWalker;
import dev.refract.schema.db.RelationFieldWalker;
import dev.refract.schema.db.ScalarFieldWalker;
import dev.refract.schema.diagnostics.Diagnostic;
import dev.refract.schema.diagnostics.Diagnostics;
import dev.refract.schema.validate.relations.RelationContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The connector-aware checklist run on a schema that parsed, resolved and loaded its
 * configuration without errors.
 *
 * <p>The order of the calls below is Prisma's, and it is an interface: diagnostics are printed in
 * the order they are pushed. Composite types first, then unknown default functions, the
 * datasource, database name clashes of models, then each model and view (the model itself, its
 * primary key, its scalar fields, its relation fields, its indexes), then enums, and last every
 * relation.
 */
public final class Validations {
    private Validations() {
    }

    /** Runs every check on {@code db} with the connector and features of {@code configuration}. */
    public static void validate(ParserDatabase db, Configuration configuration, Diagnostics diagnostics) {
        ValidationContext ctx = ValidationContext.of(db, configuration, diagnostics);
        RelationContext relationCtx = ctx.relationContext();
        Names names = Names.of(ctx);

        compositeTypes(ctx);
        DefaultValueValidations.unknownDefaultFunctions(ctx);
        if (ctx.datasource() != null) {
            DatasourceValidations.validate(ctx.datasource(), ctx);
        }

        ModelValidations.databaseNameClashes(ctx);
        // All models first, then all views (not interleaved in file order).
        List<ModelWalker> modelsThenViews = new ArrayList<>(db.walkModels());
        modelsThenViews.addAll(db.walkViews());
        for (ModelWalker model : modelsThenViews) {
            model(model, names, ctx);
            for (ScalarFieldWalker field : model.scalarFields()) {
                scalarField(field, names, ctx);
            }
            for (RelationFieldWalker field : model.relationFields()) {
                // An ambiguous relation stops everything: the rest would only be noise.
                Diagnostic ambiguous = RelationValidations.ambiguity(field, names.relationNames());
                if (ambiguous != null) {
                    diagnostics.push(ambiguous);
                    return;
                }
                FieldValidations.validateClientName(field.model(), field.name(), field.astField(), names, ctx);
                RelationValidations.relationField(field, relationCtx);
            }
            for (IndexWalker index : model.indexes()) {
                index(index, names, ctx);
            }
        }

        if (ctx.has(Capability.ENUMS)) {
            EnumValidations.databaseNameClashes(ctx);
        }
        for (EnumWalker enm : db.walkEnums()) {
            EnumValidations.connectorSupportsEnums(enm, ctx);
            EnumValidations.schemaIsDefinedInTheDatasource(enm, ctx);
            EnumValidations.schemaAttributeSupportedInConnector(enm, ctx);
            EnumValidations.schemaAttributeMissing(enm, ctx);
            EnumValidations.connectorSpecific(enm, ctx);
        }

        RelationValidations.relations(db, names, relationCtx);
    }

    /**
     * Cycles first; the per-type checks beyond support only run while the schema is still free
     * of errors.
     */
    private static void compositeTypes(ValidationContext ctx) {
        CompositeTypeValidations.detectCompositeCycles(ctx);
        for (CompositeTypeWalker type : ctx.db().walkCompositeTypes()) {
            CompositeTypeValidations.compositeTypesSupport(type, ctx);
            if (!ctx.hasErrors()) {
                CompositeTypeValidations.moreThanOneField(type, ctx);
                for (CompositeTypeFieldWalker field : type.fields()) {
                    CompositeTypeValidations.validateDefaultValue(field, ctx);
                    FieldValidations.validateCompositeNativeTypeArguments(field, ctx);
                }
            }
        }
    }

    /** The model-level checks and its primary key, before its fields. */
    private static void model(ModelWalker model, Names names, ValidationContext ctx) {
        if (model.isView()) {
            ViewValidations.viewDefinitionWithoutPreviewFlag(model, ctx);
            ViewValidations.viewsCannotHavePrimaryKeys(model, ctx);
            ViewValidations.viewKeys(model, ctx);
        }
        ModelValidations.hasAStrictUniqueCriteria(model, ctx);
        ModelValidations.hasAUniquePrimaryKeyName(model, names, ctx);
        ModelValidations.hasAUniqueCustomPrimaryKeyNamePerModel(model, names, ctx);
        ModelValidations.idHasFields(model, ctx);
        ModelValidations.idClientNameDoesNotClashWithField(model, ctx);
        ModelValidations.primaryKeyConnectorSpecific(model, ctx);
        ModelValidations.shardKeyIsSupported(model, ctx);
        ModelValidations.primaryKeyLengthPrefixSupported(model, ctx);
        ModelValidations.primaryKeySortOrderSupported(model, ctx);
        ModelValidations.onlyOneFulltextAttributeAllowed(model, ctx);
        ModelValidations.schemaIsDefinedInTheDatasource(model, ctx);
        ModelValidations.schemaAttributeSupportedInConnector(model, ctx);
        ModelValidations.schemaAttributeMissing(model, ctx);
        ModelValidations.connectorSpecific(model, ctx);
        AutoincrementValidations.validateAutoIncrement(model, ctx);

        PrimaryKeyWalker pk = model.primaryKey();
        if (pk != null) {
            for (IndexFieldWalker field : pk.scalarFieldAttributes()) {
                FieldValidations.validateLengthUsedWithCorrectTypes(field, pk.attributeName(),
                        pk.astAttribute().span(), ctx);
            }
            FieldValidations.idSupportsClusteringSetting(pk, ctx);
            FieldValidations.clusteringCanBeDefinedOnlyOnce(pk, ctx);
        }
    }

    private static void scalarField(ScalarFieldWalker field, Names names, ValidationContext ctx) {
        FieldValidations.validateScalarFieldConnectorSpecific(field, ctx);
        FieldValidations.validateClientName(field.model(), field.name(), field.astField(), names, ctx);
        FieldValidations.hasAUniqueDefaultConstraintName(field, names, ctx);
        FieldValidations.validateNativeTypeArguments(field, ctx);
        DefaultValueValidations.validateDefaultValue(field, ctx);
        FieldValidations.validateUnsupportedFieldType(field, ctx);
    }

    private static void index(IndexWalker index, Names names, ValidationContext ctx) {
        // A view's keys exist only in the client: none of the database index checks apply to them.
        if (index.model().isView()) {
            ViewValidations.indexFieldsHaveNoArguments(index, ctx);
            return;
        }
        IndexValidations.hasFields(index, ctx);
        IndexValidations.hasAUniqueConstraintName(index, names, ctx);
        IndexValidations.uniqueClientNameDoesNotClashWithField(index, ctx);
        IndexValidations.uniqueIndexHasAUniqueCustomNamePerModel(index, names, ctx);
        IndexValidations.fieldLengthPrefixSupported(index, ctx);
        IndexValidations.indexAlgorithmIsSupported(index, ctx);
        IndexValidations.hashIndexMustNotUseSortParam(index, ctx);
        IndexValidations.fulltextIndexPreviewFeatureEnabled(index, ctx);
        IndexValidations.fulltextIndexSupported(index, ctx);
        IndexValidations.fulltextColumnsShouldNotDefineLength(index, ctx);
        IndexValidations.fulltextColumnSortIsSupported(index, ctx);
        IndexValidations.fulltextTextColumnsShouldBeBundledTogether(index, ctx);
        IndexValidations.hasValidMappedName(index, ctx);
        IndexValidations.supportsClusteringSetting(index, ctx);
        IndexValidations.clusteringCanBeDefinedOnlyOnce(index, ctx);
        IndexValidations.opclassesAreNotAllowedWithOtherThanNormalIndices(index, ctx);
        IndexValidations.compositeTypeInCompoundUniqueIndex(index, ctx);
        for (IndexFieldWalker field : index.scalarFieldAttributes()) {
            FieldValidations.validateLengthUsedWithCorrectTypes(field, index.attributeName(),
                    index.astAttribute().span(), ctx);
        }
    }
}
