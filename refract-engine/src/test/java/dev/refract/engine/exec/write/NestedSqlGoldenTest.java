package dev.refract.engine.exec.write;

import dev.refract.engine.QueryEngine;
import dev.refract.engine.protocol.ProtocolReader;
import dev.refract.testing.TestDatabase;
import dev.refract.testing.TestDatabases;
import dev.refract.migrate.ddl.CreateSchema;
import dev.refract.model.SchemaModel;
import dev.refract.testing.Golden;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The statements of nested writes, in order, pinned in {@code golden/sql/write/nested-<dialect>.sql}
 * (rewrite with {@code -Drefract.golden.update=true}): dependency order, one multi-row INSERT per
 * level, join rows linked and unlinked in bulk, transactions around it all. Each run starts from a
 * fresh database, so the generated ids in the parameters are the same every time.
 */
class NestedSqlGoldenTest {
    private static final List<String> DOCUMENTS = List.of(
            NestedDatabase.doc("User", "createOne", "{\"data\":{\"email\":\"ann@x\",\"posts\":{\"create\":[{\"title\":\"p1\","
                    + "\"tags\":{\"create\":[{\"name\":\"t1\"},{\"name\":\"t2\"}]}},{\"title\":\"p2\"}]},\"profile\":"
                    + "{\"create\":{\"bio\":\"b\"}},\"groups\":{\"create\":[{\"name\":\"g1\"},{\"name\":\"g2\"}]}}}",
                    NestedDatabase.SCALARS),
            NestedDatabase.doc("Post", "createOne", "{\"data\":{\"title\":\"p3\",\"author\":{\"connectOrCreate\":{\"where\":"
                    + "{\"email\":\"bob@x\"},\"create\":{\"email\":\"bob@x\"}}}}}",
                    NestedDatabase.with("author", "{\"email\":true}")),
            NestedDatabase.doc("User", "updateOne", "{\"where\":{\"email\":\"ann@x\"},\"data\":{\"name\":\"Ann\",\"posts\":"
                    + "{\"update\":[{\"where\":{\"id\":1},\"data\":{\"title\":\"P1\"}}],\"deleteMany\":[{\"title\":"
                    + "\"p2\"}]},\"groups\":{\"set\":[{\"name\":\"g2\"}]},\"profile\":{\"disconnect\":true}}}",
                    NestedDatabase.SCALARS),
            // Upserts that Prisma runs as read, then update or create (the create does not repeat the
            // where's value): the update goes first, alone or with its nested writes in a transaction.
            NestedDatabase.doc("User", "upsertOne", "{\"where\":{\"id\":1},\"update\":{\"name\":\"Ann U\"},"
                    + "\"create\":{\"email\":\"carl@x\"}}", NestedDatabase.SCALARS),
            NestedDatabase.doc("User", "upsertOne", "{\"where\":{\"id\":99},\"update\":{\"name\":\"none\"},"
                    + "\"create\":{\"email\":\"dan@x\"}}", NestedDatabase.SCALARS),
            NestedDatabase.doc("User", "upsertOne", "{\"where\":{\"id\":1},\"update\":{\"name\":\"Ann N\",\"posts\":"
                    + "{\"update\":[{\"where\":{\"id\":1},\"data\":{\"title\":\"P1 again\"}}]}},"
                    + "\"create\":{\"email\":\"eve@x\"}}", NestedDatabase.SCALARS),
            NestedDatabase.doc("User", "upsertOne", "{\"where\":{\"id\":98},\"update\":{\"name\":\"none\",\"posts\":"
                    + "{\"update\":[{\"where\":{\"id\":1},\"data\":{\"title\":\"no\"}}]}},"
                    + "\"create\":{\"email\":\"fay@x\",\"posts\":{\"create\":[{\"title\":\"f1\"}]}}}",
                    NestedDatabase.SCALARS));

    @Test
    void postgresql() throws Exception {
        trace("postgresql");
    }

    @Test
    void sqlite() throws Exception {
        trace("sqlite");
    }

    private static void trace(String provider) throws Exception {
        SchemaModel schema = NestedFixture.schema(provider);
        StringBuilder out = new StringBuilder();
        try (TestDatabase db = provider.equals("sqlite") ? TestDatabases.sqlite() : TestDatabases.postgres()) {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                for (String ddl : CreateSchema.statements(schema)) {
                    st.execute(ddl);
                }
            }
            try (QueryEngine engine = QueryEngine.open(schema, db.prismaUrl(), Path.of("."))) {
                engine.addListener(e -> out.append(e.sql()).append("\n  -- ").append(e.params()).append('\n'));
                for (String document : DOCUMENTS) {
                    out.append("\n-- ").append(document).append('\n');
                    engine.execute(ProtocolReader.read(schema, document));
                }
            }
        }
        Golden.assertMatches("golden/sql/write/nested-" + provider + ".sql", out.toString());
    }
}
