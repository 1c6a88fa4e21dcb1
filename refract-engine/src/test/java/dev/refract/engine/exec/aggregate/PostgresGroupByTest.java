package dev.refract.engine.exec.aggregate;

import java.sql.Connection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** groupBy on a real PostgreSQL database of its own. */
class PostgresGroupByTest extends GroupByExecutionContract {
    private static final AggregateFixture FIXTURE = new AggregateFixture("postgresql");
    private static Databases db;

    @BeforeAll
    static void seed() throws Exception {
        db = Databases.postgres();
        FIXTURE.seed(db.connection);
    }

    @AfterAll
    static void drop() throws Exception {
        db.close();
    }

    @Override
    AggregateFixture fixture() {
        return FIXTURE;
    }

    @Override
    Connection connection() {
        return db.connection;
    }
}
