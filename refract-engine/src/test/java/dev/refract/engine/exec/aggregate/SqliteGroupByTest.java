package dev.refract.engine.exec.aggregate;

import java.sql.Connection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** groupBy on a real SQLite file. */
class SqliteGroupByTest extends GroupByExecutionContract {
    private static final AggregateFixture FIXTURE = new AggregateFixture("sqlite");
    private static Databases db;

    @BeforeAll
    static void seed() throws Exception {
        db = Databases.sqlite();
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
