package dev.refract.cli;

import dev.refract.engine.IsolationLevel;
import dev.refract.engine.QueryEngine;
import dev.refract.engine.TransactionOptions;
import dev.refract.engine.ir.Query;
import dev.refract.engine.json.Json;
import dev.refract.engine.json.JsonException;
import dev.refract.engine.protocol.ProtocolException;
import dev.refract.engine.protocol.ProtocolReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Several JSON-protocol documents given to {@code refract query} at once: a JSON array of
 * documents, or Prisma's batch request {@code {"batch": [...], "transaction": {"isolationLevel":
 * "Serializable"}}}. With a transaction (the {@code --transaction} flag, or the request's
 * {@code transaction} key) all of them run in one transaction and either all apply or none does;
 * without, each runs on its own, in order, and the first failure stops the rest.
 */
final class Batch {
    private final List<Map<String, Object>> documents;
    private final boolean transaction;
    private final IsolationLevel isolationLevel;

    private Batch(List<Map<String, Object>> documents, boolean transaction, IsolationLevel isolationLevel) {
        this.documents = documents;
        this.transaction = transaction;
        this.isolationLevel = isolationLevel;
    }

    /**
     * The batch {@code text} holds, or null when it is a single document. With {@code --transaction}
     * a single document is a batch of one, so that the flag always means one transaction.
     */
    static Batch parse(String text, boolean transactionFlag) {
        Object parsed;
        try {
            parsed = Json.parse(text);
        } catch (JsonException e) {
            throw new ProtocolException("Invalid JSON protocol request: " + e.getMessage());
        }
        if (parsed instanceof List<?> list) {
            return new Batch(documents(list), transactionFlag, null);
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new ProtocolException("Invalid JSON protocol request: expected a document, an array of documents "
                    + "or {\"batch\": [...]}");
        }
        if (!map.containsKey("batch")) {
            return transactionFlag ? new Batch(documents(List.of(map)), true, null) : null;
        }
        if (!(map.get("batch") instanceof List<?> list)) {
            throw new ProtocolException("Invalid JSON protocol request: `batch` must be an array of documents");
        }
        IsolationLevel level = null;
        boolean tx = transactionFlag;
        if (map.get("transaction") instanceof Map<?, ?> options) {
            tx = true;
            Object name = options.get("isolationLevel");
            if (name != null) {
                try {
                    level = IsolationLevel.ofPrismaName(String.valueOf(name));
                } catch (IllegalArgumentException e) {
                    throw new ProtocolException("Invalid JSON protocol request: " + e.getMessage());
                }
            }
        }
        return new Batch(documents(list), tx, level);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> documents(List<?> list) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof Map<?, ?>)) {
                throw new ProtocolException("Invalid JSON protocol request: every entry of a batch must be a document");
            }
            out.add((Map<String, Object>) o);
        }
        return out;
    }

    /** Reads every document first (so an invalid one runs nothing), then runs them. */
    List<Object> run(QueryEngine engine) {
        List<Query> queries = new ArrayList<>();
        for (Map<String, Object> d : documents) {
            queries.add(ProtocolReader.read(engine.schema(), d));
        }
        if (transaction) {
            TransactionOptions options = TransactionOptions.DEFAULT;
            if (isolationLevel != null) {
                options = options.withIsolationLevel(isolationLevel);
            }
            return engine.transaction(queries, options);
        }
        List<Object> results = new ArrayList<>();
        for (Query q : queries) {
            results.add(engine.execute(q));
        }
        return results;
    }
}
