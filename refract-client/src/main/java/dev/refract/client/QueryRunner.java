package dev.refract.client;

import dev.refract.engine.ir.Query;

/**
 * Runs one query: the engine itself, or an interactive transaction
 * ({@code QueryEngine::execute}, {@code Transaction::execute}).
 */
@FunctionalInterface
public interface QueryRunner {
    /** Runs {@code query} and returns the engine's result. */
    Object execute(Query query);
}
