package dev.refract.schema.validate;

import dev.refract.schema.config.Configuration;
import dev.refract.schema.config.Datasource;
import dev.refract.schema.connector.NativeTypeCheck;
import dev.refract.schema.db.CompositeTypeFieldWalker;
import dev.refract.schema.db.NativeTypeAttribute;
import dev.refract.schema.db.ScalarFieldWalker;
import dev.refract.schema.db.ScalarType;
import dev.refract.schema.diagnostics.Diagnostics;

/**
 * Prisma's {@code validate_native_type_arguments} for model and composite type fields: the
 * {@code @ds.Type(args)} attribute of a field with a built-in scalar type, checked by the active
 * connector (see {@link NativeTypeCheck} for the order of checks and messages).
 */
public final class NativeTypeValidations {
    private NativeTypeValidations() {
    }

    /** Checks the native type of a model or view scalar field, if it has one. */
    public static void scalarField(ScalarFieldWalker field, Configuration configuration, Diagnostics diagnostics) {
        check(field.scalarType(), field.rawNativeType(), configuration, diagnostics);
    }

    /** Checks the native type of a composite type field, if it has one. */
    public static void compositeTypeField(CompositeTypeFieldWalker field, Configuration configuration,
                                          Diagnostics diagnostics) {
        check(field.type().asBuiltinScalar(), field.rawNativeType(), configuration, diagnostics);
    }

    private static void check(ScalarType scalarType, NativeTypeAttribute raw, Configuration configuration,
                              Diagnostics diagnostics) {
        if (scalarType == null || raw == null) {
            return;
        }
        String datasourceName = configuration.datasource().map(Datasource::name).orElse(null);
        NativeTypeCheck.check(configuration.connector(), datasourceName, raw.datasource(), raw.name(), raw.args(),
                scalarType.asStr(), raw.span(), diagnostics);
    }
}
