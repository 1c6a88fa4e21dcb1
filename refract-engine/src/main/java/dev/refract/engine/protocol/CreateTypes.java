package dev.refract.engine.protocol;

import static dev.refract.engine.protocol.InputObjectType.Kind;

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
 * The create input types: {@code PostCreateInput} and {@code PostUncheckedCreateInput} (also
 * nested, {@code ...CreateWithoutAuthorInput}), {@code PostCreateManyInput}, the nested create
 * envelopes ({@code PostCreateNestedManyWithoutAuthorInput}...) and their connectOrCreate and
 * createMany objects. Which fields each holds follows Prisma's schema builder: checked inputs
 * write relations through the relation API, unchecked ones write foreign keys directly.
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

    private synchronized InputObjectType object(String name, Kind kind, Model model, Supplier<List<InputField>> f) {
        return cache.computeIfAbsent(name, n -> new InputObjectType(n, kind, model, null, f));
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

    RelationField backRelation(RelationField parent) {
        return fields.schema().relation(parent).otherSide(parent);
    }

    /** {@code "Without" + the back relation's name}, or "" at the top level. */
    String without(RelationField parent) {
        return parent == null ? "" : "Without" + SchemaFields.capitalize(backRelation(parent).name());
    }

    /** The foreign key fields of the nested model that point back to the parent (empty when the parent holds the key). */
    List<String> linkingFields(RelationField parent) {
        if (parent == null) {
            return List.of();
        }
        RelationField back = backRelation(parent);
        return back.isReferencing() ? back.fields() : List.of();
    }

    private InputObjectType checked(Model m, RelationField parent) {
        RelationField skip = parent == null ? null : backRelation(parent);
        return object(m.name() + "Create" + without(parent) + "Input", Kind.WRITE_DATA, m, () -> {
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
        List<String> linking = linkingFields(parent);
        return object(m.name() + "UncheckedCreate" + without(parent) + "Input", Kind.WRITE_DATA, m, () -> {
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

    /**
     * createMany's record ({@code UserCreateManyInput}), or nested createMany's
     * ({@code PostCreateManyAuthorInput}, without the keys to the parent): scalars only.
     */
    InputObjectType createMany(Model m, RelationField parent) {
        String name = parent == null ? m.name() + "CreateManyInput"
                : m.name() + "CreateMany" + SchemaFields.capitalize(backRelation(parent).name()) + "Input";
        List<String> linking = linkingFields(parent);
        return object(name, Kind.WRITE_DATA, m, () -> {
            List<InputField> out = new ArrayList<>();
            for (ScalarField sf : fields.visibleScalars(m)) {
                if (!linking.contains(sf.name())) {
                    out.add(scalar(m, sf));
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
            types.add(obj(object(m.name() + "Create" + sf.name() + "Input", Kind.LIST_WRITE, m,
                    () -> List.of(InputField.required("set", list)))));
            types.add(list);
            return new InputField(sf.name(), types, required, null);
        }
        if (SchemaFields.isJson(sf) && caps.advancedJsonNullability()) {
            types.add(jsonNullEnum(sf));
            types.add(InputType.JSON);
            return new InputField(sf.name(), types, required, null);
        }
        types.add(inputs.valueType(sf));
        return new InputField(sf.name(), types, required, null).nullableIf(!sf.isRequired());
    }

    /** {@code JsonNullValueInput} (JsonNull) for required Json fields, {@code NullableJsonNullValueInput} (DbNull, JsonNull) else. */
    static InputType jsonNullEnum(ScalarField sf) {
        return sf.isRequired() ? new InputType.Enum("JsonNullValueInput", List.of("JsonNull"))
                : new InputType.Enum("NullableJsonNullValueInput", List.of("DbNull", "JsonNull"));
    }

    private InputField relation(Model m, RelationField rf, boolean unchecked) {
        Model related = fields.related(rf);
        RelationField back = backRelation(rf);
        String many = rf.isList() ? "Many" : "One";
        String name = related.name() + (unchecked ? "UncheckedCreateNested" : "CreateNested") + many + "Without"
                + SchemaFields.capitalize(back.name()) + "Input";
        InputObjectType nested = object(name, Kind.NESTED_WRITE, related, () -> nestedFields(related, rf));
        // A relation whose foreign keys all have defaults may be left out even when it is required.
        boolean keysDefaulted = rf.isReferencing() && rf.fields().stream()
                .allMatch(k -> m.scalarField(k).map(sf -> sf.defaultValue() != null).orElse(false));
        boolean required = rf.isRequired() && !unchecked && !keysDefaulted;
        return new InputField(rf.name(), List.of(obj(nested)), required, null);
    }

    private List<InputField> nestedFields(Model related, RelationField rf) {
        List<InputField> out = new ArrayList<>();
        if (SchemaFields.supportsCreate(related)) {
            out.add(InputField.optional("create", listUnion(createTypes(related, rf), rf.isList())));
            out.add(InputField.optional("connectOrCreate",
                    listUnion(List.of(obj(connectOrCreate(related, rf))), rf.isList())));
            if (offersCreateMany(rf)) {
                out.add(InputField.optional("createMany", obj(createManyEnvelope(related, rf))));
            }
        }
        out.add(InputField.optional("connect", listUnion(List.of(obj(inputs.whereUnique(related))), rf.isList())));
        return out;
    }

    /** {@code PostCreateOrConnectWithoutAuthorInput}: where-unique and create. */
    InputObjectType connectOrCreate(Model related, RelationField rf) {
        return object(related.name() + "CreateOrConnect" + without(rf) + "Input", Kind.OTHER, related,
                () -> List.of(InputField.required("where", obj(inputs.whereUnique(related))),
                        new InputField("create", createTypes(related, rf), true, null)));
    }

    /**
     * Nested createMany: on to-many relations whose related records hold the foreign key (not on
     * implicit many-to-many relations, whose join rows need the new records' ids).
     */
    boolean offersCreateMany(RelationField rf) {
        boolean manyToMany = fields.schema().relation(rf).isManyToMany();
        return rf.isList() && !rf.isReferencing() && !manyToMany && caps.createMany();
    }

    /** {@code PostCreateManyAuthorInputEnvelope}: data (one or a list) and, where the connector has it, skipDuplicates. */
    InputObjectType createManyEnvelope(Model related, RelationField rf) {
        InputObjectType many = createMany(related, rf);
        return object(many.name() + "Envelope", Kind.OTHER, related, () -> {
            List<InputField> out = new ArrayList<>();
            out.add(new InputField("data", listUnion(List.of(obj(many)), true), true, null));
            if (caps.createSkipDuplicates()) {
                out.add(InputField.optional("skipDuplicates", InputType.BOOLEAN));
            }
            return out;
        });
    }

    /** Each type, followed by a list of it when {@code list}. */
    static List<InputType> listUnion(List<InputType> types, boolean list) {
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
