package dev.refract.engine.protocol;

import dev.refract.engine.ir.Action;
import dev.refract.model.Field;
import dev.refract.model.Model;
import dev.refract.model.RelationField;
import dev.refract.model.ScalarField;
import dev.refract.model.SchemaModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Refract's model of Prisma's query schema for one {@link SchemaModel}: the
 * operations ({@code findManyUser}, {@code createOneUser}...), their arguments and output types, named as Prisma names
 * them. Types are built lazily and kept, so one instance serves many queries.
 */
final class QuerySchema {
    static final InputType.Enum RELATION_LOAD_STRATEGY =
            new InputType.Enum("RelationLoadStrategy", List.of("query", "join"));

    private final SchemaFields fields;
    private final Capabilities caps;
    private final boolean relationLoadStrategy;
    private final InputTypes inputs;
    private final OrderByTypes orderBy;
    private final WriteOperations writes;
    private final Map<String, OutputObjectType> outputs = new HashMap<>();

    QuerySchema(SchemaModel schema) {
        this.fields = new SchemaFields(schema);
        this.caps = Capabilities.of(schema);
        this.relationLoadStrategy = caps.relationLoadStrategy(schema);
        this.inputs = new InputTypes(fields, caps);
        this.orderBy = new OrderByTypes(fields, caps);
        CreateTypes creates = new CreateTypes(fields, caps, inputs);
        this.writes = new WriteOperations(this, caps, inputs, creates, new UpdateTypes(fields, caps, inputs, creates));
    }

    SchemaFields fields() {
        return fields;
    }

    InputTypes inputs() {
        return inputs;
    }

    Capabilities capabilities() {
        return caps;
    }

    synchronized OutputObjectType output(String name, Supplier<List<OutputField>> f) {
        return outputs.computeIfAbsent(name, n -> new OutputObjectType(n, f));
    }

    /** Whether {@code action} exists on {@code m} (creates need a creatable model, some writes a capability). */
    boolean offers(Model m, Action action) {
        return !action.isWrite() || writes.offers(m, action);
    }

    /** The root field of an operation on a model, e.g. {@code findManyUser}, {@code createOneUser}. */
    OutputField operation(Model m, Action action) {
        String name = action.protocolName() + m.name();
        switch (action) {
            case FIND_UNIQUE:
            case FIND_UNIQUE_OR_THROW: {
                List<InputField> args = new ArrayList<>();
                args.add(InputField.required("where", new InputType.Obj(inputs.whereUnique(m))));
                relationLoadStrategy(args);
                return new OutputField(name, m.name(), true, args, model(m), null);
            }
            case FIND_FIRST:
            case FIND_FIRST_OR_THROW:
            case FIND_MANY: {
                List<InputField> args = manyArguments(m, true);
                relationLoadStrategy(args);
                String type = action == Action.FIND_MANY ? m.name() + "[]" : m.name();
                return new OutputField(name, type, true, args, model(m), null);
            }
            case AGGREGATE:
                return new OutputField(name, "Aggregate" + m.name(), false, manyArguments(m, false), aggregate(m), null);
            case GROUP_BY: {
                InputType.Enum fieldEnum = scalarFieldEnum(m);
                List<InputField> args = List.of(
                        InputField.optional("where", new InputType.Obj(inputs.where(m))),
                        InputField.optional("orderBy", new InputType.ListOf(new InputType.Obj(orderBy.withAggregation(m))),
                                new InputType.Obj(orderBy.withAggregation(m))),
                        InputField.required("by", new InputType.ListOf(fieldEnum), fieldEnum),
                        InputField.optional("having", new InputType.Obj(inputs.scalarWhereWithAggregates(m))),
                        InputField.optional("take", InputType.INT),
                        InputField.optional("skip", InputType.INT));
                return new OutputField(name, m.name() + "GroupByOutputType[]", false, args, groupBy(m), null);
            }
            default: {
                List<InputField> rls = new ArrayList<>();
                relationLoadStrategy(rls);
                return writes.operation(m, action, rls);
            }
        }
    }

    private void relationLoadStrategy(List<InputField> args) {
        if (relationLoadStrategy) {
            args.add(InputField.optional("relationLoadStrategy", RELATION_LOAD_STRATEGY));
        }
    }

    /** where, orderBy, cursor, take, skip and (for lists of records) distinct. */
    private List<InputField> manyArguments(Model m, boolean distinct) {
        List<InputField> args = new ArrayList<>();
        InputType order = new InputType.Obj(orderBy.withRelation(m));
        args.add(InputField.optional("where", new InputType.Obj(inputs.where(m))));
        args.add(InputField.optional("orderBy", new InputType.ListOf(order), order));
        args.add(InputField.optional("cursor", new InputType.Obj(inputs.whereUnique(m))));
        args.add(InputField.optional("take", InputType.INT));
        args.add(InputField.optional("skip", InputType.INT));
        if (distinct) {
            InputType.Enum e = scalarFieldEnum(m);
            args.add(InputField.optional("distinct", e, new InputType.ListOf(e)));
        }
        return args;
    }

    InputType.Enum scalarFieldEnum(Model m) {
        return new InputType.Enum(m.name() + "ScalarFieldEnum",
                fields.visibleScalars(m).stream().map(ScalarField::name).toList());
    }

    /** The output type of a model's records: scalars and relations in model order, then {@code _count}. */
    OutputObjectType model(Model m) {
        return output(m.name(), () -> {
            List<OutputField> out = new ArrayList<>();
            for (Field f : fields.visible(m)) {
                if (f instanceof ScalarField sf) {
                    out.add(new OutputField(sf.name(), SchemaFields.typeName(sf), false, List.of(), null, sf));
                } else {
                    RelationField rf = (RelationField) f;
                    Model related = fields.related(rf);
                    List<InputField> args = rf.isList() ? manyArguments(related, true)
                            : rf.isRequired() ? List.of()
                            : List.of(InputField.optional("where", new InputType.Obj(inputs.where(related))));
                    out.add(new OutputField(rf.name(), related.name() + (rf.isList() ? "[]" : ""), true, args,
                            model(related), rf));
                }
            }
            if (!fields.toManyRelations(m).isEmpty()) {
                out.add(new OutputField("_count", m.name() + "CountOutputType", false, List.of(), countOutput(m), null));
            }
            return out;
        });
    }

    private OutputObjectType countOutput(Model m) {
        return output(m.name() + "CountOutputType", () -> {
            List<OutputField> out = new ArrayList<>();
            for (RelationField rf : fields.toManyRelations(m)) {
                InputType where = new InputType.Obj(inputs.where(fields.related(rf)));
                out.add(new OutputField(rf.name(), "Int", false, List.of(InputField.optional("where", where)), null, rf));
            }
            return out;
        });
    }

    OutputObjectType aggregate(Model m) {
        return output("Aggregate" + m.name(), () -> aggregateFields(m));
    }

    OutputObjectType groupBy(Model m) {
        return output(m.name() + "GroupByOutputType", () -> {
            List<OutputField> out = new ArrayList<>();
            for (ScalarField sf : fields.visibleScalars(m)) {
                out.add(new OutputField(sf.name(), SchemaFields.typeName(sf), false, List.of(), null, sf));
            }
            out.addAll(aggregateFields(m));
            return out;
        });
    }

    private List<OutputField> aggregateFields(Model m) {
        List<ScalarField> scalars = fields.visibleScalars(m);
        List<OutputField> out = new ArrayList<>();
        out.add(aggregateField(m, "_count", "Count", scalars, sf -> true, true));
        if (scalars.stream().anyMatch(SchemaFields::isNumeric)) {
            out.add(aggregateField(m, "_avg", "Avg", scalars, SchemaFields::isNumeric, false));
            out.add(aggregateField(m, "_sum", "Sum", scalars, SchemaFields::isNumeric, false));
        }
        if (scalars.stream().anyMatch(SchemaFields::isMinMaxable)) {
            out.add(aggregateField(m, "_min", "Min", scalars, SchemaFields::isMinMaxable, false));
            out.add(aggregateField(m, "_max", "Max", scalars, SchemaFields::isMinMaxable, false));
        }
        return out;
    }

    private OutputField aggregateField(Model m, String key, String fn, List<ScalarField> scalars,
                                       Predicate<ScalarField> which, boolean all) {
        String typeName = m.name() + fn + "AggregateOutputType";
        OutputObjectType type = output(typeName, () -> {
            List<OutputField> out = new ArrayList<>();
            for (ScalarField sf : scalars) {
                if (which.test(sf)) {
                    out.add(new OutputField(sf.name(), aggregateTypeName(fn, sf), false, List.of(), null, sf));
                }
            }
            if (all) {
                out.add(new OutputField("_all", "Int", false, List.of(), null, null));
            }
            return out;
        });
        return new OutputField(key, typeName, false, List.of(), type, null);
    }

    private static String aggregateTypeName(String fn, ScalarField sf) {
        switch (fn) {
            case "Count":
                return "Int";
            case "Avg":
                return SchemaFields.builtin(sf) == dev.refract.model.BuiltinType.DECIMAL ? "Decimal" : "Float";
            default:
                return sf.type().name();
        }
    }
}
