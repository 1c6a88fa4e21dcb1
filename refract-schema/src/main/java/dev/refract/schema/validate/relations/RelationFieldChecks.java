package dev.refract.schema.validate.relations;

import dev.refract.schema.ast.Attribute;
import dev.refract.schema.connector.Capability;
import dev.refract.model.ReferentialAction;
import dev.refract.schema.connector.RelationMode;
import dev.refract.schema.db.IndexWalker;
import dev.refract.schema.db.ModelWalker;
import dev.refract.schema.db.PrimaryKeyWalker;
import dev.refract.schema.db.RelationFieldWalker;
import dev.refract.schema.db.ScalarFieldWalker;
import dev.refract.schema.diagnostics.Diagnostic;
import dev.refract.schema.diagnostics.Span;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks on one relation field, run for every relation field of every model, in this order. */
public final class RelationFieldChecks {
    private RelationFieldChecks() {
    }

    /**
     * Two or more fields of a model pointing to the same model under the same relation name.
     * Returns the error instead of reporting it: Prisma stops all validation at the first one, so
     * as not to drown the user in follow-up errors.
     */
    public static Diagnostic ambiguity(RelationFieldWalker field, RelationNames names) {
        List<RelationFieldWalker> fields = names.sameNamed(field);
        if (fields.size() < 2) {
            return null;
        }
        ModelWalker model = field.model();
        String related = field.relatedModel().name();
        boolean self = field.modelId().equals(field.relatedModel().id());
        boolean explicit = field.explicitRelationName() != null;
        String list = fieldList(fields);
        String message;
        if (self && !explicit && fields.size() == 2) {
            message = "Ambiguous self relation detected. The fields " + list + " in model `" + model.name()
                    + "` both refer to `" + related + "`. If they are part of the same relation add the same relation"
                    + " name for them with `@relation(<name>)`.";
        } else if (self && !explicit) {
            message = "Unnamed self relation detected. The fields " + list + " in model `" + model.name()
                    + "` have no relation name. Please provide a relation name for one of them by adding"
                    + " `@relation(<name>).";
        } else if (self && fields.size() > 2) {
            message = "Wrongly named self relation detected. The fields " + list + " in model `" + model.name()
                    + "` have the same relation name. At most two relation fields can belong to the same relation"
                    + " and therefore have the same name. Please assign a different relation name to one of them.";
        } else if (self) {
            // Both sides of a named self relation: exactly what the name is for.
            return null;
        } else if (!explicit) {
            message = "Ambiguous relation detected. The fields " + list + " in model `" + model.name()
                    + "` both refer to `" + related + "`. Please provide different relation names for them by"
                    + " adding `@relation(<name>).";
        } else {
            message = "Wrongly named relation detected. The fields " + list + " in model `" + model.name()
                    + "` both use the same relation name. Please provide different relation names for them"
                    + " through `@relation(<name>).";
        }
        return Diagnostic.error(Messages.model(Messages.container(model.isView()), model.name(), message),
                field.span());
    }

    /** {@code `a`}, {@code `a` and `b`}, {@code `a`, `b` and `c`}. */
    private static String fieldList(List<RelationFieldWalker> fields) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(i == fields.size() - 1 ? " and " : ", ");
            }
            out.append('`').append(fields.get(i).name()).append('`');
        }
        return out.toString();
    }

    /** A relation to an {@code @@ignore}d model must be ignored too (unless its own model is). */
    public static void ignoredRelatedModel(RelationFieldWalker field, RelationContext ctx) {
        ModelWalker related = field.relatedModel();
        ModelWalker model = field.model();
        if (!related.isIgnored() || field.isIgnored() || model.isIgnored()) {
            return;
        }
        ctx.error(Messages.attribute("@ignore", "The relation field `" + field.name() + "` on Model `" + model.name()
                + "` must specify the `@ignore` attribute, because the model " + related.name()
                + " it is pointing to is marked ignored."), field.span());
    }

    /** {@code onDelete} and {@code onUpdate} must be actions the connector implements in the relation mode. */
    public static void referentialActions(RelationFieldWalker field, RelationContext ctx) {
        checkAction(field, field.explicitOnDelete(), "onDelete", ctx);
        checkAction(field, field.explicitOnUpdate(), "onUpdate", ctx);
    }

    private static void checkAction(RelationFieldWalker field, dev.refract.schema.db.ReferentialAction written,
                                    String argument, RelationContext ctx) {
        if (written == null) {
            return;
        }
        ReferentialAction action = Inline.toConnector(written);
        if (ctx.connector().supportsReferentialAction(ctx.relationMode(), action)) {
            return;
        }
        Span span = Spans.firstOf(Spans.forArgument(field.astField(), "relation", argument), field.span());
        ctx.error(Messages.validation(invalidActionMessage(action, ctx)), span);
    }

    private static String invalidActionMessage(ReferentialAction action, RelationContext ctx) {
        Set<ReferentialAction> allowed = ctx.connector().referentialActions(ctx.relationMode());
        String message = "Invalid referential action: `" + action.schemaName() + "`. Allowed values: ("
                + allowedList(allowed) + ")";
        // Under emulation, NoAction is not implemented: point to Restrict when the connector has it.
        if (ctx.relationMode() == RelationMode.PRISMA && action == ReferentialAction.NO_ACTION
                && ctx.connector().emulatedReferentialActions().contains(ReferentialAction.RESTRICT)) {
            message += ". `NoAction` is not implemented for " + ctx.connector().name()
                    + " when using `relationMode = \"prisma\"`, you could try using `Restrict` instead. Learn more at"
                    + " https://pris.ly/d/relation-mode";
        }
        return message;
    }

    /** The allowed actions in Prisma's order (Cascade, Restrict, NoAction, SetNull, SetDefault). */
    private static String allowedList(Set<ReferentialAction> allowed) {
        return allowed.stream().sorted().map(a -> "`" + a.schemaName() + "`").collect(Collectors.joining(", "));
    }

    /** {@code map:} (the foreign key name) needs named foreign keys, and must fit the connector's limit. */
    public static void map(RelationFieldWalker field, RelationContext ctx) {
        String name = field.mappedName();
        if (name == null) {
            return;
        }
        Attribute relation = Spans.attribute(field.astField(), "relation");
        if (!ctx.has(Capability.NAMED_FOREIGN_KEYS)) {
            Span span = relation != null ? relation.span() : new Span(field.span().fileId(), 0, 0);
            ctx.error(Messages.relationAttribute("Your provider does not support named foreign keys."), span);
            return;
        }
        int limit = ctx.connector().maxIdentifierLength();
        if (relation != null && name.getBytes(StandardCharsets.UTF_8).length > limit) {
            ctx.error(Messages.model("model", field.model().name(), "The constraint name '" + name
                    + "' specified in the `map` argument for the `@relation` constraint is too long for your chosen"
                    + " provider. The maximum allowed length is " + limit + " bytes."), relation.span());
        }
    }

    /**
     * Under {@code relationMode = "prisma"} there is no foreign key, hence no index the database
     * would create for it: warn when no index, unique or primary key starts with the relation's
     * scalar fields, in order.
     */
    public static void missingRelationIndex(RelationFieldWalker field, RelationContext ctx) {
        if (!ctx.connector().shouldSuggestMissingReferencingFieldsIndexes()
                || ctx.relationMode() != RelationMode.PRISMA) {
            return;
        }
        List<ScalarFieldWalker> fields = field.referencingFields();
        if (fields == null) {
            return;
        }
        List<Integer> referencing = fields.stream().map(ScalarFieldWalker::id).toList();
        ModelWalker model = field.model();
        for (IndexWalker index : model.indexes()) {
            if (startsWith(index.fields().stream().map(f -> f.path().root()).toList(), referencing)) {
                return;
            }
        }
        PrimaryKeyWalker pk = model.primaryKey();
        if (pk != null && startsWith(pk.fields().stream().map(ScalarFieldWalker::id).toList(), referencing)) {
            return;
        }
        Span span = Spans.firstOf(Spans.forAttribute(field.astField(), "relation"), field.span());
        ctx.warning("With `relationMode = \"prisma\"`, no foreign keys are used, so relation fields will not benefit"
                + " from the index usually created by the relational database under the hood. This can lead to poor"
                + " performance when querying these fields. We recommend adding an index manually. Learn more at"
                + " https://pris.ly/d/relation-mode-prisma-indexes\" ", span);
    }

    /** Whether {@code prefix} is the leftmost part of {@code group}. */
    private static boolean startsWith(List<Integer> group, List<Integer> prefix) {
        return group.size() >= prefix.size() && group.subList(0, prefix.size()).equals(prefix);
    }

    /** The connector's own relation field checks (MongoDB: same native types on both ends). */
    public static void connectorSpecific(RelationFieldWalker field, RelationContext ctx) {
        if (ctx.connector().isProvider("mongodb")) {
            MongoRelationChecks.sameNativeType(field, ctx);
        }
    }
}
