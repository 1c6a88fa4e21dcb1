package dev.refract.schema.validate;

import dev.refract.schema.config.PreviewFeature;
import dev.refract.schema.connector.Capability;
import dev.refract.schema.connector.ConstraintScope;
import dev.refract.schema.db.IndexFieldWalker;
import dev.refract.schema.db.IndexWalker;
import dev.refract.schema.db.ModelWalker;
import dev.refract.schema.db.PrimaryKeyWalker;
import dev.refract.schema.db.ScalarFieldWalker;
import dev.refract.schema.db.ShardKeyWalker;
import dev.refract.schema.diagnostics.Span;
import dev.refract.schema.db.UniqueCriteriaWalker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks on one model or view as a whole and on its primary key. {@code multiSchema} is stable,
 * so the {@code @@schema} checks no longer depend on a preview feature.
 */
final class ModelValidations {
    private ModelValidations() {
    }

    private record SchemaAndName(String schema, String name) {
    }

    /** Two models with the same database name (in the same schema); reported on a {@code @@map}. */
    static void databaseNameClashes(ValidationContext ctx) {
        Map<SchemaAndName, ModelWalker> seen = new HashMap<>();
        for (ModelWalker model : ctx.db().walkModels()) {
            ModelWalker existing = seen.put(new SchemaAndName(model.schema(), model.databaseName()), model);
            if (existing == null) {
                continue;
            }
            // The error goes on a @@map: the model's own when it has one, else the earlier model's.
            if (model.mappedName() != null) {
                ctx.error(duplicateName(model.databaseName(), existing.name()), model.spanForAttribute("map"));
            } else {
                ctx.error(duplicateName(model.databaseName(), model.name()), existing.spanForAttribute("map"));
            }
        }
    }

    private static String duplicateName(String databaseName, String existing) {
        return "The model with database name \"" + databaseName
                + "\" could not be defined because another model or view with this name exists: \"" + existing + "\"";
    }

    /** A model needs a primary key or a unique criteria of required, supported fields. */
    static void hasAStrictUniqueCriteria(ModelWalker model, ValidationContext ctx) {
        // Views need no identity: they are read, never written by key.
        if (model.isIgnored() || model.isView()) {
            return;
        }
        List<UniqueCriteriaWalker> criterias = model.uniqueCriterias();
        for (UniqueCriteriaWalker c : criterias) {
            if (c.isStrictCriteria()) {
                return;
            }
        }
        String message = "Each model must have at least one unique criteria that has only required fields. Either "
                + "mark a single field with `@id`, `@unique` or add a multi field criterion with `@@id([])` or "
                + "`@@unique([])` to the model.";
        if (!criterias.isEmpty()) {
            List<String> loose = new ArrayList<>();
            for (UniqueCriteriaWalker c : criterias) {
                loose.add("- " + c.fields().stream().map(IndexFieldWalker::name).collect(Collectors.joining(", ")));
            }
            message += " The following unique criterias were not considered as they contain fields that are not "
                    + "required:\n" + String.join("\n", loose);
        }
        ctx.error(Messages.model(model, message), model.span());
    }

    /** The primary key's constraint name must be free in the connector's namespaces, and not too long. */
    static void hasAUniquePrimaryKeyName(ModelWalker model, Names names, ValidationContext ctx) {
        PrimaryKeyWalker pk = model.primaryKey();
        String name = pk == null ? null : ConstraintNames.primaryKey(pk, ctx.connector());
        if (name == null) {
            return;
        }
        DatabaseNames.validateDbName(model.name(), pk.astAttribute(), name, ctx, !pk.isDefinedOnField());
        for (ConstraintScope scope : names.constraintNamespace().scopeViolations(model,
                ConstraintNamespace.Kind.PRIMARY_KEY, name)) {
            ctx.error(Messages.attribute(pk.attributeName(), "The given constraint name `" + name
                    + "` has to be unique in the following namespace: " + scope.description(model.name())
                    + ". Please provide a different name using the `map` argument."),
                    Messages.argumentOrAttributeSpan(pk.astAttribute(), "map"));
        }
    }

    /** The {@code name:} of the primary key is a client name: unique on the model. */
    static void hasAUniqueCustomPrimaryKeyNamePerModel(ModelWalker model, Names names, ValidationContext ctx) {
        PrimaryKeyWalker pk = model.primaryKey();
        if (pk == null || pk.name() == null) {
            return;
        }
        if (names.constraintNamespace().customNameViolation(model, pk.name())) {
            ctx.error(Messages.attribute(pk.attributeName(), "The given custom name `" + pk.name()
                    + "` has to be unique on the model. Please provide a different name for the `name` argument."),
                    Messages.argumentOrAttributeSpan(pk.astAttribute(), "name"));
        }
    }

    static void idHasFields(ModelWalker model, ValidationContext ctx) {
        PrimaryKeyWalker pk = model.primaryKey();
        if (pk == null || !pk.fields().isEmpty()) {
            return;
        }
        ctx.error(Messages.attribute(pk.attributeName(), "The list of fields in an `@@id()` attribute cannot be empty. "
                + "Please specify at least one field."), pk.astAttribute().span());
    }

    /** A compound id's client name ({@code a_b}) must not be a field name. */
    static void idClientNameDoesNotClashWithField(ModelWalker model, ValidationContext ctx) {
        PrimaryKeyWalker pk = model.primaryKey();
        if (pk == null || pk.fields().size() <= 1) {
            return;
        }
        String clientName = pk.fields().stream().map(ScalarFieldWalker::name).collect(Collectors.joining("_"));
        if (model.scalarFields().stream().anyMatch(f -> f.name().equals(clientName))) {
            ctx.error(Messages.model(model, "The field `" + clientName + "` clashes with the `@@id` attribute's name. "
                    + "Please resolve the conflict by providing a custom id name: `@@id([...], name: \"custom_name\")`"),
                    pk.astAttribute().span());
        }
    }

    /** Named and compound primary keys need connector support. */
    static void primaryKeyConnectorSpecific(ModelWalker model, ValidationContext ctx) {
        PrimaryKeyWalker pk = model.primaryKey();
        if (pk == null) {
            return;
        }
        if (pk.mappedName() != null && !ctx.has(Capability.NAMED_PRIMARY_KEYS)) {
            ctx.error(Messages.model(model, "You defined a database name for the primary key on the model. This is "
                    + "not supported by the provider."), model.span());
        }
        if (pk.fields().size() > 1 && !ctx.has(Capability.COMPOUND_IDS)) {
            ctx.error(Messages.model(model, "The current connector does not support compound ids."),
                    pk.astAttribute().span());
        }
    }

    static void primaryKeyLengthPrefixSupported(ModelWalker model, ValidationContext ctx) {
        PrimaryKeyWalker pk = model.primaryKey();
        if (pk == null || ctx.has(Capability.INDEX_COLUMN_LENGTH_PREFIXING)) {
            return;
        }
        if (pk.scalarFieldAttributes().stream().anyMatch(f -> f.length() != null)) {
            ctx.error(Messages.attribute(pk.attributeName(), "The length argument is not supported in the primary key "
                    + "with the current connector"), pk.astAttribute().span());
        }
    }

    static void primaryKeySortOrderSupported(ModelWalker model, ValidationContext ctx) {
        PrimaryKeyWalker pk = model.primaryKey();
        if (pk == null || ctx.has(Capability.PRIMARY_KEY_SORT_ORDER_DEFINITION)) {
            return;
        }
        if (pk.scalarFieldAttributes().stream().anyMatch(f -> f.sortOrder() != null)) {
            ctx.error(Messages.attribute(pk.attributeName(), "The sort argument is not supported in the primary key "
                    + "with the current connector"), pk.astAttribute().span());
        }
    }

    /** Connectors with full-text indexes may allow only one {@code @@fulltext} per model. */
    static void onlyOneFulltextAttributeAllowed(ModelWalker model, ValidationContext ctx) {
        if (!ctx.hasPreviewFeature(PreviewFeature.FULL_TEXT_INDEX) || !ctx.has(Capability.FULL_TEXT_INDEX)
                || ctx.has(Capability.MULTIPLE_FULL_TEXT_ATTRIBUTES_PER_MODEL)) {
            return;
        }
        List<IndexWalker> fulltext = model.indexes().stream().filter(IndexWalker::isFulltext).toList();
        if (fulltext.size() > 1) {
            for (IndexWalker index : fulltext) {
                ctx.error(Messages.attribute("@@fulltext", "The current connector only allows one fulltext attribute "
                        + "per model"), index.astAttribute().span());
            }
        }
    }

    static void schemaIsDefinedInTheDatasource(ModelWalker model, ValidationContext ctx) {
        SchemaChecks.schemaIsDefinedInTheDatasource(model.schema(), model.schemaSpan(), ctx);
    }

    static void schemaAttributeSupportedInConnector(ModelWalker model, ValidationContext ctx) {
        SchemaChecks.schemaAttributeSupportedInConnector(model.schemaSpan(), ctx);
    }

    static void schemaAttributeMissing(ModelWalker model, ValidationContext ctx) {
        if (SchemaChecks.schemaAttributeRequired(model.schema(), ctx)) {
            ctx.error(Messages.model(model, "This " + Messages.container(model) + " is missing an `@@schema` attribute."),
                    model.span());
        }
    }

    /** The connector's own model checks; views have no table keys for them to check. */
    static void connectorSpecific(ModelWalker model, ValidationContext ctx) {
        if (!model.isView()) {
            ConnectorValidations.validateModel(model, ctx);
        }
    }

    /** {@code @shardKey} / {@code @@shardKey}: a preview feature, on connectors that shard, with fields. */
    static void shardKeyIsSupported(ModelWalker model, ValidationContext ctx) {
        ShardKeyWalker key = model.shardKey();
        if (key == null) {
            return;
        }
        String attribute = key.isDefinedOnField() ? "@shardKey" : "@@shardKey";
        Span span = key.astAttribute().span();
        if (!ctx.hasPreviewFeature(PreviewFeature.SHARD_KEYS)) {
            ctx.error(Messages.attribute(attribute, "Defining shard keys requires enabling the `shardKeys` preview "
                    + "feature"), span);
            return;
        }
        if (!ctx.connector().supportsShardKeys()) {
            ctx.error(Messages.attribute(attribute, "Shard keys are not currently supported for provider "
                    + ctx.connector().provider()), span);
            return;
        }
        if (key.fields().isEmpty()) {
            ctx.error(Messages.attribute(attribute, "The list of fields in a `@@shardKey()` attribute cannot be empty. "
                    + "Please specify at least one field."), span);
        }
    }
}
