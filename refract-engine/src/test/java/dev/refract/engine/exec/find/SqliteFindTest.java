package dev.refract.engine.exec.find;

import org.junit.jupiter.api.BeforeAll;

/** {@link FindExecutionTest} on SQLite. */
class SqliteFindTest extends FindExecutionTest {
    static FindFixture fixture;

    @BeforeAll
    static void seed() throws Exception {
        fixture = FindFixture.sqlite();
    }

    @Override
    int roundTripStatements(int batched) {
        return batched;
    }

    @Override
    FindFixture fixture() {
        return fixture;
    }
}
