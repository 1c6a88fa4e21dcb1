package dev.refract.engine.events;

import dev.refract.engine.ir.Query;
import java.time.Duration;
import java.util.List;

/**
 * One SQL statement the engine ran: its text, its bound values, how long it took (execution and
 * reading its rows), and the request that caused it. Listeners count these to check that a query
 * costs the statements it should.
 *
 * @param sql the statement text as sent, with {@code ?} placeholders
 * @param params the bound values in order (IR Java types)
 * @param duration from execution until its rows were read
 * @param request the engine request it served, or null for statements not tied to one
 * @param rows the number of rows read (or affected), -1 when unknown
 */
public record QueryEvent(String sql, List<Object> params, Duration duration, Query request, long rows) {
    public QueryEvent {
        params = params == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(params));
    }
}
