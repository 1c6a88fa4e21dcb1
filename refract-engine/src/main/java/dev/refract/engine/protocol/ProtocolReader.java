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
 * <p>Every action: the reads findUnique, findUniqueOrThrow, findFirst, findFirstOrThrow, findMany,
 * aggregate (and count, which the client sends as aggregate) and groupBy into their queries; the
 * writes createOne, createMany, createManyAndReturn, updateOne, updateMany, updateManyAndReturn,
 * upsertOne, deleteOne and deleteMany into {@link dev.refract.engine.ir.WriteQuery}s, with nested
 * writes on relations into {@link dev.refract.engine.ir.NestedWrite}s; executeRaw and queryRaw (no
 * {@code modelName}) into a {@link dev.refract.engine.ir.RawQuery}, its {@code parameters} (the
 * JSON text of an array, typed values as {@code {"prisma__type", "prisma__value"}}) decoded into IR
 * values. Write inputs carry Prisma's query-schema type names ({@code UserCreateInput},
 * {@code UserUncheckedUpdateManyInput}, {@code PostUpdateManyWithoutAuthorNestedInput},
 * {@code IntFieldUpdateOperationsInput}...), so validation errors read as Prisma's. Actions the
 * connector lacks (createMany where unsupported, the AndReturn variants on MySQL) do not match any
 * query, as in Prisma; skipDuplicates exists only where the connector has it (not on SQLite).
 * {@code relationLoadStrategy} on writes is validated and otherwise ignored.
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
        boolean raw = action == Action.EXECUTE_RAW || action == Action.QUERY_RAW;
        Model model = modelName instanceof String name ? schema.model(name).orElse(null) : null;
        boolean matches = raw ? modelName == null : action != null && model != null && !model.ignored()
                && qs.offers(model, action);
        if (!matches) {
            throw new ProtocolException("Operation '" + actionName + "' for model '"
                    + (modelName == null ? "None" : modelName) + "' does not match any query.");
        }
        OutputField operation = raw ? WriteOperations.raw(action) : qs.operation(model, action);
        Selections.Sel selection = Selections.convert(operation.name(), operation, document.get("query"));
        DocumentParser.ParsedField parsed;
        try {
            parsed = new DocumentParser().parseField(List.of(), selection, operation);
        } catch (ValidationError e) {
            throw e.toException();
        }
        return new IrBuilder(qs, List.of(operation.name())).build(model, action, parsed);
    }
}
