package dev.refract.engine.protocol;

import dev.refract.engine.error.QueryValidationException;
import dev.refract.engine.ir.Action;
import dev.refract.engine.ir.Query;
import dev.refract.engine.json.Json;
import dev.refract.engine.json.JsonException;
import dev.refract.model.Model;
import dev.refract.model.SchemaModel;
import java.lang.ref.SoftReference;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Reads one request of Prisma's JSON protocol ({@code {"modelName", "action", "query": {"arguments",
 * "selection"}}}) into the query IR, validating it as Prisma's query engine does.
 *
 * <p>Reads only: findUnique, findUniqueOrThrow, findFirst, findFirstOrThrow, findMany, aggregate
 * (and count, which the client sends as aggregate) and groupBy. Write and raw actions raise a
 * {@link ProtocolException} saying they are not supported yet; createOne is validated first, so
 * that an invalid create fails with Prisma's validation error.
 *
 * <p>Errors: a query that does not fit the schema raises {@link QueryValidationException} with
 * Prisma's code (P2009, or P2012 for a missing required value), message and meta; a document that
 * is not a protocol request at all raises {@link ProtocolException}.
 *
 * <p>Thread-safe. The query schema of a {@link SchemaModel} (its input and output types, built
 * lazily) is kept for the next call: by {@link #forSchema} for as long as the reader lives, by the
 * static methods in a cache that lets go of it when the schema model is dropped or memory runs low.
 */
public final class ProtocolReader {
    // Soft values: a QuerySchema refers to its SchemaModel, so a strong value would keep the weak key alive.
    private static final Map<SchemaModel, SoftReference<QuerySchema>> SCHEMAS =
            Collections.synchronizedMap(new WeakHashMap<>());

    private final SchemaModel schema;
    private final QuerySchema querySchema;

    private ProtocolReader(SchemaModel schema, QuerySchema querySchema) {
        this.schema = schema;
        this.querySchema = querySchema;
    }

    /** A reader for one schema, which keeps that schema's query types for all its reads. */
    public static ProtocolReader forSchema(SchemaModel schema) {
        return new ProtocolReader(schema, querySchema(schema));
    }

    /** Reads one request; see {@link #read(SchemaModel, Map)}. */
    public Query read(String jsonText) {
        return read(schema, querySchema, parse(jsonText));
    }

    /** Reads one parsed request; see {@link #read(SchemaModel, Map)}. */
    public Query read(Map<String, Object> document) {
        return read(schema, querySchema, document);
    }

    private static QuerySchema querySchema(SchemaModel schema) {
        synchronized (SCHEMAS) {
            SoftReference<QuerySchema> ref = SCHEMAS.get(schema);
            QuerySchema qs = ref == null ? null : ref.get();
            if (qs == null) {
                qs = new QuerySchema(schema);
                SCHEMAS.put(schema, new SoftReference<>(qs));
            }
            return qs;
        }
    }

    private static Map<String, Object> parse(String jsonText) {
        try {
            return Json.parseObject(jsonText);
        } catch (JsonException e) {
            throw new ProtocolException("Invalid JSON protocol request: " + e.getMessage());
        }
    }

    /** Parses {@code jsonText} and reads it; see {@link #read(SchemaModel, Map)}. */
    public static Query read(SchemaModel schema, String jsonText) {
        return read(schema, querySchema(schema), parse(jsonText));
    }

    /** Reads a parsed request (as {@link Json#parse} returns it) into the IR. */
    public static Query read(SchemaModel schema, Map<String, Object> document) {
        return read(schema, querySchema(schema), document);
    }

    private static Query read(SchemaModel schema, QuerySchema qs, Map<String, Object> document) {
        Object modelName = document.get("modelName");
        Object actionName = document.get("action");
        if (!(actionName instanceof String)) {
            throw new ProtocolException("Invalid JSON protocol request: `action` must be a string");
        }
        Action action = Action.fromProtocolName((String) actionName);
        Model model = modelName instanceof String name ? schema.model(name).orElse(null) : null;
        if (action == null || model == null || model.ignored()) {
            throw new ProtocolException("Operation '" + actionName + "' for model '"
                    + (modelName == null ? "None" : modelName) + "' does not match any query.");
        }
        if (!isRead(action) && action != Action.CREATE_ONE) {
            throw notSupported(action);
        }
        OutputField operation = qs.operation(model, action);
        Selections.Sel selection = Selections.convert(operation.name(), operation, document.get("query"));
        DocumentParser.ParsedField parsed;
        try {
            parsed = new DocumentParser().parseField(List.of(), selection, operation);
        } catch (ValidationError e) {
            throw e.toException();
        }
        if (!isRead(action)) {
            throw notSupported(action); // createOne: validated with Prisma's errors, but not run yet
        }
        return new IrBuilder(qs, List.of(operation.name())).build(model, action, parsed);
    }

    private static ProtocolException notSupported(Action action) {
        return new ProtocolException("The action '" + action.protocolName() + "' is not supported yet: "
                + "Refract reads only (findUnique, findFirst, findMany, aggregate, groupBy) for now");
    }

    private static boolean isRead(Action action) {
        switch (action) {
            case FIND_UNIQUE:
            case FIND_UNIQUE_OR_THROW:
            case FIND_FIRST:
            case FIND_FIRST_OR_THROW:
            case FIND_MANY:
            case AGGREGATE:
            case GROUP_BY:
                return true;
            default:
                return false;
        }
    }
}
