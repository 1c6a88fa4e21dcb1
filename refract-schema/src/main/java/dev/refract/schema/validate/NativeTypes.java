package dev.refract.schema.validate;

import dev.refract.schema.connector.Connector;
import dev.refract.schema.connector.NativeType;
import dev.refract.schema.db.CompositeTypeFieldWalker;
import dev.refract.schema.db.IndexFieldWalker;
import dev.refract.schema.db.NativeTypeAttribute;
import dev.refract.schema.db.ScalarFieldWalker;
import dev.refract.schema.diagnostics.Diagnostics;

/** The parsed native type of a field, as the connector-specific key checks read it. */
final class NativeTypes {
    private NativeTypes() {
    }

    /** The field's native type, or null when it has none or it does not parse (reported elsewhere). */
    static NativeType of(NativeTypeAttribute raw, Connector connector) {
        if (raw == null || connector.findNativeTypeConstructor(raw.name()).isEmpty()) {
            return null;
        }
        return connector.parseNativeType(raw.name(), raw.args(), raw.span(), new Diagnostics());
    }

    static NativeType of(ScalarFieldWalker field, Connector connector) {
        return of(field.rawNativeType(), connector);
    }

    /** The native type of the indexed field (inside a composite type for a path). */
    static NativeType of(IndexFieldWalker field, Connector connector) {
        CompositeTypeFieldWalker composite = field.asCompositeTypeField();
        return of(composite != null ? composite.rawNativeType() : field.rootField().rawNativeType(), connector);
    }
}
