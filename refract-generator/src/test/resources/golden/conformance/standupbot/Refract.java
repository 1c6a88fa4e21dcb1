package conformance.standupbot;

import dev.refract.client.Connections;
import dev.refract.client.QueryRunner;
import dev.refract.engine.QueryEngine;
import dev.refract.engine.raw.RawQueries;
import java.nio.file.Path;
import java.util.function.Function;
import javax.annotation.processing.Generated;
import javax.sql.DataSource;

/**
 * The database client of this schema. Safe to share between threads (virtual ones included);
 * close it when done.
 */
@Generated("dev.refract.generator.ClientGenerator")
public final class Refract implements AutoCloseable {
    private final QueryEngine engine;

    private final RawQueries raw;

    private final QueryRunner runner;

    private final boolean owner;

    private Refract(QueryEngine engine, RawQueries raw, boolean owner) {
        this.engine = engine;
        this.raw = raw;
        this.runner = raw::execute;
        this.owner = owner;
    }

    /**
     * Connects to the schema's datasource URL (environment variable DATABASE_URL, or .env).
     */
    public static Refract connect() {
        QueryEngine e = Connections.open(RefractSchema.MODEL, "DATABASE_URL", null);
        return new Refract(e, e, true);
    }

    /**
     * Connects to a Prisma datasource URL ({@code file:./dev.db}, {@code postgresql://...}).
     */
    public static Refract connect(String url) {
        QueryEngine e = QueryEngine.open(RefractSchema.MODEL, url, Path.of("").toAbsolutePath());
        return new Refract(e, e, true);
    }

    /**
     * Uses {@code dataSource}, which the application keeps owning.
     */
    public static Refract connect(DataSource dataSource) {
        QueryEngine e = QueryEngine.create(RefractSchema.MODEL, dataSource);
        return new Refract(e, e, true);
    }

    /**
     * The queries of eventids.
     */
    public eventids.Delegate eventids() {
        return new eventids.Delegate(runner);
    }

    /**
     * The queries of migrate.
     */
    public migrate.Delegate migrate() {
        return new migrate.Delegate(runner);
    }

    /**
     * The queries of posts.
     */
    public posts.Delegate posts() {
        return new posts.Delegate(runner);
    }

    /**
     * The queries of questions.
     */
    public questions.Delegate questions() {
        return new questions.Delegate(runner);
    }

    /**
     * The queries of reports.
     */
    public reports.Delegate reports() {
        return new reports.Delegate(runner);
    }

    /**
     * The queries of reviews.
     */
    public reviews.Delegate reviews() {
        return new reviews.Delegate(runner);
    }

    /**
     * The queries of standups.
     */
    public standups.Delegate standups() {
        return new standups.Delegate(runner);
    }

    /**
     * The queries of standups_users.
     */
    public standups_users.Delegate standups_users() {
        return new standups_users.Delegate(runner);
    }

    /**
     * The queries of teams.
     */
    public teams.Delegate teams() {
        return new teams.Delegate(runner);
    }

    /**
     * The queries of users.
     */
    public users.Delegate users() {
        return new users.Delegate(runner);
    }

    /**
     * Runs {@code body} in an interactive transaction: its queries (through the client it is
     * given) commit together when it returns and roll back when it throws.
     */
    public <T> T transaction(Function<Refract, T> body) {
        return engine.transaction(tx -> body.apply(new Refract(engine, tx, false)));
    }

    /**
     * Raw SQL ({@code queryRaw}, {@code executeRaw}) on this client's database; in a transaction
     * body, inside that transaction.
     */
    public RawQueries raw() {
        return raw;
    }

    /**
     * The query engine underneath, for what the typed API does not cover yet.
     */
    public QueryEngine engine() {
        return engine;
    }

    /**
     * Closes the engine (a no-op on the client a transaction body gets).
     */
    @Override
    public void close() {
        if (owner) {
            engine.close();
        }
    }
}
