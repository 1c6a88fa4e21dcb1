package dev.refract.engine.exec.aggregate;

import dev.refract.engine.QueryEngine;
import dev.refract.engine.exec.StatementRunner;
import dev.refract.engine.testing.TestDatabase;
import dev.refract.engine.testing.TestDatabases;
import java.sql.Connection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** groupBy on a real PostgreSQL database of its own. */
class PostgresGroupByTest extends GroupByExecutionContract {
    private static final AggregateFixture FIXTURE = new AggregateFixture("postgresql");
    private static TestDatabase db;
    private static Connection connection;
    private static QueryEngine engine;

    @BeforeAll
    static void seed() throws Exception {
        db = TestDatabases.postgres();
        connection = db.connect();
        FIXTURE.seed(connection);
        engine = FIXTURE.engine(db.dataSource());
    }

    @AfterAll
    static void drop() throws Exception {
        connection.close();
        db.close();
    }

    @Override
    AggregateFixture fixture() {
        return FIXTURE;
    }

    @Override
    StatementRunner runner() {
        return engine.runner();
    }

    @Override
    Connection connection() {
        return connection;
    }

    @Override
    String decimalSumOfGroupA() {
        return "3.300000000000000000000000000000";
    }
}
