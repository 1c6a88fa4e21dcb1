package dev.refract.engine.exec.aggregate;

import dev.refract.engine.QueryEngine;
import dev.refract.engine.sql.Dialect;
import dev.refract.engine.sql.Dialects;
import dev.refract.model.Model;
import dev.refract.model.ScalarField;
import dev.refract.model.SchemaModel;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidatedSchema;
import dev.refract.schema.model.SchemaModels;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * One model with a field of every aggregatable type (mapped names included), its DDL and five
 * seeded rows, for PostgreSQL and SQLite. Groups: {@code a} = rows 1, 2; {@code b} = rows 3, 4
 * (row 4 is null everywhere it can be); {@code c} = row 5.
 */
final class AggregateFixture {
    static final String SCHEMA = """
            datasource db {
              provider = "%s"
              url      = "file:dev.db"
            }

            enum Role {
              USER
              ADMIN @map("admin")
            }

            model Item {
              id    Int       @id
              name  String
              n     Int?      @map("num")
              big   BigInt?
              f     Float?
              d     Decimal?
              at    DateTime?
              role  Role?
              flag  Boolean?
              group String    @map("grp")

              @@map("items")
            }
            """;

    private static final List<String> POSTGRES_DDL = List.of(
            "CREATE TYPE \"Role\" AS ENUM ('USER', 'admin')",
            "CREATE TABLE \"public\".\"items\" (\"id\" integer PRIMARY KEY, \"name\" text NOT NULL, \"num\" integer,"
                    + " \"big\" bigint, \"f\" double precision, \"d\" numeric(65,30), \"at\" timestamp(3),"
                    + " \"role\" \"Role\", \"flag\" boolean, \"grp\" text NOT NULL)",
            "INSERT INTO \"items\" VALUES"
                    + " (1, 'apple', 1, 10, 1.5, 1.10, '2024-01-01 00:00:00', 'USER', true, 'a'),"
                    + " (2, 'banana', 2, 20, 2.5, 2.20, '2024-02-01 00:00:00', 'admin', false, 'a'),"
                    + " (3, 'cherry', 3, 30, NULL, 3.30, '2024-03-01 00:00:00', 'USER', true, 'b'),"
                    + " (4, 'date', NULL, NULL, 4.0, NULL, NULL, NULL, NULL, 'b'),"
                    + " (5, 'elder', 10, 9000000000, 0.25, 10.00, '2023-12-31 23:59:59.999', 'admin', true, 'c')");

    // DateTime as integer milliseconds, as Prisma writes it on SQLite.
    private static final List<String> SQLITE_DDL = List.of(
            "CREATE TABLE \"items\" (\"id\" INTEGER NOT NULL PRIMARY KEY, \"name\" TEXT NOT NULL, \"num\" INTEGER,"
                    + " \"big\" BIGINT, \"f\" REAL, \"d\" DECIMAL, \"at\" DATETIME, \"role\" TEXT, \"flag\" BOOLEAN,"
                    + " \"grp\" TEXT NOT NULL)",
            "INSERT INTO \"items\" VALUES"
                    + " (1, 'apple', 1, 10, 1.5, '1.10', 1704067200000, 'USER', 1, 'a'),"
                    + " (2, 'banana', 2, 20, 2.5, '2.20', 1706745600000, 'admin', 0, 'a'),"
                    + " (3, 'cherry', 3, 30, NULL, '3.30', 1709251200000, 'USER', 1, 'b'),"
                    + " (4, 'date', NULL, NULL, 4.0, NULL, NULL, NULL, NULL, 'b'),"
                    + " (5, 'elder', 10, 9000000000, 0.25, '10.00', 1704067199999, 'admin', 1, 'c')");

    final SchemaModel schema;
    final Model item;
    final Dialect dialect;
    final String defaultSchema;

    AggregateFixture(String provider) {
        ValidatedSchema validated = PrismaSchema.validate(SCHEMA.formatted(provider));
        this.schema = SchemaModels.from(validated)
                .orElseThrow(() -> new IllegalStateException(validated.render(false)));
        this.item = schema.requireModel("Item");
        this.dialect = Dialects.forSchema(schema);
        this.defaultSchema = "postgresql".equals(provider) ? "public" : null;
    }

    ScalarField field(String name) {
        return item.scalarField(name).orElseThrow();
    }

    AggregateExecutor aggregates() {
        return new AggregateExecutor(dialect, defaultSchema);
    }

    GroupByExecutor groupBy() {
        return new GroupByExecutor(dialect, defaultSchema);
    }

    /** The executors as the engine builds them: statements through its runner, so events fire. */
    QueryEngine engine(DataSource dataSource) {
        return QueryEngine.create(schema, dataSource);
    }

    void seed(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String sql : "postgresql".equals(dialect.provider()) ? POSTGRES_DDL : SQLITE_DDL) {
                st.execute(sql);
            }
        }
    }
}
