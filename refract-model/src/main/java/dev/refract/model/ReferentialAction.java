package dev.refract.model;

/** What happens to referencing rows when the referenced row is deleted or its key updated. */
public enum ReferentialAction {
    CASCADE("Cascade"), RESTRICT("Restrict"), NO_ACTION("NoAction"), SET_NULL("SetNull"), SET_DEFAULT("SetDefault");

    private final String schemaName;

    ReferentialAction(String schemaName) {
        this.schemaName = schemaName;
    }

    /** The action as written in a schema ({@code SetNull}). */
    public String schemaName() {
        return schemaName;
    }

    /** The action written as {@code name}, or null when there is none by that name. */
    public static ReferentialAction fromSchemaName(String name) {
        for (ReferentialAction a : values()) {
            if (a.schemaName.equals(name)) {
                return a;
            }
        }
        return null;
    }
}
