package dev.refract.engine.exec.find;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.engine.QueryEngine;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.FindQuery;
import dev.refract.engine.ir.RelationLoadStrategy;
import dev.refract.testing.TestDatabase;
import dev.refract.testing.TestDatabases;
import dev.refract.migrate.ddl.CreateSchema;
import dev.refract.model.SchemaModel;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.model.SchemaModels;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Join mode on a related model with more fields than one JSON object call takes (PostgreSQL: 100 arguments). */
class WideRowJoinTest {
    static final int FIELDS = 120;

    @Test
    void sqlite() throws Exception {
        run(TestDatabases.sqlite(), "sqlite");
    }

    @Test
    void postgres() throws Exception {
        run(TestDatabases.postgres(), "postgresql");
    }

    void run(TestDatabase db, String provider) throws Exception {
        StringBuilder fields = new StringBuilder();
        StringBuilder columns = new StringBuilder();
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < FIELDS; i++) {
            fields.append("  f").append(i).append(" Int\n");
            columns.append(", \"f").append(i).append('"');
            values.append(", ").append(i * 7);
        }
        String text = """
                datasource db {
                  provider = "%s"
                  url      = env("DATABASE_URL")
                }
                model Owner {
                  id    Int    @id
                  wides Wide[]
                }
                model Wide {
                  id      Int   @id
                  ownerId Int
                  owner   Owner @relation(fields: [ownerId], references: [id])
                %s}
                """.formatted(provider, fields);
        SchemaModel schema = SchemaModels.from(PrismaSchema.validate(text)).orElseThrow();
        try (db; Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String ddl : CreateSchema.statements(schema)) {
                st.execute(ddl);
            }
            st.execute("INSERT INTO \"Owner\" (id) VALUES (1), (2)");
            st.execute("INSERT INTO \"Wide\" (id, \"ownerId\"" + columns + ") VALUES (1, 1" + values + "), (2, 1"
                    + values + ")");
            QueryEngine engine = QueryEngine.create(schema, db.dataSource());
            Ir ir = new Ir(schema);
            FindQuery q = ir.many("Owner", Ir.args(Filter.TRUE, List.of(ir.asc("Owner", "id")), null, null),
                    Ir.with(ir.select("Owner", "id"), ir.rel("Owner", "wides",
                            Ir.args(Filter.TRUE, List.of(ir.asc("Wide", "id")), null, null), ir.all("Wide"))));
            String batched = Show.of(engine.execute(Ir.withStrategy(q, RelationLoadStrategy.QUERY)));
            String joined = Show.of(engine.execute(Ir.withStrategy(q, RelationLoadStrategy.JOIN)));
            assertThat(joined).isEqualTo(batched);
            assertThat(joined).contains("f119=833}").startsWith("[{id=1, wides=[{id=1, ownerId=1, f0=0, f1=7,");
            assertThat(joined).endsWith("{id=2, wides=[]}]");
        }
    }
}
