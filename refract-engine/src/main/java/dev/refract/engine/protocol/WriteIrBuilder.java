package dev.refract.engine.protocol;

import static dev.refract.engine.protocol.InputObjectType.Kind;

import dev.refract.engine.ir.Action;
import dev.refract.engine.ir.CreateManyQuery;
import dev.refract.engine.ir.CreateQuery;
import dev.refract.engine.ir.DeleteManyQuery;
import dev.refract.engine.ir.DeleteQuery;
import dev.refract.engine.ir.FieldWrite;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.NestedWrite;
import dev.refract.engine.ir.Selection;
import dev.refract.engine.ir.UpdateManyQuery;
import dev.refract.engine.ir.UpdateQuery;
import dev.refract.engine.ir.UpsertQuery;
import dev.refract.engine.ir.Values;
import dev.refract.engine.ir.WriteData;
import dev.refract.engine.ir.WriteQuery;
import dev.refract.model.Field;
import dev.refract.model.Model;
import dev.refract.model.RelationField;
import dev.refract.model.ScalarField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds the write IR from a validated write operation: the top-level arguments, the record data
 * ({@link WriteData}, scalars as {@link FieldWrite}s in input order), and the nested writes of
 * relation fields as {@link NestedWrite} says (to-one {@code true} selects with {@link Filter#TRUE},
 * {@code false} writes nothing). Json's {@code DbNull} is SQL NULL, {@code JsonNull} the JSON null.
 */
final class WriteIrBuilder {
    private final QuerySchema qs;
    private final FilterReader filters;
    private final Values2Ir values;

    WriteIrBuilder(QuerySchema qs, FilterReader filters, Values2Ir values) {
        this.qs = qs;
        this.filters = filters;
        this.values = values;
    }

    /** {@code selection} is the record selection for the record-returning writes, null for the counts. */
    WriteQuery build(Model model, Action action, Map<String, Object> args, Selection selection) {
        switch (action) {
            case CREATE_ONE:
                return new CreateQuery(model, args.containsKey("data") ? data(args.get("data")) : WriteData.EMPTY,
                        selection);
            case CREATE_MANY:
            case CREATE_MANY_AND_RETURN:
                return new CreateManyQuery(model, list(args.get("data"), this::data),
                        Boolean.TRUE.equals(args.get("skipDuplicates")), selection);
            case UPDATE_ONE:
                return new UpdateQuery(model, where(model, args), data(args.get("data")), selection);
            case UPDATE_MANY:
            case UPDATE_MANY_AND_RETURN:
                return new UpdateManyQuery(model, where(model, args), data(args.get("data")), (Long) args.get("limit"),
                        selection);
            case UPSERT_ONE:
                return new UpsertQuery(model, where(model, args), data(args.get("create")), data(args.get("update")),
                        selection);
            case DELETE_ONE:
                return new DeleteQuery(model, where(model, args), selection);
            case DELETE_MANY:
                return new DeleteManyQuery(model, where(model, args), (Long) args.get("limit"));
            default:
                throw new IllegalArgumentException(action + " is not a write");
        }
    }

    private Filter where(Model model, Map<String, Object> args) {
        return args.get("where") == null ? Filter.TRUE : filters.where(model, args.get("where"));
    }

    /** One or a list of values, each read by {@code read}. */
    private static <T> List<T> list(Object parsed, Function<Object, T> read) {
        List<T> out = new ArrayList<>();
        if (parsed instanceof List<?> l) {
            for (Object o : l) {
                out.add(read.apply(o));
            }
        } else {
            out.add(read.apply(parsed));
        }
        return out;
    }

    /** A create or update data object. */
    WriteData data(Object parsed) {
        DocumentParser.ParsedMap pm = (DocumentParser.ParsedMap) parsed;
        Model model = pm.type().model();
        List<FieldWrite> scalars = new ArrayList<>();
        List<NestedWrite> nested = new ArrayList<>();
        for (Map.Entry<String, Object> e : pm.values().entrySet()) {
            Field f = model.field(e.getKey()).orElseThrow();
            if (f instanceof ScalarField sf) {
                scalars.add(scalar(sf, e.getValue()));
            } else {
                nested((RelationField) f, (DocumentParser.ParsedMap) e.getValue(), nested);
            }
        }
        return new WriteData(scalars, nested);
    }

    private FieldWrite scalar(ScalarField sf, Object v) {
        if (v instanceof DocumentParser.ParsedMap pm) {
            Map.Entry<String, Object> op = pm.values().entrySet().iterator().next(); // exactly one, validated
            if (pm.type().kind() == Kind.LIST_WRITE) {
                Object list = op.getValue() instanceof List ? op.getValue() : List.of(op.getValue());
                return new FieldWrite(sf, op.getKey().equals("push") ? FieldWrite.Op.PUSH : FieldWrite.Op.SET,
                        values.value(sf, list));
            }
            FieldWrite.Op kind = switch (op.getKey()) {
                case "increment" -> FieldWrite.Op.INCREMENT;
                case "decrement" -> FieldWrite.Op.DECREMENT;
                case "multiply" -> FieldWrite.Op.MULTIPLY;
                case "divide" -> FieldWrite.Op.DIVIDE;
                default -> FieldWrite.Op.SET;
            };
            return new FieldWrite(sf, kind, value(sf, op.getValue()));
        }
        return FieldWrite.set(sf, value(sf, v));
    }

    private Object value(ScalarField sf, Object v) {
        if (SchemaFields.isJson(sf) && v instanceof String s && !sf.isList()) {
            // A String here is the JsonNullValueInput enum: real Json values arrive as Values.Json.
            return s.equals("JsonNull") ? new Values.Json("null") : null;
        }
        return values.value(sf, v);
    }

    private void nested(RelationField rf, DocumentParser.ParsedMap envelope, List<NestedWrite> out) {
        Model related = qs.fields().related(rf);
        Function<Object, Filter> where = o -> filters.where(related, o);
        for (Map.Entry<String, Object> e : envelope.values().entrySet()) {
            Object v = e.getValue();
            switch (e.getKey()) {
                case "create":
                    out.add(new NestedWrite.Create(rf, list(v, this::data)));
                    break;
                case "createMany": {
                    Map<String, Object> m = ((DocumentParser.ParsedMap) v).values();
                    out.add(new NestedWrite.CreateMany(rf, list(m.get("data"), this::data),
                            Boolean.TRUE.equals(m.get("skipDuplicates"))));
                    break;
                }
                case "connect":
                    out.add(new NestedWrite.Connect(rf, list(v, where)));
                    break;
                case "connectOrCreate":
                    out.add(new NestedWrite.ConnectOrCreate(rf, list(v, o -> {
                        Map<String, Object> m = ((DocumentParser.ParsedMap) o).values();
                        return new NestedWrite.WhereCreate(where.apply(m.get("where")), data(m.get("create")));
                    })));
                    break;
                case "set":
                    out.add(new NestedWrite.Set(rf, list(v, where)));
                    break;
                case "disconnect":
                    if (!Boolean.FALSE.equals(v)) {
                        out.add(new NestedWrite.Disconnect(rf, list(v, o -> toOneOrFilter(related, o))));
                    }
                    break;
                case "delete":
                    if (!Boolean.FALSE.equals(v)) {
                        out.add(new NestedWrite.Delete(rf, list(v, o -> toOneOrFilter(related, o))));
                    }
                    break;
                case "update":
                    out.add(new NestedWrite.Update(rf, list(v, o -> whereData(related, o))));
                    break;
                case "updateMany":
                    out.add(new NestedWrite.UpdateMany(rf, list(v, o -> whereData(related, o))));
                    break;
                case "upsert":
                    out.add(new NestedWrite.Upsert(rf, list(v, o -> {
                        Map<String, Object> m = ((DocumentParser.ParsedMap) o).values();
                        Filter w = m.get("where") == null ? Filter.TRUE : where.apply(m.get("where"));
                        return new NestedWrite.WhereUpsert(w, data(m.get("create")), data(m.get("update")));
                    })));
                    break;
                case "deleteMany":
                    out.add(new NestedWrite.DeleteMany(rf, list(v, where)));
                    break;
                default:
                    throw new IllegalStateException("unexpected nested write " + e.getKey());
            }
        }
    }

    /** To-one {@code true} is every related record (there is at most one); otherwise a filter. */
    private Filter toOneOrFilter(Model related, Object v) {
        return Boolean.TRUE.equals(v) ? Filter.TRUE : filters.where(related, v);
    }

    /** {@code {where, data}}, or (to-one update) the data alone, which applies to the related record. */
    private NestedWrite.WhereData whereData(Model related, Object v) {
        DocumentParser.ParsedMap pm = (DocumentParser.ParsedMap) v;
        if (pm.type().kind() == Kind.WRITE_DATA) {
            return new NestedWrite.WhereData(Filter.TRUE, data(pm));
        }
        Object w = pm.values().get("where");
        return new NestedWrite.WhereData(w == null ? Filter.TRUE : filters.where(related, w), data(pm.values().get("data")));
    }
}
