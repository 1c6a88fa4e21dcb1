package dev.refract.schema.validate;

import dev.refract.schema.connector.NativeTypeCheck;
import dev.refract.schema.db.CompositeTypeFieldWalker;
import dev.refract.schema.db.NativeTypeAttribute;
import dev.refract.schema.db.ScalarFieldWalker;
import dev.refract.schema.db.ScalarType;

/**
 * Prisma's {@code validate_native_type_arguments} for model and composite type fields: the
 * {@code @ds.Type(args)} attribute of a field with a built-in scalar type, checked by the active
 * connector (see {@link NativeTypeCheck} for the order of checks and messages).
 */
final class NativeTypeValidations {
    private NativeTypeValidations() {
    }

    /** Checks the native type of a model or view scalar field, if it has one. */
    static void scalarField(ScalarFieldWalker field, ValidationContext ctx) {
        check(field.scalarType(), field.rawNativeType(), ctx);
    }

    /** Checks the native type of a composite type field, if it has one. */
    static void compositeTypeField(CompositeTypeFieldWalker field, ValidationContext ctx) {
        check(field.type().asBuiltinScalar(), field.rawNativeType(), ctx);
    }

    private static void check(ScalarType scalarType, NativeTypeAttribute raw, ValidationContext ctx) {
        if (scalarType == null || raw == null) {
            return;
        }
        String datasourceName = ctx.datasource() == null ? null : ctx.datasource().name();
        NativeTypeCheck.check(ctx.connector(), datasourceName, raw.datasource(), raw.name(), raw.args(),
                scalarType.asStr(), raw.span(), ctx.diagnostics());
    }
}
