package dev.refract.engine.exec.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.engine.ir.Aggregate.Function;
import dev.refract.engine.ir.ReadArgs;
import java.math.BigDecimal;
import dev.refract.engine.testing.TestDatabase;
import dev.refract.engine.testing.TestDatabases;
import java.sql.Connection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** aggregate on a real SQLite file. */
class SqliteAggregateTest extends AggregateExecutionContract {
    private static final AggregateFixture FIXTURE = new AggregateFixture("sqlite");
    private static TestDatabase db;
    private static Connection connection;

    @BeforeAll
    static void seed() throws Exception {
        db = TestDatabases.sqlite();
        connection = db.connect();
        FIXTURE.seed(connection);
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
    Connection connection() {
        return connection;
    }

    /** Decimal sums: doubles in their shortest form, as Prisma gives them. */
    @Test
    void decimalSumHasTheDialectsScale() {
        Object sum = obj(run(ReadArgs.NONE, agg(Function.SUM, "d")), "_sum").get("d");
        assertThat(sum).isEqualTo(new BigDecimal("16.6"));
        assertThat(((BigDecimal) sum).scale()).isEqualTo(1);
    }
}
