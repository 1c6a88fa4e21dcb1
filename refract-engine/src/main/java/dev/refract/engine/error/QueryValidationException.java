package dev.refract.engine.error;

import java.util.Map;

/**
 * A query that does not fit the schema: an unknown field, a wrong type, a missing argument.
 * Raised before any SQL runs. Codes as in Prisma: P2009 (invalid query), P2012 (missing required
 * value), and so on; {@link #meta()} holds Prisma's {@code kind}, {@code argumentPath} and
 * {@code selectionPath}.
 */
public class QueryValidationException extends RefractException {
    public QueryValidationException(String code, String message, Map<String, Object> meta) {
        super(code, message, meta, null);
    }
}
