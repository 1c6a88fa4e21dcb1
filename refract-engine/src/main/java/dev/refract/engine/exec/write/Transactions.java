package dev.refract.engine.exec.write;

import dev.refract.engine.exec.StatementRunner;
import dev.refract.engine.exec.tx.LocalTransaction;
import dev.refract.engine.ir.Query;
import java.sql.Connection;
import java.util.function.Supplier;

/**
 * One write request, one transaction: a write of several statements runs in a
 * {@link LocalTransaction} (its own BEGIN/COMMIT, ROLLBACK on any failure, when the connection is
 * in auto-commit; the caller's transaction when one is open). A write of one statement never comes
 * here: the statement is atomic on its own.
 */
final class Transactions {
    private final StatementRunner runner;

    Transactions(StatementRunner runner) {
        this.runner = runner;
    }

    <T> T run(Connection connection, Query request, Supplier<T> work) {
        return LocalTransaction.run(runner, connection, request, work::get);
    }
}
