package dev.refract.schema.connector;

/** Where referential integrity is enforced: by database foreign keys, or emulated by Prisma. */
public enum RelationMode {
    FOREIGN_KEYS("foreignKeys"),
    PRISMA("prisma");

    private final String schemaName;

    RelationMode(String schemaName) {
        this.schemaName = schemaName;
    }

    /** The value as written in {@code relationMode = "..."}. */
    public String schemaName() {
        return schemaName;
    }

    public boolean usesForeignKeys() {
        return this == FOREIGN_KEYS;
    }

    public boolean isPrisma() {
        return this == PRISMA;
    }

    /** The mode written as {@code name}, or null when it is not one. */
    public static RelationMode fromSchemaName(String name) {
        for (RelationMode m : values()) {
            if (m.schemaName.equals(name)) {
                return m;
            }
        }
        return null;
    }
}
