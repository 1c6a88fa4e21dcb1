package dev.refract.schema.connector;

/** A namespace in which constraint names must be unique, as a connector defines them. */
public enum ConstraintScope {
    /** Indexes and unique constraints, across the database. */
    GLOBAL_KEY_INDEX,
    /** Foreign keys, across the database. */
    GLOBAL_FOREIGN_KEY,
    /** Primary keys, indexes and unique constraints, across the database. */
    GLOBAL_PRIMARY_KEY_KEY_INDEX,
    /** Primary keys, foreign keys and default constraints, across the database. */
    GLOBAL_PRIMARY_KEY_FOREIGN_KEY_DEFAULT,
    /** Indexes and unique constraints, per model. */
    MODEL_KEY_INDEX,
    /** Primary keys, indexes and unique constraints, per model. */
    MODEL_PRIMARY_KEY_KEY_INDEX,
    /** Primary keys, foreign keys, indexes and unique constraints, per model. */
    MODEL_PRIMARY_KEY_KEY_INDEX_FOREIGN_KEY;

    /** How messages describe this scope ("global for foreign keys", "on model `A` for ..."). */
    public String description(String modelName) {
        return switch (this) {
            case GLOBAL_KEY_INDEX -> "global for indexes and unique constraints";
            case GLOBAL_FOREIGN_KEY -> "global for foreign keys";
            case GLOBAL_PRIMARY_KEY_KEY_INDEX -> "global for primary key, indexes and unique constraints";
            case GLOBAL_PRIMARY_KEY_FOREIGN_KEY_DEFAULT -> "global for primary keys, foreign keys and default constraints";
            case MODEL_KEY_INDEX -> "on model `" + modelName + "` for indexes and unique constraints";
            case MODEL_PRIMARY_KEY_KEY_INDEX ->
                    "on model `" + modelName + "` for primary key, indexes and unique constraints";
            case MODEL_PRIMARY_KEY_KEY_INDEX_FOREIGN_KEY ->
                    "on model `" + modelName + "` for primary key, indexes, unique constraints and foreign keys";
        };
    }
}
