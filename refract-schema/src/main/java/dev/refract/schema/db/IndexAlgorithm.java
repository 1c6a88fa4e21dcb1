package dev.refract.schema.db;

/** The {@code type:} argument of {@code @@index}. */
public enum IndexAlgorithm {
    BTree, Hash, Gist, Gin, SpGist, Brin;

    /** The algorithm called {@code name}, or null. */
    public static IndexAlgorithm parse(String name) {
        for (IndexAlgorithm a : values()) {
            if (a.name().equals(name)) {
                return a;
            }
        }
        return null;
    }
}
