package dev.refract.engine.exec.write;

import dev.refract.engine.error.RecordNotFoundException;
import dev.refract.engine.error.RefractException;
import dev.refract.engine.ir.Query;
import dev.refract.model.Model;
import dev.refract.model.Relation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The errors a write raises itself (the database's own refusals, P2002, P2003, P2011, P2000, come
 * through {@code SqlErrors}): Prisma's codes and messages (its query compiler's wording), and its
 * {@code meta} as Prisma Client 7 hands it out: the engine's fields, after the {@code modelName} of
 * the request that the client adds. A top-level P2025 is {@code {modelName, operation}}, a nested
 * one {@code {modelName, model, relation, relationType, operation, neededFor}}, P2018
 * {@code {modelName, expectedRows, relation, relationType}}, P2017 {@code {modelName, relation,
 * parent, child}}, P2014 {@code {modelName, relation, modelA, modelB}} (checked against Prisma 7.10).
 */
final class WriteErrors {
    private static final String REQUIRED = "An operation failed because it depends on one or more records that were "
            + "required but not found. ";

    private WriteErrors() {
    }

    /**
     * P2025 for a top-level update, upsert or delete whose record is missing.
     *
     * @param operation Prisma's wording: {@code an update}, {@code a delete}, {@code an upsert}
     */
    static RecordNotFoundException missingRecord(Model model, String operation) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("modelName", model.name());
        meta.put("operation", operation);
        return new RecordNotFoundException(REQUIRED + "No record was found for " + operation + ".", meta);
    }

    /**
     * P2025 for a nested operation whose related record is missing: {@code No 'User' record
     * (needed to inline the relation on 'Post' record(s)) was found for a nested connect on
     * one-to-many relation 'PostToUser'.}
     *
     * @param request the request, whose model is the meta's {@code modelName} (null: {@code missing}'s)
     * @param missing the model of the record that was not found
     * @param neededFor what the record was needed for ({@code inline the relation on 'Post'
     *     record(s)}), or null
     * @param operation {@code a nested connect}, {@code a nested update}...
     */
    static RecordNotFoundException missingRelated(Query request, Model missing, Relation relation, String neededFor,
                                                  String operation) {
        String cause = "No '" + missing.name() + "' record" + (neededFor == null ? "" : " (needed to " + neededFor + ")")
                + " was found for " + operation + " on " + relationType(relation) + " relation '" + relation.name() + "'.";
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("modelName", modelName(request, missing));
        meta.put("model", missing.name());
        meta.put("relation", relation.name());
        meta.put("relationType", relationType(relation));
        meta.put("operation", operation);
        meta.put("neededFor", neededFor);
        return new RecordNotFoundException(REQUIRED + cause, meta);
    }

    /** P2025: a connect found fewer records than it names. */
    static RecordNotFoundException incompleteConnect(Query request, Model parent, int expected, int found) {
        String cause = "Expected " + expected + " records to be connected, found only " + found + ".";
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("modelName", modelName(request, parent));
        meta.put("expectedRows", expected);
        return new RecordNotFoundException(REQUIRED + cause, meta);
    }

    /**
     * P2018: a connect of records holding the foreign key (the list side of one-to-many, the back
     * side of one-to-one) found fewer records than it names.
     */
    static RefractException incompleteConnectOutput(Query request, Relation relation, int expected, int found) {
        Map<String, Object> meta = new LinkedHashMap<>();
        if (request != null) {
            meta.put("modelName", request.model().name());
        }
        meta.put("expectedRows", expected);
        meta.put("relation", relation.name());
        meta.put("relationType", relationType(relation));
        return new RefractException("P2018", "The required connected records were not found. Expected " + expected
                + " records to be connected after connect operation on " + relationType(relation) + " relation '"
                + relation.name() + "', found " + found + ".", meta, null);
    }

    /**
     * P2014: the change would leave a record without the related record its required relation
     * needs. The models are named in Prisma's relation order: the referencing model (the one with
     * {@code fields:}) first for one-to-one and one-to-many relations (Prisma 7 answers so).
     */
    static RefractException relationViolation(Relation relation) {
        return relationViolation(relation, null);
    }

    /** P2014 as {@link #relationViolation(Relation)}, its meta naming the model the request writes ({@code modelName}). */
    static RefractException relationViolation(Relation relation, Model requested) {
        Map<String, Object> meta = new LinkedHashMap<>();
        if (requested != null) {
            meta.put("modelName", requested.name());
        }
        meta.put("relation", relation.name());
        meta.put("modelA", relation.modelA());
        meta.put("modelB", relation.modelB());
        return new RefractException("P2014", "The change you are trying to make would violate the required relation '"
                + relation.name() + "' between the `" + relation.modelA() + "` and `" + relation.modelB() + "` models.",
                meta, null);
    }

    /**
     * P2014 of a disconnect that a required relation forbids: Prisma's planner refuses it, with the
     * meta keys {@code relation_name, model_a_name, model_b_name} (Prisma 7.10).
     */
    static RefractException requiredDisconnect(Relation relation, Query request) {
        Map<String, Object> meta = new LinkedHashMap<>();
        if (request != null) {
            meta.put("modelName", request.model().name());
        }
        meta.put("relation_name", relation.name());
        meta.put("model_a_name", relation.modelA());
        meta.put("model_b_name", relation.modelB());
        return new RefractException("P2014", "The change you are trying to make would violate the required relation '"
                + relation.name() + "' between the `" + relation.modelA() + "` and `" + relation.modelB() + "` models.",
                meta, null);
    }

    /** P2017: the records a nested delete or update names are not related to the parent. */
    static RefractException notConnected(Query request, Relation relation, Model parent, Model child) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("modelName", modelName(request, parent));
        meta.put("relation", relation.name());
        meta.put("parent", parent.name());
        meta.put("child", child.name());
        return new RefractException("P2017", "The records for relation `" + relation.name() + "` between the `"
                + parent.name() + "` and `" + child.name() + "` models are not connected.", meta, null);
    }

    private static String modelName(Query request, Model fallback) {
        return request == null ? fallback.name() : request.model().name();
    }

    static String relationType(Relation relation) {
        return switch (relation.kind()) {
            case ONE_TO_ONE -> "one-to-one";
            case ONE_TO_MANY -> "one-to-many";
            default -> "many-to-many";
        };
    }
}
