package dev.refract.schema.connector;

/** The index access methods of {@code @@index(type: ...)}. */
public enum IndexAlgorithm {
    BTREE("BTree"),
    HASH("Hash"),
    GIST("Gist"),
    GIN("Gin"),
    SP_GIST("SpGist"),
    BRIN("Brin");

    private final String schemaName;

    IndexAlgorithm(String schemaName) {
        this.schemaName = schemaName;
    }

    /** The name as written in the schema. */
    public String schemaName() {
        return schemaName;
    }

    /** The algorithm written as {@code name}, or null when there is none. */
    public static IndexAlgorithm fromSchemaName(String name) {
        for (IndexAlgorithm a : values()) {
            if (a.schemaName.equals(name)) {
                return a;
            }
        }
        return null;
    }
}
