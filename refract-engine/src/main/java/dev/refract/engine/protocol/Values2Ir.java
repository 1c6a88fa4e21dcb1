package dev.refract.engine.protocol;

import dev.refract.engine.ir.FieldRef;
import dev.refract.engine.ir.Values;
import dev.refract.model.BuiltinType;
import dev.refract.model.Model;
import dev.refract.model.ScalarField;
import dev.refract.model.SchemaModel;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns validated argument values into the IR's Java types ({@link Values}), by the field they belong to. */
final class Values2Ir {
    private final SchemaModel schema;
    private final List<String> selectionPath;

    Values2Ir(SchemaModel schema, List<String> selectionPath) {
        this.schema = schema;
        this.selectionPath = selectionPath;
    }

    /** A value of {@code field}'s element type (or a list of them, for list-valued operands), or a FieldRef. */
    Object value(ScalarField field, Object parsed) {
        return value(field, SchemaFields.builtin(field), parsed);
    }

    Object value(ScalarField field, BuiltinType type, Object parsed) {
        if (parsed == null) {
            return null;
        }
        if (parsed instanceof DocumentParser.ParsedMap pm && pm.type().kind() == InputObjectType.Kind.FIELD_REF) {
            return fieldRef(pm);
        }
        if (parsed instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object o : list) {
                out.add(value(field, type, o));
            }
            return out;
        }
        if (type == null) {
            return parsed; // enum: the value's name
        }
        switch (type) {
            case INT: {
                long l = ((Number) parsed).longValue();
                if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
                    throw ValidationError.other("Value " + l + " does not fit the 32-bit integer field `"
                            + field.name() + "`. If you're trying to store large integers, consider using `BigInt`",
                            selectionPath);
                }
                return (int) l;
            }
            case BIG_INT:
                return ((Number) parsed).longValue();
            case FLOAT:
                return ((BigDecimal) parsed).doubleValue();
            case DECIMAL:
                return parsed;
            case DATE_TIME:
                return ((OffsetDateTime) parsed).toInstant();
            default:
                return parsed; // String, Boolean, Json (Values.Json), Bytes (byte[])
        }
    }

    FieldRef fieldRef(DocumentParser.ParsedMap pm) {
        Map<String, Object> v = pm.values();
        String name = (String) v.get("_ref");
        String container = (String) v.get("_container");
        Model model = schema.model(container).orElse(null);
        ScalarField field = model == null ? null : model.scalarField(name).orElse(null);
        if (field == null) {
            throw ValidationError.other("The field reference `" + container + "." + name
                    + "` does not name a scalar field of the schema", selectionPath);
        }
        return new FieldRef(field);
    }
}
