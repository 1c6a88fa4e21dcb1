package dev.refract.engine.exec.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.engine.ir.Aggregate;
import dev.refract.engine.ir.Aggregate.Function;
import dev.refract.engine.ir.AggregateQuery;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.GroupByQuery;
import dev.refract.engine.ir.OrderBy;
import dev.refract.engine.ir.ReadArgs;
import dev.refract.engine.sql.Dialect;
import dev.refract.engine.sql.Dialects;
import dev.refract.testing.TestDatabase;
import dev.refract.testing.TestDatabases;
import dev.refract.model.Model;
import dev.refract.model.ScalarField;
import dev.refract.model.SchemaModel;
import dev.refract.model.SortOrder;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.model.SchemaModels;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL native types under aggregates: uuid (which has no MIN/MAX of its own), date,
 * timestamptz, decimal with a declared scale, and Int sums past 32 bits.
 */
class PostgresNativeTypesAggregateTest {
    private static final String SCHEMA = """
            datasource db {
              provider = "postgresql"
              url      = "postgresql://localhost/test"
            }

            model Token {
              id    String   @id @db.Uuid
              day   DateTime @db.Date
              ts    DateTime @db.Timestamptz(3)
              price Decimal  @db.Decimal(10, 2)
              n     Int
              kind  String
            }
            """;

    private static TestDatabase db;
    private static Connection connection;
    private static Model token;
    private static Dialect dialect;

    @BeforeAll
    static void seed() throws Exception {
        SchemaModel schema = SchemaModels.from(PrismaSchema.validate(SCHEMA)).orElseThrow();
        token = schema.requireModel("Token");
        dialect = Dialects.forSchema(schema);
        db = TestDatabases.postgres();
        connection = db.connect();
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE \"Token\" (\"id\" uuid PRIMARY KEY, \"day\" date NOT NULL,"
                    + " \"ts\" timestamptz(3) NOT NULL, \"price\" decimal(10,2) NOT NULL, \"n\" integer NOT NULL,"
                    + " \"kind\" text NOT NULL)");
            st.execute("INSERT INTO \"Token\" VALUES"
                    + " ('0b5e2a1c-0000-4000-8000-000000000001', '2024-05-01', '2024-05-01 10:00:00+02', 1.50,"
                    + " 2000000000, 'x'),"
                    + " ('f0000000-0000-4000-8000-000000000002', '2024-04-30', '2024-05-01 09:30:00+00', 2.25,"
                    + " 2000000000, 'x'),"
                    + " ('7a000000-0000-4000-8000-000000000003', '2024-06-01', '2024-05-01 07:59:59.999+00', 3.00,"
                    + " 2000000000, 'y')");
        }
    }

    @AfterAll
    static void drop() throws Exception {
        connection.close();
        db.close();
    }

    private static Aggregate agg(Function function, String... fields) {
        return new Aggregate(function,
                Arrays.stream(fields).map(n -> token.scalarField(n).orElseThrow()).toList(), false, -1, false);
    }

    private static ScalarField f(String name) {
        return token.scalarField(name).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> obj(Map<String, Object> r, String key) {
        return (Map<String, Object>) r.get(key);
    }

    @Test
    void nativeTypesKeepTheirValuesAndScale() {
        Map<String, Object> r = new AggregateExecutor(dialect, "public").execute(connection,
                new AggregateQuery(token, ReadArgs.NONE, List.of(agg(Function.MIN, "id", "day", "ts", "price"),
                        agg(Function.MAX, "id", "day", "ts", "price"), agg(Function.SUM, "price", "n"),
                        agg(Function.AVG, "price"))));
        assertThat(obj(r, "_min")).containsExactly(Map.entry("id", "0b5e2a1c-0000-4000-8000-000000000001"),
                Map.entry("day", Instant.parse("2024-04-30T00:00:00Z")),
                Map.entry("ts", Instant.parse("2024-05-01T07:59:59.999Z")),
                Map.entry("price", new BigDecimal("1.50")));
        assertThat(obj(r, "_max")).containsExactly(Map.entry("id", "f0000000-0000-4000-8000-000000000002"),
                Map.entry("day", Instant.parse("2024-06-01T00:00:00Z")),
                Map.entry("ts", Instant.parse("2024-05-01T09:30:00Z")),
                Map.entry("price", new BigDecimal("3.00")));
        // The column's scale stays on sums; an Int sum past 32 bits comes back whole, as a Long.
        assertThat(obj(r, "_sum")).containsExactly(Map.entry("price", new BigDecimal("6.75")),
                Map.entry("n", 6000000000L));
        assertThat(obj(r, "_avg")).containsExactly(Map.entry("price", new BigDecimal("2.25")));
    }

    @Test
    void uuidAggregatesWorkInHavingAndOrderBy() {
        GroupByQuery q = new GroupByQuery(token, List.of(f("kind")), null,
                new Filter.Aggregated(Function.MAX, new Filter.Scalar(f("id"), Filter.ScalarOp.GT,
                        "70000000-0000-4000-8000-000000000000", false)),
                List.of(new OrderBy.ByAggregate(Function.MIN, f("id"),
                        SortOrder.DESC)),
                null, null, List.of(f("kind"), agg(Function.MIN, "id")));
        List<Map<String, Object>> rows = new GroupByExecutor(dialect, "public").execute(connection, q);
        assertThat(rows).extracting(m -> m.get("kind")).containsExactly("y", "x");
        assertThat(obj(rows.get(1), "_min")).containsEntry("id", "0b5e2a1c-0000-4000-8000-000000000001");
    }
}
