package dev.refract.engine.protocol;

import static dev.refract.engine.protocol.InputObjectType.Kind;

import dev.refract.model.DefaultValue;
import dev.refract.model.Field;
import dev.refract.model.Model;
import dev.refract.model.Relation;
import dev.refract.model.RelationField;
import dev.refract.model.ScalarField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The create input types ({@code PostCreateInput}, {@code PostUncheckedCreateInput}, the nested
 * {@code ...CreateNestedManyWithout...Input} family), so that createOne is validated with
 * Prisma's errors before Refract refuses it as not supported yet.
 */
final class CreateTypes {
    private final SchemaFields fields;
    private final Capabilities caps;
    private final InputTypes inputs;
    private final Map<String, InputObjectType> cache = new HashMap<>();

    CreateTypes(SchemaFields fields, Capabilities caps, InputTypes inputs) {
        this.fields = fields;
        this.caps = caps;
        this.inputs = inputs;
    }

    private synchronized InputObjectType object(String name, Supplier<List<InputField>> f) {
        return cache.computeIfAbsent(name, n -> new InputObjectType(n, Kind.OTHER, null, null, f));
    }

    private static InputType obj(InputObjectType t) {
        return new InputType.Obj(t);
    }

    /** Checked then unchecked create input of {@code m}; {@code parent} is the relation field of the model nesting it. */
    List<InputType> createTypes(Model m, RelationField parent) {
        return List.of(obj(checked(m, parent)), obj(unchecked(m, parent)));
    }

    /** Whether {@code data} must be given: some field is required and has no default. */
    boolean dataRequired(Model m) {
        for (Field f : fields.visible(m)) {
            if (f.isRequired() && (!(f instanceof ScalarField sf) || (sf.defaultValue() == null && !sf.isUpdatedAt()))) {
                return true;
            }
        }
        return false;
    }

    private RelationField backRelation(RelationField parent) {
        Relation r = fields.schema().relation(parent);
        return r.otherSide(parent);
    }

    private String without(RelationField parent) {
        return parent == null ? "" : "Without" + SchemaFields.capitalize(backRelation(parent).name());
    }

    private InputObjectType checked(Model m, RelationField parent) {
        RelationField skip = parent == null ? null : backRelation(parent);
        return object(m.name() + "Create" + without(parent) + "Input", () -> {
            List<InputField> out = new ArrayList<>();
            for (Field f : fields.visible(m)) {
                if (f instanceof ScalarField sf) {
                    boolean autoIncrementId = sf.isId() && sf.defaultValue() instanceof DefaultValue.Autoincrement;
                    if (!autoIncrementId && !m.isReferencing(sf.name())) {
                        out.add(scalar(m, sf));
                    }
                } else if (f != skip) {
                    out.add(relation(m, (RelationField) f, false));
                }
            }
            return out;
        });
    }

    private InputObjectType unchecked(Model m, RelationField parent) {
        RelationField skip = parent == null ? null : backRelation(parent);
        List<String> linking = skip == null ? List.of() : skip.fields();
        return object(m.name() + "UncheckedCreate" + without(parent) + "Input", () -> {
            List<InputField> out = new ArrayList<>();
            for (Field f : fields.visible(m)) {
                if (f instanceof ScalarField sf) {
                    if (!linking.contains(sf.name())) {
                        out.add(scalar(m, sf));
                    }
                } else if (f != skip && !((RelationField) f).isReferencing()) {
                    out.add(relation(m, (RelationField) f, true));
                }
            }
            return out;
        });
    }

    private InputField scalar(Model m, ScalarField sf) {
        boolean required = sf.isRequired() && sf.defaultValue() == null && !sf.isUpdatedAt();
        List<InputType> types = new ArrayList<>();
        if (sf.isList()) {
            InputType list = inputs.valueType(sf);
            types.add(obj(object(m.name() + "Create" + sf.name() + "Input",
                    () -> List.of(InputField.required("set", list)))));
            types.add(list);
            return new InputField(sf.name(), types, required, null);
        }
        if (SchemaFields.isJson(sf) && caps.advancedJsonNullability()) {
            types.add(sf.isRequired() ? new InputType.Enum("JsonNullValueInput", List.of("JsonNull"))
                    : new InputType.Enum("NullableJsonNullValueInput", List.of("DbNull", "JsonNull")));
            types.add(InputType.JSON);
            return new InputField(sf.name(), types, required, null);
        }
        types.add(inputs.valueType(sf));
        return new InputField(sf.name(), types, required, null).nullableIf(!sf.isRequired());
    }

    private InputField relation(Model m, RelationField rf, boolean unchecked) {
        Model related = fields.related(rf);
        RelationField back = backRelation(rf);
        String many = rf.isList() ? "Many" : "One";
        String name = related.name() + (unchecked ? "UncheckedCreateNested" : "CreateNested") + many + "Without"
                + SchemaFields.capitalize(back.name()) + "Input";
        InputObjectType nested = object(name, () -> nestedFields(related, rf));
        boolean required = rf.isRequired() && !unchecked;
        return new InputField(rf.name(), List.of(obj(nested)), required, null);
    }

    private List<InputField> nestedFields(Model related, RelationField rf) {
        List<InputField> out = new ArrayList<>();
        out.add(InputField.optional("create", listUnion(createTypes(related, rf), rf.isList())));
        InputObjectType connectOrCreate = object(related.name() + "CreateOrConnect" + without(rf) + "Input",
                () -> List.of(InputField.required("where", obj(inputs.whereUnique(related))),
                        new InputField("create", createTypes(related, rf), true, null)));
        out.add(InputField.optional("connectOrCreate", listUnion(List.of(obj(connectOrCreate)), rf.isList())));
        RelationField back = backRelation(rf);
        boolean manyToMany = fields.schema().relation(rf).isManyToMany();
        if (rf.isList() && back.isReferencing() && !manyToMany && caps.createMany()) {
            out.add(InputField.optional("createMany", obj(createManyEnvelope(related, rf))));
        }
        out.add(InputField.optional("connect", listUnion(List.of(obj(inputs.whereUnique(related))), rf.isList())));
        return out;
    }

    private InputObjectType createManyEnvelope(Model related, RelationField rf) {
        RelationField back = backRelation(rf);
        String base = related.name() + "CreateMany" + SchemaFields.capitalize(back.name()) + "Input";
        InputObjectType many = object(base, () -> {
            List<InputField> out = new ArrayList<>();
            for (ScalarField sf : fields.visibleScalars(related)) {
                if (!back.fields().contains(sf.name())) {
                    out.add(scalar(related, sf));
                }
            }
            return out;
        });
        return object(base + "Envelope", () -> {
            List<InputField> out = new ArrayList<>();
            out.add(new InputField("data", listUnion(List.of(obj(many)), true), true, null));
            if (caps.createSkipDuplicates()) {
                out.add(InputField.optional("skipDuplicates", InputType.BOOLEAN));
            }
            return out;
        });
    }

    private static List<InputType> listUnion(List<InputType> types, boolean list) {
        if (!list) {
            return types;
        }
        List<InputType> out = new ArrayList<>();
        for (InputType t : types) {
            out.add(t);
            out.add(new InputType.ListOf(t));
        }
        return out;
    }
}
