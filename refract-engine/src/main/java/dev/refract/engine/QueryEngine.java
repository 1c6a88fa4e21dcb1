package dev.refract.engine;

import dev.refract.engine.connect.ConnectionPool;
import dev.refract.engine.connect.SqlErrors;
import dev.refract.engine.error.RefractException;
import dev.refract.engine.events.QueryListener;
import dev.refract.engine.exec.StatementRunner;
import dev.refract.engine.exec.aggregate.AggregateExecutor;
import dev.refract.engine.exec.aggregate.GroupByExecutor;
import dev.refract.engine.exec.find.FindExecutor;
import dev.refract.engine.exec.raw.RawExecutor;
import dev.refract.engine.exec.tx.Transactions;
import dev.refract.engine.exec.write.WriteExecutor;
import dev.refract.engine.ir.AggregateQuery;
import dev.refract.engine.ir.FindQuery;
import dev.refract.engine.ir.GroupByQuery;
import dev.refract.engine.ir.Query;
import dev.refract.engine.ir.RawQuery;
import dev.refract.engine.ir.RelationLoadStrategy;
import dev.refract.engine.raw.RawQueries;
import dev.refract.engine.ir.WriteQuery;
import dev.refract.engine.sql.Dialect;
import dev.refract.engine.sql.Dialects;
import dev.refract.model.SchemaModel;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The engine's front door: runs {@link Query} IR against a database and returns results as
 * {@link dev.refract.engine.ir.Values} describes them (records as ordered {@code Map}s in
 * selection order, to-many relations as lists, to-one as a map or null).
 *
 * <pre>{@code
 * QueryEngine engine = QueryEngine.builder(schemaModel, dataSource).build();
 * List<?> users = (List<?>) engine.execute(findManyQuery);
 * }</pre>
 *
 * <p>Raw SQL goes through {@link RawQueries}: {@code engine.queryRaw(Sql.of("SELECT * FROM {} WHERE id = {}",
 * Sql.identifier("User"), id))}, values always bound (see {@link dev.refract.engine.raw.Sql}).
 *
 * <p>Transactions: {@link #transaction(TransactionBody, TransactionOptions)} runs a body's queries
 * in one interactive transaction ({@code engine.transaction(tx -> { tx.execute(a); return
 * tx.execute(b); })}), {@link #transaction(List, TransactionOptions)} a list of queries, with
 * Prisma's maxWait, timeout and isolation levels, and an optional retry on write conflicts.
 *
 * <p>Thread-safe; one per schema and database. Statements are reported to
 * {@link #addListener listeners} and to SLF4J ({@code dev.refract.engine.query}, debug).
 */
public final class QueryEngine implements AutoCloseable, RawQueries {
    private final SchemaModel schema;
    private final ConnectionPool pool;
    private final Dialect dialect;
    private final StatementRunner runner;
    private final FindExecutor finds;
    private final AggregateExecutor aggregates;
    private final GroupByExecutor groupBys;
    private final RawExecutor raws;
    private final Transactions transactions;
    private final WriteExecutor writes;

    private QueryEngine(Builder b) {
        this.schema = b.schema;
        this.pool = b.pool;
        this.dialect = Dialects.forSchema(schema);
        this.runner = new StatementRunner(dialect, pool.info());
        this.finds = new FindExecutor(schema, dialect, b.defaultSchema, runner, b.relationLoadStrategy,
                b.oneRoundTrip != null ? b.oneRoundTrip : defaultOneRoundTrip(dialect));
        this.aggregates = new AggregateExecutor(dialect, b.defaultSchema, runner);
        this.groupBys = new GroupByExecutor(dialect, b.defaultSchema, runner);
        this.raws = new RawExecutor(dialect, runner);
        this.transactions = new Transactions(pool, runner);
        this.writes = new WriteExecutor(schema, dialect, b.defaultSchema, runner, finds);
    }

    /** An engine for {@code schema} reading and writing through {@code dataSource}, which the application keeps owning. */
    public static Builder builder(SchemaModel schema, DataSource dataSource) {
        Objects.requireNonNull(schema, "schema");
        return new Builder(schema, ConnectionPool.of(Objects.requireNonNull(dataSource, "dataSource"),
                Dialects.forSchema(schema).provider()));
    }

    /** An engine on a pool (for example {@link ConnectionPool#open(String, java.nio.file.Path)} from a Prisma URL); closing the engine closes the pool. */
    public static Builder builder(SchemaModel schema, ConnectionPool pool) {
        return new Builder(schema, pool);
    }

    /**
     * Opens an engine on a Prisma datasource URL ({@code postgresql://...}, {@code file:./dev.db}),
     * with a HikariCP pool sized by the URL. Relative SQLite paths resolve against {@code schemaDir}.
     */
    public static QueryEngine open(SchemaModel schema, String url, java.nio.file.Path schemaDir) {
        return builder(schema, ConnectionPool.open(url, schemaDir)).build();
    }

    /** Shorthand for {@code builder(schema, dataSource).build()}. */
    public static QueryEngine create(SchemaModel schema, DataSource dataSource) {
        return builder(schema, dataSource).build();
    }

    public SchemaModel schema() {
        return schema;
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    /** Tells {@code listener} about every statement from now on. */
    public void addListener(QueryListener listener) {
        runner.addListener(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(QueryListener listener) {
        runner.removeListener(listener);
    }

    /** The statement runner, for the engine's other executors (aggregates, writes). */
    public StatementRunner runner() {
        return runner;
    }

    /** Runs {@code query} on a connection of its own, borrowed from the data source. */
    @Override
    public Object execute(Query query) {
        try (Connection c = pool.connection()) {
            return execute(query, c);
        } catch (SQLException e) {
            throw SqlErrors.connect(e, pool.info()); // failing to give the connection back
        }
    }

    /** Runs {@code query} on {@code connection} (inside the caller's transaction, if any); leaves it open. */
    public Object execute(Query query, Connection connection) {
        if (query instanceof FindQuery find) {
            return finds.execute(connection, find);
        }
        if (query instanceof AggregateQuery aggregate) {
            return aggregates.execute(connection, aggregate);
        }
        if (query instanceof GroupByQuery groupBy) {
            return groupBys.execute(connection, groupBy);
        }
        if (query instanceof RawQuery raw) {
            return raws.execute(connection, raw);
        }
        if (query instanceof WriteQuery write) {
            return writes.execute(connection, write);
        }
        throw new RefractException(null, "The engine cannot run " + query.action().protocolName() + " yet.");
    }

    /** {@link #transaction(TransactionBody, TransactionOptions)} with Prisma's defaults. */
    public <T> T transaction(TransactionBody<T> body) {
        return transaction(body, TransactionOptions.DEFAULT);
    }

    /**
     * Runs {@code body} in an interactive transaction (Prisma's {@code $transaction(async tx => ...)}):
     * its queries, run through the {@link Transaction} it gets, commit together when it returns, and
     * roll back when it throws (the exception then reaches the caller unchanged).
     *
     * <pre>{@code
     * engine.transaction(tx -> {
     *     tx.execute(debit);
     *     return tx.execute(credit);
     * }, TransactionOptions.DEFAULT.withIsolationLevel(IsolationLevel.SERIALIZABLE)
     *         .withRetry(RetryPolicy.attempts(5)));
     * }</pre>
     *
     * @throws RefractException P2028 when no connection and begin within {@code maxWait}, when the
     *     transaction ran past {@code timeout} (it is rolled back then, even under a running
     *     statement), for an isolation level the database lacks, or when called inside a body;
     *     P2034 for a write conflict or deadlock the retry policy did not (or could not) retry
     */
    public <T> T transaction(TransactionBody<T> body, TransactionOptions options) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(options, "options");
        return transactions.run(options, tx -> body.run(new Transaction(this, tx)));
    }

    /** {@link #transaction(List, TransactionOptions)} with Prisma's defaults. */
    public List<Object> transaction(List<Query> queries) {
        return transaction(queries, TransactionOptions.DEFAULT);
    }

    /**
     * Runs {@code queries} in order in one transaction (Prisma's {@code $transaction([...])}) and
     * returns their results in the same order; when one fails, none of them stays.
     */
    public List<Object> transaction(List<Query> queries, TransactionOptions options) {
        List<Query> batch = List.copyOf(queries);
        return transaction(tx -> {
            List<Object> results = new ArrayList<>(batch.size());
            for (Query q : batch) {
                results.add(tx.execute(q));
            }
            return Collections.unmodifiableList(results);
        }, options);
    }

    /** Closes the connection pool when the engine opened it; an application's data source stays open. */
    @Override
    public void close() {
        pool.close();
    }

    /**
     * The measured default (100 parents x 10 children, see {@code IncludeStrategyTiming}): on
     * PostgreSQL the batched key lists are fastest (about 1.4 ms against 4.5 ms for one round trip
     * and 6 ms for join); on SQLite, in process and without a statement cache, selecting by the
     * parents' subquery beats binding the key list by 10 to 15%.
     */
    static boolean defaultOneRoundTrip(Dialect dialect) {
        return dialect.provider().equals("sqlite");
    }

    /** Configures a {@link QueryEngine}. */
    public static final class Builder {
        private final SchemaModel schema;
        private final ConnectionPool pool;
        private String defaultSchema;
        private RelationLoadStrategy relationLoadStrategy = RelationLoadStrategy.QUERY;
        private Boolean oneRoundTrip;

        private Builder(SchemaModel schema, ConnectionPool pool) {
            this.schema = Objects.requireNonNull(schema, "schema");
            this.pool = Objects.requireNonNull(pool, "pool");
        }

        /**
         * The database schema that qualifies tables of models without {@code @@schema}; null (the
         * default) leaves them unqualified, so the connection's search path decides.
         */
        public Builder defaultSchema(String defaultSchema) {
            this.defaultSchema = defaultSchema;
            return this;
        }

        /** How relations load when a query does not say: {@code QUERY} (batched, the default) or {@code JOIN}. */
        public Builder relationLoadStrategy(RelationLoadStrategy strategy) {
            this.relationLoadStrategy = Objects.requireNonNull(strategy, "strategy");
            return this;
        }

        /**
         * For the {@code QUERY} strategy: select each relation by its parents' statement as a
         * subquery and send the whole tree's statements in one round trip (PostgreSQL; SQLite runs
         * them in turn), instead of the default, one batched statement per relation with the
         * parents' keys bound. By default on for SQLite, off for PostgreSQL, as measured.
         */
        public Builder oneRoundTrip(boolean oneRoundTrip) {
            this.oneRoundTrip = oneRoundTrip;
            return this;
        }

        public QueryEngine build() {
            return new QueryEngine(this);
        }
    }
}
