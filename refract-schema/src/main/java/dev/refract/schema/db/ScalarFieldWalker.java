package dev.refract.schema.db;

/** A field of a model or view that holds a value (not a relation): scalar, enum, composite or Unsupported. */
public record ScalarFieldWalker(ParserDatabase db, int id) implements ModelFieldAccess {

    Types.ScalarFieldData data() {
        return db.types.scalarFields.get(id);
    }

    @Override
    public ModelId modelId() {
        return data().model;
    }

    @Override
    public int fieldIndex() {
        return data().fieldIndex;
    }

    /** The {@code @map} name, or null. */
    public String mappedName() {
        return data().mappedName;
    }

    /** The column name: the {@code @map} name, else the field name. */
    public String databaseName() {
        String m = mappedName();
        return m != null ? m : name();
    }

    public ScalarFieldType scalarFieldType() {
        return data().type;
    }

    /** The built-in scalar type, or null for enums, composite types and Unsupported. */
    public ScalarType scalarType() {
        return data().type.asBuiltinScalar();
    }

    /** The enum this field is typed with, or null. */
    public EnumWalker fieldTypeAsEnum() {
        EnumId e = data().type.asEnum();
        return e == null ? null : new EnumWalker(db, e);
    }

    /** The composite type this field is typed with, or null. */
    public CompositeTypeWalker fieldTypeAsCompositeType() {
        CompositeTypeId c = data().type.asCompositeType();
        return c == null ? null : new CompositeTypeWalker(db, c);
    }

    public boolean isUnsupported() {
        return data().type.isUnsupported();
    }

    /** Whether the field carries {@code @ignore}. */
    public boolean isIgnored() {
        return data().ignored;
    }

    /** Whether the field carries {@code @updatedAt}. */
    public boolean isUpdatedAt() {
        return data().updatedAt;
    }

    /** The {@code @default}, or null. */
    public DefaultValueWalker defaultValue() {
        Types.DefaultData d = data().defaultValue;
        return d == null ? null : new DefaultValueWalker(db, d);
    }

    public boolean isAutoincrement() {
        DefaultValueWalker d = defaultValue();
        return d != null && d.isAutoincrement();
    }

    /** The {@code @db.X(...)} attribute, raw, or null. */
    public NativeTypeAttribute rawNativeType() {
        return data().nativeType;
    }

    /** Whether this field alone is the primary key. */
    public boolean isSinglePk() {
        PrimaryKeyWalker pk = model().primaryKey();
        return pk != null && pk.fields().size() == 1 && pk.fields().get(0).id() == id;
    }

    /** Whether this field is one of several fields of the primary key. */
    public boolean isPartOfCompoundPk() {
        PrimaryKeyWalker pk = model().primaryKey();
        return pk != null && pk.fields().size() > 1 && pk.fields().stream().anyMatch(f -> f.id() == id);
    }

    /** Whether the field carries a field-level {@code @unique}. */
    public boolean isUnique() {
        return model().indexes().stream().anyMatch(i -> i.isUnique() && i.data().sourceField == id);
    }
}
