package dev.refract.schema.validate;

import dev.refract.schema.ast.Attribute;
import dev.refract.schema.ast.Field;
import dev.refract.schema.connector.Capability;
import dev.refract.schema.connector.ConstraintScope;
import dev.refract.schema.connector.NativeType;
import dev.refract.schema.db.CompositeTypeFieldWalker;
import dev.refract.schema.db.DefaultValueWalker;
import dev.refract.schema.db.IndexFieldWalker;
import dev.refract.schema.db.IndexWalker;
import dev.refract.schema.db.ModelWalker;
import dev.refract.schema.db.PrimaryKeyWalker;
import dev.refract.schema.db.ScalarFieldType;
import dev.refract.schema.db.ScalarFieldWalker;
import dev.refract.schema.db.ScalarType;
import dev.refract.schema.diagnostics.Diagnostics;
import dev.refract.schema.diagnostics.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks on fields: client names, constraint names, native types, lengths, clustering, connector rules. */
final class FieldValidations {
    /** {@code Name(args)suffix}: a prefix up to the first parenthesis, optional arguments, optional rest. */
    private static final Pattern UNSUPPORTED_TYPE = Pattern.compile("^([^(]+)(?:\\((.*?)\\))?(.+)?$");

    private FieldValidations() {
    }

    static void validateCompositeNativeTypeArguments(CompositeTypeFieldWalker field, ValidationContext ctx) {
        NativeTypeValidations.compositeTypeField(field, ctx);
    }

    static void validateNativeTypeArguments(ScalarFieldWalker field, ValidationContext ctx) {
        NativeTypeValidations.scalarField(field, ctx);
    }

    /** A field must not take the custom name of an index, unique or id of its model. */
    static void validateClientName(ModelWalker model, String fieldName, Field astField, Names names,
                                   ValidationContext ctx) {
        for (Names.Taken taken : names.nameTaken(model.id(), fieldName)) {
            ctx.error(Messages.model(model, "The custom name `" + fieldName + "` specified for the `"
                    + taken.attribute() + "` attribute is already used as a name for a field. Please choose a "
                    + "different name."), model.span());
        }
    }

    /** A default's constraint name (SQL Server) must be free in the connector's namespaces. */
    static void hasAUniqueDefaultConstraintName(ScalarFieldWalker field, Names names, ValidationContext ctx) {
        DefaultValueWalker value = field.defaultValue();
        if (value == null) {
            return;
        }
        String name = ConstraintNames.defaultValue(field, value, ctx.connector());
        for (ConstraintScope scope : names.constraintNamespace().scopeViolations(field.model(),
                ConstraintNamespace.Kind.DEFAULT, name)) {
            Span span = Messages.argumentSpan(Messages.fieldAttribute(field.astField(), "default"), "map");
            ctx.error(Messages.attribute("@default", "The given constraint name `" + name
                    + "` has to be unique in the following namespace: " + scope.description(field.model().name())
                    + ". Please provide a different name using the `map` argument."),
                    span != null ? span : field.span());
        }
    }

    /** {@code length:} only makes sense on strings and bytes. */
    static void validateLengthUsedWithCorrectTypes(IndexFieldWalker field, String attributeName, Span attributeSpan,
                                                   ValidationContext ctx) {
        if (!ctx.has(Capability.INDEX_COLUMN_LENGTH_PREFIXING) || field.length() == null) {
            return;
        }
        ScalarFieldType type = field.scalarFieldType();
        if (type.isUnsupported() || type.isString() || type.isBytes()) {
            return;
        }
        ctx.error(Messages.attribute(attributeName, "The length argument is only allowed with field types `String` or "
                + "`Bytes`."), attributeSpan);
    }

    static void idSupportsClusteringSetting(PrimaryKeyWalker pk, ValidationContext ctx) {
        if (!ctx.has(Capability.CLUSTERING_SETTING) && pk.clustered() != null) {
            ctx.error(Messages.attribute(pk.attributeName(), "Defining clustering is not supported in the current "
                    + "connector."), pk.astAttribute().span());
        }
    }

    /** One clustered index or key per model; the index side is in {@link IndexValidations}. */
    static void clusteringCanBeDefinedOnlyOnce(PrimaryKeyWalker pk, ValidationContext ctx) {
        if (!ctx.has(Capability.CLUSTERING_SETTING) || Boolean.FALSE.equals(pk.clustered())) {
            return;
        }
        for (IndexWalker index : pk.model().indexes()) {
            if (Boolean.TRUE.equals(index.clustered())) {
                ctx.error(Messages.attribute(pk.attributeName(), "A model can only hold one clustered index or id."),
                        pk.astAttribute().span());
                return;
            }
        }
    }

    /** Json, Json lists, Decimal and scalar lists need connector support. */
    static void validateScalarFieldConnectorSpecific(ScalarFieldWalker field, ValidationContext ctx) {
        ModelWalker model = field.model();
        String container = Messages.container(model);
        ScalarType type = field.scalarFieldType().asBuiltinScalar();
        if (type == ScalarType.Json) {
            if (!ctx.has(Capability.JSON)) {
                ctx.error(Messages.field(model, field.name(), "Field `" + field.name() + "` in " + container + " `"
                        + model.name() + "` can't be of type Json. The current connector does not support the Json "
                        + "type."), field.span());
            }
            if (field.isList() && !ctx.has(Capability.JSON_LISTS)) {
                ctx.error(Messages.field(model, field.name(), "Field `" + field.name() + "` in " + container + " `"
                        + model.name() + "` can't be of type Json[]. The current connector does not support the Json "
                        + "List type."), field.span());
            }
        } else if (type == ScalarType.Decimal && !ctx.has(Capability.DECIMAL_TYPE)) {
            ctx.error(Messages.field(model, field.name(), "Field `" + field.name() + "` in " + container + " `"
                    + model.name() + "` can't be of type Decimal. The current connector does not support the Decimal "
                    + "type."), field.span());
        }
        if (field.isList() && !ctx.has(Capability.SCALAR_LISTS)) {
            ctx.error("Field \"" + field.name() + "\" in " + container + " \"" + model.name() + "\" can't be a list. "
                    + "The current connector does not support lists of primitive types.", field.span());
        }
    }

    /** {@code Unsupported("varchar(255)")} when Prisma has a native type for it: suggest that. */
    static void validateUnsupportedFieldType(ScalarFieldWalker field, ValidationContext ctx) {
        if (ctx.datasource() == null || !(field.scalarFieldType() instanceof ScalarFieldType.Unsupported)) {
            return;
        }
        if (!(field.astField().type() instanceof dev.refract.schema.ast.FieldType.Unsupported unsupported)) {
            return;
        }
        String literal = unsupported.typeName();
        Matcher m = UNSUPPORTED_TYPE.matcher(literal);
        if (!m.matches()) {
            return;
        }
        String prefix = m.group(1).trim();
        List<String> args = new ArrayList<>();
        if (m.group(2) != null) {
            for (String arg : m.group(2).split(",", -1)) {
                args.add(arg.trim());
            }
        }
        NativeType nativeType = ctx.connector().findNativeTypeConstructor(prefix).isPresent()
                ? ctx.connector().parseNativeType(prefix, args, field.span(), new Diagnostics()) : null;
        if (nativeType == null) {
            return;
        }
        String prismaType = ctx.connector().scalarTypeForNativeType(nativeType).orElse("");
        ctx.error(Messages.validation("The type `Unsupported(\"" + literal + "\")` you specified in the type "
                + "definition for the field `" + field.name() + "` is supported as a native type by Prisma. Please use "
                + "the native type notation `" + prismaType + " @" + ctx.datasource().name() + "." + nativeType
                + "` for full support."), field.span());
    }

    /** The field's {@code @default} attribute, or null. */
    static Attribute defaultAttribute(Field field) {
        return Messages.fieldAttribute(field, "default");
    }
}
