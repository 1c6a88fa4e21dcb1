package dev.refract.engine.exec.aggregate;

import dev.refract.engine.QueryEngine;
import dev.refract.testing.TestDatabase;
import dev.refract.testing.TestDatabases;
import java.sql.Connection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The database of the aggregate and groupBy contracts: a fresh one of {@link #provider()}'s kind
 * per test class, seeded by {@link AggregateFixture}, with an engine on it. Subclasses name the
 * provider only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SeededDatabase {
    private AggregateFixture fixture;
    private TestDatabase db;
    private Connection connection;
    private QueryEngine engine;

    /** {@code postgresql} or {@code sqlite}. */
    abstract String provider();

    @BeforeAll
    void seed() throws Exception {
        fixture = new AggregateFixture(provider());
        db = provider().equals("sqlite") ? TestDatabases.sqlite() : TestDatabases.postgres();
        connection = db.connect();
        fixture.seed(connection);
        engine = fixture.engine(db.dataSource());
    }

    @AfterAll
    void drop() throws Exception {
        connection.close();
        db.close();
    }

    AggregateFixture fixture() {
        return fixture;
    }

    Connection connection() {
        return connection;
    }

    QueryEngine engine() {
        return engine;
    }
}
