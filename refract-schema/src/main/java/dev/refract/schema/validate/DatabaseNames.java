package dev.refract.schema.validate;

import dev.refract.schema.ast.Attribute;

/** The length limit on names given with {@code map:} to constraints. */
final class DatabaseNames {
    private DatabaseNames() {
    }

    /**
     * Reports {@code dbName} when it is longer (in bytes) than the connector allows. Prisma always
     * says "model" here, also for views.
     *
     * @param doubleAt whether the attribute is a block attribute ({@code @@})
     */
    static void validateDbName(String modelName, Attribute attribute, String dbName, ValidationContext ctx,
                               boolean doubleAt) {
        if (dbName == null) {
            return;
        }
        int limit = ctx.connector().maxIdentifierLength();
        if (ConstraintNames.byteLength(dbName) > limit) {
            String ats = doubleAt ? "@@" : "@";
            ctx.error("Error validating model \"" + modelName + "\": The constraint name '" + dbName
                    + "' specified in the `map` argument for the `" + ats + attribute.name().name()
                    + "` constraint is too long for your chosen provider. The maximum allowed length is " + limit
                    + " bytes.", attribute.span());
        }
    }
}
