package dev.refract.engine.exec.find;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.engine.QueryEngine;
import dev.refract.engine.events.QueryEvent;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.FindQuery;
import dev.refract.engine.ir.ReadArgs;
import dev.refract.engine.ir.RelationLoadStrategy;
import dev.refract.testing.TestDatabase;
import dev.refract.testing.TestDatabases;
import dev.refract.migrate.ddl.CreateSchema;
import dev.refract.model.SchemaModel;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.model.SchemaModels;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * More parents than one statement may bind: the children's key list is split into as few
 * statements as the dialect's bind limit allows (on SQLite; PostgreSQL binds the keys as one
 * array), and the stitched result is still whole.
 */
class ChunkedKeysTest {
    static final int PARENTS = 40_000;

    @Test
    void sqlite() throws Exception {
        run(TestDatabases.sqlite(), "sqlite");
    }

    @Test
    void postgres() throws Exception {
        run(TestDatabases.postgres(), "postgresql");
    }

    @SuppressWarnings("unchecked")
    void run(TestDatabase db, String provider) throws Exception {
        try (db) {
            SchemaModel schema = SchemaModels.from(PrismaSchema.validate(
                    IncludeStrategyTiming.SCHEMA.formatted(provider))).orElseThrow();
            try (Connection c = db.connect()) {
                try (Statement st = c.createStatement()) {
                    for (String ddl : CreateSchema.statements(schema)) {
                        st.execute(ddl);
                    }
                }
                c.setAutoCommit(false);
                try (PreparedStatement p = c.prepareStatement("INSERT INTO \"Parent\" VALUES (?, ?)");
                     PreparedStatement ch = c.prepareStatement("INSERT INTO \"Child\" VALUES (?, ?, ?, ?)")) {
                    for (int i = 1; i <= PARENTS; i++) {
                        p.setInt(1, i);
                        p.setString(2, "p" + i);
                        p.addBatch();
                        ch.setInt(1, i);
                        ch.setString(2, "c" + i);
                        ch.setDouble(3, i);
                        ch.setInt(4, i);
                        ch.addBatch();
                    }
                    p.executeBatch();
                    ch.executeBatch();
                }
                c.commit();
            }
            QueryEngine engine = QueryEngine.builder(schema, db.dataSource()).oneRoundTrip(false).build();
            List<QueryEvent> events = new ArrayList<>();
            engine.addListener(events::add);
            Ir ir = new Ir(schema);
            FindQuery q = Ir.withStrategy(ir.many("Parent", Ir.args(Filter.TRUE, List.of(ir.asc("Parent", "id")), null,
                    null), Ir.with(ir.select("Parent", "id"), ir.rel("Parent", "children", ReadArgs.NONE,
                    ir.select("Child", "title")))), RelationLoadStrategy.QUERY);
            List<Map<String, Object>> out = (List<Map<String, Object>>) engine.execute(q);
            assertThat(out).hasSize(PARENTS);
            assertThat(out).allSatisfy(r -> assertThat((List<Map<String, Object>>) r.get("children"))
                    .singleElement().satisfies(child -> assertThat(child.get("title")).isEqualTo("c" + r.get("id"))));
            if (provider.equals("postgresql")) {
                // Integer keys go as one array parameter (= ANY(?)), which no bind limit splits.
                assertThat(events).hasSize(2);
                assertThat(events.get(1).sql()).contains("= ANY(?)");
                assertThat(events.get(1).params()).singleElement()
                        .satisfies(keys -> assertThat((List<?>) keys).hasSize(PARENTS));
                return;
            }
            // 40,000 keys under a limit of about 32,000 parameters: the top statement and two for the children.
            assertThat(events).hasSize(3);
            assertThat(events.get(1).params().size() + events.get(2).params().size()).isEqualTo(PARENTS);
        }
    }
}
