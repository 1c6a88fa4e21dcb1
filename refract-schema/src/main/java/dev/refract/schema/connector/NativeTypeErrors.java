package dev.refract.schema.connector;

/**
 * Prisma's messages about one native type on one connector, e.g. "Argument M is out of range for
 * native type `VarChar(70000)` of MySQL: ...". Built by {@link Connector#errors(NativeType)}.
 *
 * @param nativeType the type as Prisma prints it ({@code Decimal(2,3)})
 * @param connectorName the connector's display name ({@code MySQL})
 */
public record NativeTypeErrors(String nativeType, String connectorName) {

    public String scaleLargerThanPrecision() {
        return "The scale must not be larger than the precision for the " + nativeType + " native type in "
                + connectorName + ".";
    }

    public String incompatibleWithIndex(String guide) {
        return "You cannot define an index on fields with native type `" + nativeType + "` of " + connectorName + "."
                + guide;
    }

    public String incompatibleWithUnique(String guide) {
        return "Native type `" + nativeType + "` cannot be unique in " + connectorName + "." + guide;
    }

    public String incompatibleWithId(String guide) {
        return "Native type `" + nativeType + "` of " + connectorName
                + " cannot be used on a field that is `@id` or `@@id`." + guide;
    }

    public String argumentOutOfRange(String detail) {
        return "Argument M is out of range for native type `" + nativeType + "` of " + connectorName + ": " + detail;
    }

    public String nameUnknown() {
        return "Native type " + nativeType + " is not supported for " + connectorName + " connector.";
    }
}
