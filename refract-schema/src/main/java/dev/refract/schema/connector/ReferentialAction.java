package dev.refract.schema.connector;

/**
 * What happens to referencing rows when the referenced row is deleted or updated. Declaration
 * order is Prisma's, and is the order used when listing allowed actions in messages.
 */
public enum ReferentialAction {
    CASCADE("Cascade"),
    RESTRICT("Restrict"),
    NO_ACTION("NoAction"),
    SET_NULL("SetNull"),
    SET_DEFAULT("SetDefault");

    private final String schemaName;

    ReferentialAction(String schemaName) {
        this.schemaName = schemaName;
    }

    /** The name as written in the schema ({@code onDelete: SetNull}). */
    public String schemaName() {
        return schemaName;
    }

    /** The action written as {@code name} in a schema, or null when there is none. */
    public static ReferentialAction fromSchemaName(String name) {
        for (ReferentialAction a : values()) {
            if (a.schemaName.equals(name)) {
                return a;
            }
        }
        return null;
    }
}
