package dev.refract.schema.db;

import dev.refract.schema.ast.Field;
import dev.refract.schema.ast.FieldArity;
import dev.refract.schema.diagnostics.Span;

/** A field of a composite type. */
public record CompositeTypeFieldWalker(ParserDatabase db, CompositeTypeId compositeTypeId, int fieldIndex) {

    private Types.CompositeTypeFieldData data() {
        return db.types.compositeTypeField(compositeTypeId, fieldIndex);
    }

    public CompositeTypeWalker compositeType() {
        return new CompositeTypeWalker(db, compositeTypeId);
    }

    public Field astField() {
        return db.astCompositeType(compositeTypeId).fields().get(fieldIndex);
    }

    public String name() {
        return astField().name().name();
    }

    public Span span() {
        return astField().span();
    }

    public FieldArity arity() {
        return astField().arity();
    }

    public ScalarFieldType type() {
        return data().type;
    }

    /** The {@code @map} name, or null. */
    public String mappedName() {
        return data().mappedName;
    }

    public String databaseName() {
        String m = mappedName();
        return m != null ? m : name();
    }

    /** The {@code @default}, or null. */
    public DefaultValueWalker defaultValue() {
        Types.DefaultData d = data().defaultValue;
        return d == null ? null : new DefaultValueWalker(db, d);
    }

    /** The {@code @db.X(...)} attribute, raw, or null. */
    public NativeTypeAttribute rawNativeType() {
        return data().nativeType;
    }
}
