package dev.refract.schema.db;

import dev.refract.schema.ast.CompositeType;
import dev.refract.schema.diagnostics.Span;
import java.util.ArrayList;
import java.util.List;

/** A composite type ({@code type X { ... }}). */
public record CompositeTypeWalker(ParserDatabase db, CompositeTypeId id) {

    public CompositeType astCompositeType() {
        return db.astCompositeType(id);
    }

    public String name() {
        return astCompositeType().name().name();
    }

    public Span span() {
        return astCompositeType().span();
    }

    /** The fields whose type resolved (relation-typed fields are left out, as in Prisma). */
    public List<CompositeTypeFieldWalker> fields() {
        List<CompositeTypeFieldWalker> out = new ArrayList<>();
        for (int i = 0; i < astCompositeType().fields().size(); i++) {
            if (db.types.compositeTypeField(id, i) != null) {
                out.add(new CompositeTypeFieldWalker(db, id, i));
            }
        }
        return out;
    }

    /** The field called {@code name}, or null. */
    public CompositeTypeFieldWalker findField(String name) {
        int i = db.names.compositeTypeField(id, name);
        return i < 0 || db.types.compositeTypeField(id, i) == null ? null : new CompositeTypeFieldWalker(db, id, i);
    }
}
