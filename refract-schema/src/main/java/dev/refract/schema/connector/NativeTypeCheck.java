package dev.refract.schema.connector;

import dev.refract.schema.ast.Argument;
import dev.refract.schema.ast.ArgumentsList;
import dev.refract.schema.diagnostics.Diagnostics;
import dev.refract.schema.diagnostics.Span;
import java.util.List;

/**
 * The check of a field's {@code @ds.Name(args)} attribute against its scalar type, as Prisma runs
 * it on every model and composite type field that has both. Takes plain values so that the
 * field walker of the validations can call it.
 *
 * <p>Order matters and is Prisma's: prefix, known name, argument count, scalar compatibility,
 * argument parsing, argument ranges. Only the prefix problem lets the later checks run.
 */
public final class NativeTypeCheck {
    private NativeTypeCheck() {
    }

    /**
     * Checks one native type attribute.
     *
     * @param connector the active connector ({@link Connectors#EMPTY} without datasource)
     * @param datasourceName the datasource's name, or null when there is no datasource
     * @param prefix the attribute's prefix ({@code db} in {@code @db.VarChar})
     * @param typeName the native type's name ({@code VarChar})
     * @param args the arguments as written ({@code 10}, {@code "x"}, {@code Max})
     * @param scalarType the field's scalar type name ({@code String})
     * @param span the whole attribute
     * @return the parsed native type, or null when it is invalid
     */
    public static NativeType check(Connector connector, String datasourceName, String prefix, String typeName,
                                   List<String> args, String scalarType, Span span, Diagnostics diagnostics) {
        if (datasourceName != null && !datasourceName.equals(prefix)) {
            diagnostics.error("The prefix " + prefix + " is invalid. It must be equal to the name of an existing "
                    + "datasource e.g. " + datasourceName + ". Did you mean to use " + datasourceName + "." + typeName
                    + "?", span);
        }
        NativeTypeConstructor constructor = connector.findNativeTypeConstructor(typeName).orElse(null);
        if (constructor == null) {
            String connectorName = datasourceName == null ? "Default" : connector.provider();
            diagnostics.error("Native type " + typeName + " is not supported for " + connectorName + " connector.",
                    span);
            return null;
        }
        int given = args.size();
        int required = constructor.requiredArguments();
        int optional = constructor.optionalArguments();
        if (given < required || (given > required && optional == 0)) {
            diagnostics.error("Function \"" + typeName + "\" takes " + required + " arguments, but received " + given
                    + ".", span);
            return null;
        }
        if (given > required + optional) {
            diagnostics.error("Native type " + typeName + " takes " + optional + " optional arguments, but received "
                    + given + ".", span);
            return null;
        }
        if (!constructor.isCompatibleWith(scalarType)) {
            diagnostics.error("Native type " + typeName + " is not compatible with declared field type " + scalarType
                    + ", expected field type " + String.join(" or ", constructor.scalarTypes()) + ".", span);
            return null;
        }
        NativeType parsed = connector.parseNativeType(typeName, args, span, diagnostics);
        if (parsed != null) {
            connector.validateNativeTypeArguments(parsed, scalarType, span, diagnostics);
        }
        return parsed;
    }

    /** The arguments of a native type attribute as Prisma renders them for parsing. */
    public static List<String> renderArguments(ArgumentsList arguments) {
        return arguments.arguments().stream().map(Argument::value).map(v -> v.render()).toList();
    }
}
