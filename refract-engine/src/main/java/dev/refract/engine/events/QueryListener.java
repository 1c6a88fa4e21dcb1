package dev.refract.engine.events;

/**
 * Told about every statement the engine runs, synchronously on the thread that ran it, after it
 * finished. Keep it cheap: it sits on the query path. Exceptions it throws are logged and ignored.
 */
@FunctionalInterface
public interface QueryListener {
    void onQuery(QueryEvent event);
}
