package dev.refract.schema.db;

import dev.refract.schema.ast.CompositeType;
import dev.refract.schema.ast.Expression;
import dev.refract.schema.ast.Field;
import dev.refract.schema.ast.Model;
import java.util.HashMap;

/** {@code @map} and {@code @@map}: database names, and the collisions they can cause. */
final class MapAttributes {
    private MapAttributes() {
    }

    /** The name argument of the current {@code @map}, or null after reporting. */
    static String visitMapAttribute(AttributeResolver r) {
        Expression value = r.ctx.visitDefaultArg("name");
        if (value == null) {
            return null;
        }
        return Coerce.string(value, r.diagnostics);
    }

    static void scalarField(AttributeResolver r, int sfid) {
        String mapped = visitMapAttribute(r);
        if (mapped == null) {
            return;
        }
        Types.ScalarFieldData data = r.types.scalarFields.get(sfid);
        data.mappedName = mapped;
        Model model = r.astModel(data.model);
        Field field = model.fields().get(data.fieldIndex);
        String kind = model.isView() ? "view" : "model";
        var mappedNames = r.mappedModelScalarFieldNames.computeIfAbsent(data.model, k -> new HashMap<>());
        if (mappedNames.put(mapped, data.fieldIndex) != null) {
            duplicate(r, model, field, kind);
        }
        int other = r.names.modelField(data.model, mapped);
        if (other < 0 || other == data.fieldIndex) {
            return;
        }
        // Only a scalar field without a @map of its own (or with the same one) is a collision.
        int otherScalar = r.types.findScalarField(data.model, other);
        if (otherScalar < 0) {
            return;
        }
        String otherMapped = r.types.scalarFields.get(otherScalar).mappedName;
        if (otherMapped != null && !otherMapped.equals(mapped)) {
            return;
        }
        duplicate(r, model, field, kind);
    }

    private static void duplicate(AttributeResolver r, Model model, Field field, String kind) {
        r.diagnostics.error("Field \"" + field.name().name() + "\" is already defined on " + kind + " \""
                + model.name().name() + "\".", field.span());
    }

    static void compositeTypeField(AttributeResolver r, CompositeTypeId id, CompositeType ct, int fieldIndex,
                                   Types.CompositeTypeFieldData data) {
        String mapped = visitMapAttribute(r);
        if (mapped == null) {
            return;
        }
        data.mappedName = mapped;
        Field field = ct.fields().get(fieldIndex);
        var mappedNames = r.mappedCompositeTypeFieldNames.computeIfAbsent(id, k -> new HashMap<>());
        if (mappedNames.put(mapped, fieldIndex) != null) {
            r.diagnostics.error("Field \"" + mapped + "\" is already defined on composite type \""
                    + ct.name().name() + "\".", field.span());
        }
        int other = r.names.compositeTypeField(id, mapped);
        if (other < 0) {
            return;
        }
        Types.CompositeTypeFieldData otherData = r.types.compositeTypeField(id, other);
        if (otherData != null && otherData.mappedName != null) {
            return;
        }
        r.diagnostics.error("Field \"" + field.name().name() + "\" is already defined on composite type \""
                + ct.name().name() + "\".", field.span());
    }
}
