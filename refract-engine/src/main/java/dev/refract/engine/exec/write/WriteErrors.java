package dev.refract.engine.exec.write;

import dev.refract.engine.error.RecordNotFoundException;
import dev.refract.model.Model;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The errors a write raises itself (the database's own refusals, P2002, P2003, P2011, P2000, come
 * through {@code SqlErrors}): Prisma's codes and messages, its {@code meta} as
 * {@code {modelName, cause}} like the finds' P2025.
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
        String cause = "No record was found for " + operation + ".";
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("modelName", model.name());
        meta.put("cause", cause);
        return new RecordNotFoundException(REQUIRED + cause, meta);
    }
}
