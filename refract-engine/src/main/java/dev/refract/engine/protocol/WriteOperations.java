package dev.refract.engine.protocol;

import dev.refract.engine.ir.Action;
import dev.refract.model.Field;
import dev.refract.model.Model;
import dev.refract.model.RelationField;
import dev.refract.model.ScalarField;
import java.util.ArrayList;
import java.util.List;

/**
 * The root fields of the write and raw operations ({@code createOneUser}, {@code updateManyUserAndReturn},
 * {@code executeRaw}...): their arguments in Prisma's order, which decides which error comes first,
 * and their output types ({@code User}, {@code AffectedRowsOutput},
 * {@code CreateManyUserAndReturnOutputType}).
 */
final class WriteOperations {
    private final QuerySchema qs;
    private final Capabilities caps;
    private final InputTypes inputs;
    private final CreateTypes creates;
    private final UpdateTypes updates;

    WriteOperations(QuerySchema qs, Capabilities caps, InputTypes inputs, CreateTypes creates, UpdateTypes updates) {
        this.qs = qs;
        this.caps = caps;
        this.inputs = inputs;
        this.creates = creates;
        this.updates = updates;
    }

    /**
     * Whether {@code action} exists on {@code m}: creates (and upserts) need a model that can be
     * created, createMany and the AndReturn variants need connector capabilities.
     */
    boolean offers(Model m, Action action) {
        switch (action) {
            case CREATE_ONE:
            case UPSERT_ONE:
                return SchemaFields.supportsCreate(m);
            case CREATE_MANY:
                return caps.createMany() && SchemaFields.supportsCreate(m);
            case CREATE_MANY_AND_RETURN:
                return caps.createMany() && caps.returning() && SchemaFields.supportsCreate(m);
            case UPDATE_MANY_AND_RETURN:
                return caps.returning();
            default:
                return true;
        }
    }

    /** The root field of a write on {@code m}. */
    OutputField operation(Model m, Action action, List<InputField> relationLoadStrategy) {
        String name = action.operationName(m.name());
        InputType whereUnique = new InputType.Obj(inputs.whereUnique(m));
        InputType where = new InputType.Obj(inputs.where(m));
        List<InputField> args = new ArrayList<>();
        switch (action) {
            case CREATE_ONE:
                args.add(new InputField("data", creates.createTypes(m, null), creates.dataRequired(m), null));
                args.addAll(relationLoadStrategy);
                return record(name, m, args);
            case CREATE_MANY:
            case CREATE_MANY_AND_RETURN:
                args.add(new InputField("data", CreateTypes.listUnion(
                        List.of(new InputType.Obj(creates.createMany(m, null))), true), true, null));
                if (caps.createSkipDuplicates()) {
                    args.add(InputField.optional("skipDuplicates", InputType.BOOLEAN));
                }
                return action == Action.CREATE_MANY ? count(name, args)
                        : andReturn(name, "CreateMany" + m.name() + "AndReturnOutputType", m,
                        args);
            case UPDATE_ONE:
                args.add(new InputField("data", updates.updateTypes(m, null), true, null));
                args.add(InputField.required("where", whereUnique));
                args.addAll(relationLoadStrategy);
                return record(name, m, args);
            case UPDATE_MANY:
            case UPDATE_MANY_AND_RETURN:
                args.add(new InputField("data", updates.updateManyTypes(m, null), true, null));
                args.add(InputField.optional("where", where));
                args.add(InputField.optional("limit", InputType.INT));
                return action == Action.UPDATE_MANY ? count(name, args)
                        : andReturn(name, "UpdateMany" + m.name() + "AndReturnOutputType", m,
                        args);
            case UPSERT_ONE:
                args.add(InputField.required("where", whereUnique));
                args.add(new InputField("create", creates.createTypes(m, null), true, null));
                args.add(new InputField("update", updates.updateTypes(m, null), true, null));
                args.addAll(relationLoadStrategy);
                return record(name, m, args);
            case DELETE_ONE:
                args.add(InputField.required("where", whereUnique));
                args.addAll(relationLoadStrategy);
                return record(name, m, args);
            case DELETE_MANY:
                args.add(InputField.optional("where", where));
                args.add(InputField.optional("limit", InputType.INT));
                return count(name, args);
            default:
                throw new IllegalArgumentException(action + " is not a write");
        }
    }

    /**
     * executeRaw or queryRaw: the SQL text and its parameters, which the JSON protocol sends as
     * the JSON text of an array (a Json value); the result is Json, so nothing is selected.
     */
    static OutputField raw(Action action) {
        List<InputField> args = List.of(InputField.required("query", InputType.STRING),
                InputField.optional("parameters", InputType.JSON));
        return new OutputField(action.operationName(null), "Json", false, args, null, null);
    }

    private OutputField record(String name, Model m, List<InputField> args) {
        return new OutputField(name, m.name(), true, args, qs.model(m), null);
    }

    private OutputField count(String name, List<InputField> args) {
        OutputObjectType affected = qs.output("AffectedRowsOutput",
                () -> List.of(new OutputField("count", "Int", false, List.of(), null, null)));
        return new OutputField(name, "AffectedRowsOutput", false, args, affected, null);
    }

    /** The AndReturn records: scalars, then the to-one relations whose keys this model holds (set by the write). */
    private OutputField andReturn(String name, String typeName, Model m, List<InputField> args) {
        OutputObjectType type = qs.output(typeName, () -> {
            List<OutputField> out = new ArrayList<>();
            OutputObjectType model = qs.model(m);
            for (ScalarField sf : qs.fields().visibleScalars(m)) {
                out.add(model.field(sf.name()));
            }
            for (Field f : qs.fields().visible(m)) {
                if (f instanceof RelationField rf && rf.isReferencing()) {
                    out.add(model.field(rf.name()));
                }
            }
            return out;
        });
        return new OutputField(name, typeName + "[]", true, args, type, null);
    }
}
