package dev.refract.engine.protocol;

import static dev.refract.engine.protocol.InputObjectType.Kind;

import dev.refract.model.BuiltinType;
import dev.refract.model.DefaultValue;
import dev.refract.model.Field;
import dev.refract.model.Model;
import dev.refract.model.RelationField;
import dev.refract.model.ScalarField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The update input types: {@code UserUpdateInput} and {@code UserUncheckedUpdateInput} (also
 * nested, {@code ...UpdateWithoutPostsInput}), updateMany's {@code UserUpdateManyMutationInput} and
 * {@code UserUncheckedUpdateManyInput}, and the scalar update operations
 * ({@code IntFieldUpdateOperationsInput}, {@code NullableStringFieldUpdateOperationsInput},
 * {@code UserUpdatetagsInput}...). Relation fields get their envelopes from {@link NestedUpdateTypes}.
 */
final class UpdateTypes {
    private final SchemaFields fields;
    private final Capabilities caps;
    private final InputTypes inputs;
    private final CreateTypes creates;
    private final NestedUpdateTypes nested;
    private final Map<String, InputObjectType> cache = new HashMap<>();

    UpdateTypes(SchemaFields fields, Capabilities caps, InputTypes inputs, CreateTypes creates) {
        this.fields = fields;
        this.caps = caps;
        this.inputs = inputs;
        this.creates = creates;
        this.nested = new NestedUpdateTypes(fields, inputs, creates, this);
    }

    private synchronized InputObjectType object(String name, Kind kind, Model model, Supplier<List<InputField>> f) {
        return cache.computeIfAbsent(name, n -> new InputObjectType(n, kind, model, null, f));
    }

    /** An object that takes exactly one of its fields, constrained before any other thread can see it. */
    private synchronized InputObjectType exactlyOne(String name, Kind kind, Model model, Supplier<List<InputField>> f) {
        return cache.computeIfAbsent(name, n -> new InputObjectType(n, kind, model, null, f).constrain(1, 1, null));
    }

    private static InputType obj(InputObjectType t) {
        return new InputType.Obj(t);
    }

    /** Checked then unchecked update input of {@code m}; {@code parent} is the relation field of the model nesting it. */
    List<InputType> updateTypes(Model m, RelationField parent) {
        return List.of(obj(checked(m, parent)), obj(unchecked(m, parent)));
    }

    /** updateMany's data: {@code UserUpdateManyMutationInput}, then the unchecked one (nested: without the parent's keys). */
    List<InputType> updateManyTypes(Model m, RelationField parent) {
        InputObjectType checked = object(m.name() + "UpdateManyMutationInput", Kind.WRITE_DATA, m,
                () -> scalarsOnly(m, checkedFields(m, null)));
        InputObjectType unchecked = object(m.name() + "UncheckedUpdateMany" + creates.without(parent) + "Input",
                Kind.WRITE_DATA, m, () -> scalarsOnly(m, uncheckedFields(m, parent)));
        return List.of(obj(checked), obj(unchecked));
    }

    private InputObjectType checked(Model m, RelationField parent) {
        return object(m.name() + "Update" + creates.without(parent) + "Input", Kind.WRITE_DATA, m,
                () -> map(m, checkedFields(m, parent), false));
    }

    private InputObjectType unchecked(Model m, RelationField parent) {
        return object(m.name() + "UncheckedUpdate" + creates.without(parent) + "Input", Kind.WRITE_DATA, m,
                () -> map(m, uncheckedFields(m, parent), true));
    }

    /**
     * Checked updates leave out autoincremented integer ids and uniques (their sequences would
     * break), foreign keys (written through the relation) and the relation back to the parent.
     */
    private List<Field> checkedFields(Model m, RelationField parent) {
        RelationField skip = parent == null ? null : creates.backRelation(parent);
        List<Field> out = new ArrayList<>();
        for (Field f : fields.visible(m)) {
            if (f instanceof ScalarField sf) {
                boolean autoIncrement = sf.defaultValue() instanceof DefaultValue.Autoincrement
                        && SchemaFields.builtin(sf) == BuiltinType.INT && SchemaFields.isUnique(m, sf);
                if (!autoIncrement && !m.isReferencing(sf.name())) {
                    out.add(sf);
                }
            } else if (f != skip) {
                out.add(f);
            }
        }
        return out;
    }

    /** Unchecked updates write every scalar but the keys to the parent, and only relations this model does not hold keys of. */
    private List<Field> uncheckedFields(Model m, RelationField parent) {
        RelationField skip = parent == null ? null : creates.backRelation(parent);
        List<String> linking = creates.linkingFields(parent);
        List<Field> out = new ArrayList<>();
        for (Field f : fields.visible(m)) {
            if (f instanceof ScalarField sf) {
                if (!linking.contains(sf.name())) {
                    out.add(sf);
                }
            } else if (f != skip && !((RelationField) f).isReferencing()) {
                out.add(f);
            }
        }
        return out;
    }

    private List<InputField> scalarsOnly(Model m, List<Field> all) {
        return map(m, all.stream().filter(f -> f instanceof ScalarField).toList(), false);
    }

    private List<InputField> map(Model m, List<Field> list, boolean unchecked) {
        List<InputField> out = new ArrayList<>();
        for (Field f : list) {
            if (f instanceof ScalarField sf) {
                out.add(scalar(m, sf));
            } else {
                RelationField rf = (RelationField) f;
                out.add(InputField.optional(rf.name(), obj(nested.envelope(m, rf, unchecked))));
            }
        }
        return out;
    }

    private InputField scalar(Model m, ScalarField sf) {
        if (sf.isList()) {
            InputType list = inputs.valueType(sf);
            InputObjectType t = exactlyOne(m.name() + "Update" + sf.name() + "Input", Kind.LIST_WRITE, m, () -> {
                List<InputField> out = new ArrayList<>();
                out.add(InputField.optional("set", list));
                if (caps.scalarLists()) {
                    out.add(InputField.optional("push", inputs.scalarType(sf), list));
                }
                return out;
            });
            return InputField.optional(sf.name(), obj(t), list);
        }
        if (SchemaFields.isJson(sf)) {
            if (caps.advancedJsonNullability()) {
                return InputField.optional(sf.name(), CreateTypes.jsonNullEnum(sf), InputType.JSON);
            }
            return InputField.optional(sf.name(), InputType.JSON).nullableIf(!sf.isRequired());
        }
        return InputField.optional(sf.name(), inputs.valueType(sf), obj(operations(m, sf))).nullableIf(!sf.isRequired());
    }

    /** {@code [Nullable]<Type>FieldUpdateOperationsInput}: set, and for numbers increment, decrement, multiply, divide. */
    private InputObjectType operations(Model m, ScalarField sf) {
        boolean nullable = !sf.isRequired();
        String name = (nullable ? "Nullable" : "") + inputs.filterBase(sf) + "FieldUpdateOperationsInput";
        InputType t = inputs.scalarType(sf);
        return exactlyOne(name, Kind.FIELD_UPDATE, null, () -> {
            List<InputField> out = new ArrayList<>();
            out.add(InputField.optional("set", t).nullableIf(nullable));
            if (SchemaFields.isNumeric(sf)) {
                for (String op : List.of("increment", "decrement", "multiply", "divide")) {
                    out.add(InputField.optional(op, t));
                }
            }
            return out;
        });
    }
}
