package dev.refract.schema.db;

import dev.refract.schema.ast.EnumValue;
import dev.refract.schema.diagnostics.Span;

/** One value of an enum. */
public record EnumValueWalker(ParserDatabase db, EnumId enumId, int index) {

    public EnumValue astValue() {
        return db.astEnum(enumId).values().get(index);
    }

    public EnumWalker enumWalker() {
        return new EnumWalker(db, enumId);
    }

    public String name() {
        return astValue().name().name();
    }

    public Span span() {
        return astValue().span();
    }

    /** The {@code @map} name, or null. */
    public String mappedName() {
        return db.types.enumAttributes(enumId).mappedValues.get(index);
    }

    public String databaseName() {
        String m = mappedName();
        return m != null ? m : name();
    }

    public String documentation() {
        return astValue().documentation() == null ? null : astValue().documentation().text();
    }
}
