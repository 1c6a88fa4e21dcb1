package dev.refract.model;

/**
 * A field stored in its model's table or document: a built-in scalar, an enum, a composite type
 * (embedded document) or an unsupported database type. Composite types use the same record for
 * their fields.
 *
 * @param name the field's name
 * @param dbName the column name ({@code @map}), or null when it is {@code name}
 * @param type what it holds
 * @param arity required, optional or list
 * @param nativeType {@code @db.X(...)}, or null
 * @param defaultValue {@code @default(...)}, or null
 * @param isId true when it alone is the primary key ({@code @id}, or {@code @@id} of one field)
 * @param isUnique true when it alone is a unique constraint, and is not the primary key
 * @param isUpdatedAt true for {@code @updatedAt}
 * @param isGenerated true for fields Prisma generated rather than the schema declared (always
 *     false for fields read from a schema; kept because the DMMF reports it)
 * @param ignored true for {@code @ignore}
 * @param documentation its {@code ///} documentation, or null
 */
public record ScalarField(String name, String dbName, ScalarType type, Arity arity, NativeType nativeType,
                          DefaultValue defaultValue, boolean isId, boolean isUnique, boolean isUpdatedAt,
                          boolean isGenerated, boolean ignored, String documentation) implements Field {
    public ScalarField {
        requireNonNull(name, "name");
        requireNonNull(type, "type");
        requireNonNull(arity, "arity");
    }

    private static void requireNonNull(Object value, String what) {
        if (value == null) {
            throw new IllegalArgumentException("a scalar field needs a " + what);
        }
    }

    /** The column name: {@code dbName} when mapped, else {@code name}. */
    public String databaseName() {
        return dbName != null ? dbName : name;
    }

    public boolean hasDefault() {
        return defaultValue != null;
    }

    public boolean isUnsupported() {
        return type instanceof ScalarType.Unsupported;
    }

    /** A builder for a field named {@code name} of type {@code type}, required, with nothing else set. */
    public static Builder builder(String name, ScalarType type) {
        return new Builder(name, type);
    }

    /** Shorthand: a builder for a built-in scalar field. */
    public static Builder builder(String name, BuiltinType type) {
        return new Builder(name, ScalarType.of(type));
    }

    /** A builder starting from this field, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder(name, type);
        b.dbName = dbName;
        b.arity = arity;
        b.nativeType = nativeType;
        b.defaultValue = defaultValue;
        b.isId = isId;
        b.isUnique = isUnique;
        b.isUpdatedAt = isUpdatedAt;
        b.isGenerated = isGenerated;
        b.ignored = ignored;
        b.documentation = documentation;
        return b;
    }

    /** Builds a {@link ScalarField} step by step; every property but name and type is optional. */
    public static final class Builder {
        private final String name;
        private final ScalarType type;
        private String dbName;
        private Arity arity = Arity.REQUIRED;
        private NativeType nativeType;
        private DefaultValue defaultValue;
        private boolean isId;
        private boolean isUnique;
        private boolean isUpdatedAt;
        private boolean isGenerated;
        private boolean ignored;
        private String documentation;

        private Builder(String name, ScalarType type) {
            this.name = name;
            this.type = type;
        }

        public Builder dbName(String dbName) {
            this.dbName = dbName;
            return this;
        }

        public Builder arity(Arity arity) {
            this.arity = arity;
            return this;
        }

        public Builder optional() {
            return arity(Arity.OPTIONAL);
        }

        public Builder list() {
            return arity(Arity.LIST);
        }

        public Builder nativeType(NativeType nativeType) {
            this.nativeType = nativeType;
            return this;
        }

        public Builder defaultValue(DefaultValue defaultValue) {
            this.defaultValue = defaultValue;
            return this;
        }

        public Builder id(boolean isId) {
            this.isId = isId;
            return this;
        }

        public Builder unique(boolean isUnique) {
            this.isUnique = isUnique;
            return this;
        }

        public Builder updatedAt(boolean isUpdatedAt) {
            this.isUpdatedAt = isUpdatedAt;
            return this;
        }

        public Builder generated(boolean isGenerated) {
            this.isGenerated = isGenerated;
            return this;
        }

        public Builder ignored(boolean ignored) {
            this.ignored = ignored;
            return this;
        }

        public Builder documentation(String documentation) {
            this.documentation = documentation;
            return this;
        }

        public ScalarField build() {
            return new ScalarField(name, dbName, type, arity, nativeType, defaultValue, isId, isUnique, isUpdatedAt,
                    isGenerated, ignored, documentation);
        }
    }

    /**
     * By name alone, which equal fields share: the generated hash walks all twelve components
     * (type and default are records themselves) on every call, and the write path keys maps by
     * field. Fields of different models with one name merely share a bucket.
     */
    @Override
    public int hashCode() {
        return name.hashCode();
    }
}
