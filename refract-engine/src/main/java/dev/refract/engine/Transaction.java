package dev.refract.engine;

import dev.refract.engine.exec.tx.InteractiveTransaction;
import dev.refract.engine.ir.Query;
import dev.refract.engine.raw.RawQueries;
import dev.refract.engine.sql.Dialect;
import java.util.Objects;

/**
 * An open interactive transaction, as a {@link TransactionBody} sees it (Prisma's {@code tx}):
 * every query run through it runs on the transaction's connection, inside the transaction,
 * and so does raw SQL ({@link RawQueries}: {@code tx.queryRaw(...)}, {@code tx.executeRaw(...)}).
 *
 * <p>It may be used from several threads; their queries run one after another. Once the
 * transaction is over (committed, rolled back, or expired by its timeout) every use raises P2028
 * with Prisma's message. There is no {@code transaction} method: transactions do not nest.
 */
public final class Transaction implements RawQueries {
    private final QueryEngine engine;
    private final InteractiveTransaction tx;

    Transaction(QueryEngine engine, InteractiveTransaction tx) {
        this.engine = engine;
        this.tx = tx;
    }

    /** Runs {@code query} inside the transaction and returns what {@link QueryEngine#execute(Query)} would. */
    @Override
    public Object execute(Query query) {
        Objects.requireNonNull(query, "query");
        return tx.run("query", c -> engine.execute(query, c));
    }

    /** The engine's dialect (for raw SQL). */
    @Override
    public Dialect dialect() {
        return engine.dialect();
    }

    /** Runs {@code work} on the transaction's connection (for the engine's own helpers and tests). */
    <T> T run(String operation, InteractiveTransaction.Work<T> work) {
        return tx.run(operation, work);
    }
}
