package dev.refract.schema.db;

import dev.refract.schema.ast.EnumDecl;
import dev.refract.schema.diagnostics.Span;
import java.util.ArrayList;
import java.util.List;

/** An enum of the schema. */
public record EnumWalker(ParserDatabase db, EnumId id) {

    public EnumDecl astEnum() {
        return db.astEnum(id);
    }

    public String name() {
        return astEnum().name().name();
    }

    public Span span() {
        return astEnum().span();
    }

    /** The {@code @@map} name, or null. */
    public String mappedName() {
        return db.types.enumAttributes(id).mappedName;
    }

    public String databaseName() {
        String m = mappedName();
        return m != null ? m : name();
    }

    /** The {@code @@schema} name, or null. */
    public String schema() {
        return db.types.enumAttributes(id).schema;
    }

    public Span schemaSpan() {
        return db.types.enumAttributes(id).schemaSpan;
    }

    public List<EnumValueWalker> values() {
        List<EnumValueWalker> out = new ArrayList<>();
        for (int i = 0; i < astEnum().values().size(); i++) {
            out.add(new EnumValueWalker(db, id, i));
        }
        return out;
    }

    /** The value called {@code name}, or null. */
    public EnumValueWalker findValue(String name) {
        return values().stream().filter(v -> v.name().equals(name)).findFirst().orElse(null);
    }
}
