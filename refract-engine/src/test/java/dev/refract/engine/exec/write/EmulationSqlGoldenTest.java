package dev.refract.engine.exec.write;

import dev.refract.engine.QueryEngine;
import dev.refract.engine.error.RefractException;
import dev.refract.engine.protocol.ProtocolReader;
import dev.refract.migrate.ddl.CreateSchema;
import dev.refract.model.SchemaModel;
import dev.refract.testing.Golden;
import dev.refract.testing.TestDatabase;
import dev.refract.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The statements of {@code relationMode = "prisma"}'s emulated referential actions, in order, pinned
 * in {@code golden/sql/write/emulation-<dialect>.sql} (rewrite with {@code -Drefract.golden.update=true}):
 * a delete cascading two levels with SetNull beside it and join rows, a Restrict refusing, an update
 * of an id cascading, a nested deleteMany, and connect, disconnect and set (which need no emulation:
 * their checks are the same with foreign keys). Each document runs on a freshly seeded database
 * ({@link EmulatedRelationsContract}'s seed plus a vote on comment 200).
 */
class EmulationSqlGoldenTest {
    private static final List<String> SEED = List.of(
            "INSERT INTO \"User\" (\"id\", \"email\") VALUES (1, 'a@x.io'), (2, 'b@x.io')",
            "INSERT INTO \"Post\" (\"id\", \"authorId\") VALUES (10, 1), (11, 1), (20, 2)",
            "INSERT INTO \"Comment\" (\"id\", \"postId\", \"userId\") VALUES (100, 10, 2), (101, 10, 2), (102, 11, 2),"
                    + " (200, 20, 1)",
            "INSERT INTO \"Vote\" (\"id\", \"commentId\") VALUES (1, 200)",
            "INSERT INTO \"Profile\" (\"id\", \"userId\") VALUES (1, 2)",
            "INSERT INTO \"Tag\" (\"id\") VALUES (1), (2)",
            "INSERT INTO \"_TagToUser\" (\"A\", \"B\") VALUES (1, 1), (2, 1), (1, 2)");
    private static final List<String> TABLES = List.of("Vote", "Comment", "Post", "Profile", "_TagToUser", "Tag", "User");
    private static final List<String> DOCUMENTS = List.of(
            doc("User", "deleteOne", "{\"where\":{\"id\":1}}"),
            doc("Comment", "deleteOne", "{\"where\":{\"id\":200}}"),
            doc("User", "updateOne", "{\"where\":{\"id\":2},\"data\":{\"id\":5}}"),
            doc("User", "updateOne", "{\"where\":{\"id\":1},\"data\":{\"posts\":{\"deleteMany\":[{\"id\":10}]}}}"),
            doc("User", "updateOne", "{\"where\":{\"id\":1},\"data\":{\"profile\":{\"connect\":{\"id\":1}}}}"),
            doc("User", "updateOne", "{\"where\":{\"id\":1},\"data\":{\"comments\":{\"set\":[{\"id\":100}],"
                    + "\"disconnect\":[{\"id\":200}]}}}"),
            doc("User", "updateOne", "{\"where\":{\"id\":2},\"data\":{\"tags\":{\"set\":[{\"id\":2}]}}}"));

    private static String doc(String model, String action, String arguments) {
        return "{\"modelName\":\"" + model + "\",\"action\":\"" + action + "\",\"query\":{\"arguments\":" + arguments
                + ",\"selection\":{\"id\":true}}}";
    }

    @Test
    void postgresql() throws Exception {
        trace("postgresql");
    }

    @Test
    void sqlite() throws Exception {
        trace("sqlite");
    }

    private static void trace(String provider) throws Exception {
        SchemaModel schema = RelationModeFixture.app(provider, true);
        StringBuilder out = new StringBuilder();
        try (TestDatabase db = provider.equals("sqlite") ? TestDatabases.sqlite() : TestDatabases.postgres()) {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                for (String ddl : CreateSchema.statements(schema)) {
                    st.execute(ddl);
                }
            }
            try (QueryEngine engine = QueryEngine.open(schema, db.prismaUrl(), Path.of("."))) {
                boolean[] on = {false};
                engine.addListener(e -> {
                    if (on[0]) {
                        out.append(e.sql()).append("\n  -- ").append(e.params()).append('\n');
                    }
                });
                for (String document : DOCUMENTS) {
                    try (Connection c = db.connect(); Statement st = c.createStatement()) {
                        for (String t : TABLES) {
                            st.execute("DELETE FROM \"" + t + "\"");
                        }
                        for (String s : SEED) {
                            st.execute(s);
                        }
                    }
                    out.append("\n-- ").append(document).append('\n');
                    on[0] = true;
                    try {
                        engine.execute(ProtocolReader.read(schema, document));
                    } catch (RefractException e) {
                        out.append("-- ").append(e.code()).append(": ").append(e.getMessage()).append('\n');
                    }
                    on[0] = false;
                }
            }
        }
        Golden.assertMatches("golden/sql/write/emulation-" + provider + ".sql", out.toString());
    }
}
