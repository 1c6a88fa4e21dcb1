package dev.refract.engine.protocol;

import static dev.refract.engine.protocol.InputObjectType.Kind;

import dev.refract.model.Model;
import dev.refract.model.RelationField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The nested write envelope of a relation field in an update ({@code PostUpdateManyWithoutAuthorNestedInput},
 * {@code UserUpdateOneRequiredWithoutPostsNestedInput}, {@code BioUpdateOneWithoutUserNestedInput}...)
 * and the objects it holds. Which operations a side offers follows Prisma: set, updateMany and
 * deleteMany only on to-many sides; disconnect and delete on to-many and optional to-one sides,
 * where to-one takes {@code true} or a filter; update and upsert on to-one sides take an optional
 * where.
 */
final class NestedUpdateTypes {
    private final SchemaFields fields;
    private final InputTypes inputs;
    private final CreateTypes creates;
    private final UpdateTypes updates;
    private final Map<String, InputObjectType> cache = new HashMap<>();

    NestedUpdateTypes(SchemaFields fields, InputTypes inputs, CreateTypes creates, UpdateTypes updates) {
        this.fields = fields;
        this.inputs = inputs;
        this.creates = creates;
        this.updates = updates;
    }

    private synchronized InputObjectType object(String name, Kind kind, Model model, Supplier<List<InputField>> f) {
        return cache.computeIfAbsent(name, n -> new InputObjectType(n, kind, model, null, f));
    }

    private static InputType obj(InputObjectType t) {
        return new InputType.Obj(t);
    }

    private static List<InputType> listUnion(InputObjectType t, boolean list) {
        return CreateTypes.listUnion(List.of(obj(t)), list);
    }

    /** The envelope of relation field {@code rf} of model {@code m} in a checked or unchecked update. */
    InputObjectType envelope(Model m, RelationField rf, boolean unchecked) {
        Model related = fields.related(rf);
        String arity = rf.isList() ? "Many" : rf.isRequired() ? "OneRequired" : "One";
        String name = related.name() + (unchecked ? "Unchecked" : "") + "Update" + arity + creates.without(rf)
                + "NestedInput";
        return object(name, Kind.NESTED_WRITE, related, () -> envelopeFields(related, rf));
    }

    private List<InputField> envelopeFields(Model related, RelationField rf) {
        boolean many = rf.isList();
        boolean optionalOne = !many && !rf.isRequired();
        InputObjectType unique = inputs.whereUnique(related);
        List<InputField> out = new ArrayList<>();
        if (SchemaFields.supportsCreate(related)) {
            out.add(InputField.optional("create", CreateTypes.listUnion(creates.createTypes(related, rf), many)));
            out.add(InputField.optional("connectOrCreate", listUnion(creates.connectOrCreate(related, rf), many)));
            out.add(InputField.optional("upsert",
                    listUnion(many ? upsertMany(related, rf) : upsertOne(related, rf), many)));
            if (creates.offersCreateMany(rf)) {
                out.add(InputField.optional("createMany", obj(creates.createManyEnvelope(related, rf))));
            }
        }
        if (many) {
            out.add(InputField.optional("set", listUnion(unique, true)));
        }
        for (String op : List.of("disconnect", "delete")) {
            if (many) {
                out.add(InputField.optional(op, listUnion(unique, true)));
            } else if (optionalOne) {
                // Every SQL connector filters a to-one disconnect (FilteredInlineChildNestedToOneDisconnect).
                out.add(InputField.optional(op, InputType.BOOLEAN, obj(inputs.where(related))));
            }
        }
        out.add(InputField.optional("connect", listUnion(unique, many)));
        List<InputType> data = updates.updateTypes(related, rf);
        if (many) {
            out.add(InputField.optional("update", listUnion(whereData(related, rf, data), true)));
            InputObjectType updateMany = object(related.name() + "UpdateManyWithWhere" + creates.without(rf) + "Input",
                    Kind.OTHER, related, () -> List.of(
                            InputField.required("where", obj(inputs.scalarWhere(related))),
                            new InputField("data", updates.updateManyTypes(related, rf), true, null)));
            out.add(InputField.optional("updateMany", listUnion(updateMany, true)));
            out.add(InputField.optional("deleteMany", listUnion(inputs.scalarWhere(related), true)));
        } else {
            InputObjectType toOne = object(related.name() + "UpdateToOneWithWhere" + creates.without(rf) + "Input",
                    Kind.OTHER, related, () -> List.of(
                            InputField.optional("where", obj(inputs.where(related))),
                            new InputField("data", data, true, null)));
            List<InputType> types = new ArrayList<>();
            types.add(obj(toOne));
            types.addAll(data);
            out.add(InputField.optional("update", types));
        }
        return out;
    }

    /** {@code PostUpdateWithWhereUniqueWithoutAuthorInput}: where-unique and data. */
    private InputObjectType whereData(Model related, RelationField rf, List<InputType> data) {
        return object(related.name() + "UpdateWithWhereUnique" + creates.without(rf) + "Input", Kind.OTHER, related,
                () -> List.of(InputField.required("where", obj(inputs.whereUnique(related))),
                        new InputField("data", data, true, null)));
    }

    /** {@code PostUpsertWithWhereUniqueWithoutAuthorInput}: where-unique, update and create. */
    private InputObjectType upsertMany(Model related, RelationField rf) {
        return object(related.name() + "UpsertWithWhereUnique" + creates.without(rf) + "Input", Kind.OTHER, related,
                () -> List.of(InputField.required("where", obj(inputs.whereUnique(related))),
                        new InputField("update", updates.updateTypes(related, rf), true, null),
                        new InputField("create", creates.createTypes(related, rf), true, null)));
    }

    /** {@code UserUpsertWithoutPostsInput}: update, create and an optional where. */
    private InputObjectType upsertOne(Model related, RelationField rf) {
        return object(related.name() + "Upsert" + creates.without(rf) + "Input", Kind.OTHER, related,
                () -> List.of(new InputField("update", updates.updateTypes(related, rf), true, null),
                        new InputField("create", creates.createTypes(related, rf), true, null),
                        InputField.optional("where", obj(inputs.where(related)))));
    }
}
