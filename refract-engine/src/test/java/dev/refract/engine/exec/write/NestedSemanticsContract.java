package dev.refract.engine.exec.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.refract.engine.QueryEngine;
import dev.refract.engine.error.RefractException;
import dev.refract.engine.protocol.ProtocolReader;
import dev.refract.model.SchemaModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Nested writes as Prisma 7.10 runs them, with and without {@code relationMode = "prisma"}: the
 * order of one level's operations, connect/disconnect/set taking a record from another parent, and
 * the P2025/P2017/P2014 errors with Prisma Client's {@code meta}. Every expectation is what Prisma
 * 7.10 answered on the same schema and seed (PostgreSQL, both relation modes: the same answers).
 *
 * <p>Seed: {@link EmulatedRelationsContract}'s (users 1, 2; posts 10, 11 by user 1, 20 by user 2;
 * comments 100, 101 on post 10 and 102 on post 11 by user 2, 200 on post 20 by user 1; user 2's
 * profile 1; tags 1, 2 on user 1, tag 1 on user 2), plus user 3, owners 1 and 2, card 1 owned by
 * owner 1 and card 2 by nobody.
 */
abstract class NestedSemanticsContract extends RelationModeDatabase {
    private static final String CARDS = """

            model Owner {
              id   Int   @id
              card Card?
            }

            model Card {
              id      Int    @id
              ownerId Int?   @unique
              owner   Owner? @relation(fields: [ownerId], references: [id])
            }
            """;
    private QueryEngine engine;
    private SchemaModel schema;

    /** True for {@code relationMode = "prisma"}, false for foreign keys. */
    abstract boolean emulated();

    @Override
    List<SchemaModel> schemas() {
        return List.of(RelationModeFixture.app(provider(), emulated(), CARDS));
    }

    @BeforeEach
    void seed() throws Exception {
        if (engine == null) {
            schema = schemas().get(0);
            engine = engine(schema);
        }
        sql("DELETE FROM \"Vote\"", "DELETE FROM \"Comment\"", "DELETE FROM \"Post\"", "DELETE FROM \"Profile\"",
                "DELETE FROM \"_TagToUser\"", "DELETE FROM \"Tag\"", "DELETE FROM \"User\"", "DELETE FROM \"Card\"",
                "DELETE FROM \"Owner\"",
                "INSERT INTO \"User\" (\"id\", \"email\") VALUES (1, 'a@x.io'), (2, 'b@x.io'), (3, 'c@x.io')",
                "INSERT INTO \"Post\" (\"id\", \"authorId\") VALUES (10, 1), (11, 1), (20, 2)",
                "INSERT INTO \"Comment\" (\"id\", \"postId\", \"userId\") VALUES (100, 10, 2), (101, 10, 2),"
                        + " (102, 11, 2), (200, 20, 1)",
                "INSERT INTO \"Profile\" (\"id\", \"userId\") VALUES (1, 2)",
                "INSERT INTO \"Tag\" (\"id\") VALUES (1), (2)",
                "INSERT INTO \"_TagToUser\" (\"A\", \"B\") VALUES (1, 1), (2, 1), (1, 2)",
                "INSERT INTO \"Owner\" (\"id\") VALUES (1), (2)",
                "INSERT INTO \"Card\" (\"id\", \"ownerId\") VALUES (1, 1), (2, NULL)");
        events.clear();
    }

    private Object update(String model, int id, String data) {
        return engine.execute(ProtocolReader.read(schema, "{\"modelName\":\"" + model + "\",\"action\":\"updateOne\","
                + "\"query\":{\"arguments\":{\"where\":{\"id\":" + id + "},\"data\":" + data + "},\"selection\":"
                + "{\"id\":true}}}"));
    }

    private RefractException failing(String model, int id, String data) {
        return catchThrowableOfType(RefractException.class, () -> update(model, id, data));
    }

    /** Each column's value per row (by id), as {@code id:value}. */
    private List<String> pairs(String table, String column) throws Exception {
        return rows("SELECT \"id\", \"" + column + "\" FROM \"" + table + "\" ORDER BY \"id\"").stream()
                .map(r -> r.get(0) + ":" + r.get(1)).toList();
    }

    private static Map<String, Object> meta(Object... kv) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            out.put((String) kv[i], kv[i + 1]);
        }
        return out;
    }

    // ---- order: one level's operations run in input order

    @Test
    void createThenDeleteManyDeletesTheNewPostToo() throws Exception {
        update("User", 1, "{\"posts\":{\"create\":[{\"id\":12}],\"deleteMany\":[{}]}}");
        assertThat(pairs("Post", "authorId")).containsExactly("20:2");
    }

    @Test
    void deleteManyThenCreateKeepsTheNewPost() throws Exception {
        update("User", 1, "{\"posts\":{\"deleteMany\":[{}],\"create\":[{\"id\":12}]}}");
        assertThat(pairs("Post", "authorId")).containsExactly("12:1", "20:2");
    }

    @Test
    void connectThenSetEmptiesWhatSetThenConnectKeeps() throws Exception {
        update("User", 1, "{\"comments\":{\"connect\":[{\"id\":100}],\"set\":[]}}");
        assertThat(pairs("Comment", "userId")).containsExactly("100:null", "101:2", "102:2", "200:null");
        seed();
        update("User", 1, "{\"comments\":{\"set\":[],\"connect\":[{\"id\":100}]}}");
        assertThat(pairs("Comment", "userId")).containsExactly("100:1", "101:2", "102:2", "200:null");
    }

    @Test
    void updateManyBeforeOrAfterCreate() throws Exception {
        update("User", 1, "{\"comments\":{\"updateMany\":[{\"where\":{},\"data\":{\"postId\":11}}],"
                + "\"create\":[{\"id\":300,\"postId\":20}]}}");
        assertThat(pairs("Comment", "postId")).containsExactly("100:10", "101:10", "102:11", "200:11", "300:20");
        seed();
        update("User", 1, "{\"comments\":{\"create\":[{\"id\":300,\"postId\":20}],"
                + "\"updateMany\":[{\"where\":{},\"data\":{\"postId\":11}}]}}");
        assertThat(pairs("Comment", "postId")).containsExactly("100:10", "101:10", "102:11", "200:11", "300:11");
    }

    @Test
    void deleteThenUpdateOfTheSamePostFails() throws Exception {
        RefractException e = failing("User", 1, "{\"posts\":{\"delete\":[{\"id\":10}],"
                + "\"update\":[{\"where\":{\"id\":10},\"data\":{\"id\":13}}]}}");
        assertThat(e.code()).isEqualTo("P2025");
        assertThat(e.getMessage()).endsWith("No 'Post' record was found for a nested update on one-to-many relation"
                + " 'PostToUser'.");
        assertThat(e.meta()).isEqualTo(meta("modelName", "User", "model", "Post", "relation", "PostToUser",
                "relationType", "one-to-many", "operation", "a nested update", "neededFor", null));
        e = failing("User", 1, "{\"posts\":{\"update\":[{\"where\":{\"id\":10},\"data\":{\"id\":13}}],"
                + "\"delete\":[{\"id\":10}]}}");
        assertThat(e.code()).isEqualTo("P2017");
        assertThat(e.meta()).isEqualTo(meta("modelName", "User", "relation", "PostToUser", "parent", "User",
                "child", "Post"));
        assertThat(pairs("Post", "authorId")).containsExactly("10:1", "11:1", "20:2");
    }

    @Test
    void theRecordsForeignKeyIsWrittenBeforeItsOtherNestedWrites() throws Exception {
        // connect is folded into the post's UPDATE: the nested update reaches the new author, in either order.
        update("Post", 10, "{\"author\":{\"update\":{\"email\":\"n@x.io\"},\"connect\":{\"id\":2}}}");
        assertThat(pairs("User", "email")).containsExactly("1:a@x.io", "2:n@x.io", "3:c@x.io");
        assertThat(pairs("Post", "authorId")).containsExactly("10:2", "11:1", "20:2");
        // disconnect runs after the UPDATE that connected: it wins, in either order.
        update("Comment", 200, "{\"user\":{\"disconnect\":true,\"connect\":{\"id\":3}}}");
        update("Comment", 100, "{\"user\":{\"connect\":{\"id\":3},\"disconnect\":true}}");
        assertThat(pairs("Comment", "userId")).containsExactly("100:null", "101:2", "102:2", "200:null");
        // Both see the user the comment had: the update still reaches it after the disconnect.
        update("Comment", 101, "{\"user\":{\"disconnect\":true,\"update\":{\"email\":\"q@x.io\"}}}");
        assertThat(pairs("Comment", "userId")).containsExactly("100:null", "101:null", "102:2", "200:null");
        assertThat(pairs("User", "email")).containsExactly("1:a@x.io", "2:q@x.io", "3:c@x.io");
    }

    // ---- connect, disconnect and set across parents

    @Test
    void connectTakesAOneToOneRecordFromItsParent() throws Exception {
        update("User", 1, "{\"profile\":{\"connect\":{\"id\":1}}}");
        assertThat(pairs("Profile", "userId")).containsExactly("1:1");
        update("Owner", 2, "{\"card\":{\"connect\":{\"id\":1}}}");
        assertThat(pairs("Card", "ownerId")).containsExactly("1:2", "2:null");
        update("Card", 2, "{\"owner\":{\"connect\":{\"id\":2}}}");
        assertThat(pairs("Card", "ownerId")).containsExactly("1:null", "2:2");
        update("Owner", 2, "{\"card\":{\"disconnect\":true}}");
        assertThat(pairs("Card", "ownerId")).containsExactly("1:null", "2:null");
    }

    @Test
    void aSecondRequiredOneToOneIsP2014() throws Exception {
        RefractException e = failing("User", 2, "{\"profile\":{\"create\":{\"id\":2}}}");
        assertThat(e.code()).isEqualTo("P2014");
        assertThat(e.meta()).isEqualTo(meta("modelName", "User", "relation", "ProfileToUser", "modelA", "Profile",
                "modelB", "User"));
        assertThat(pairs("Profile", "userId")).containsExactly("1:2");
    }

    @Test
    void setOnOneToManyTakesFromOtherParentsAndSkipsMissingRecords() throws Exception {
        update("User", 1, "{\"comments\":{\"set\":[{\"id\":100}]}}");
        assertThat(pairs("Comment", "userId")).containsExactly("100:1", "101:2", "102:2", "200:null");
        update("User", 2, "{\"comments\":{\"set\":[{\"id\":999}]}}");
        assertThat(pairs("Comment", "userId")).containsExactly("100:1", "101:null", "102:null", "200:null");
    }

    @Test
    void updateOfAReferencedIdThroughTheReferencingSideCascades() throws Exception {
        update("Post", 10, "{\"author\":{\"update\":{\"id\":7}}}");
        assertThat(pairs("Post", "authorId")).containsExactly("10:7", "11:7", "20:2");
        assertThat(pairs("Comment", "userId")).containsExactly("100:2", "101:2", "102:2", "200:7");
    }

    // ---- P2025 as Prisma Client 7.10 gives it

    @Test
    void missingRecordsOfNestedWrites() throws Exception {
        RefractException e = failing("User", 1, "{\"profile\":{\"connect\":{\"id\":99}}}");
        assertThat(e.getMessage()).endsWith("No 'Profile' record was found for a nested connect on one-to-one relation"
                + " 'ProfileToUser'.");
        assertThat(e.meta()).isEqualTo(meta("modelName", "User", "model", "Profile", "relation", "ProfileToUser",
                "relationType", "one-to-one", "operation", "a nested connect", "neededFor", null));
        e = failing("Post", 10, "{\"author\":{\"connect\":{\"id\":99}}}");
        assertThat(e.meta()).isEqualTo(meta("modelName", "Post", "model", "User", "relation", "PostToUser",
                "relationType", "one-to-many", "operation", "a nested connect",
                "neededFor", "inline the relation on 'Post' record(s)"));
        e = failing("Card", 2, "{\"owner\":{\"connect\":{\"id\":99}}}");
        assertThat(e.getMessage()).endsWith("No 'Owner' record was found for a nested connect on one-to-one relation"
                + " 'CardToOwner'.");
        e = failing("User", 1, "{\"tags\":{\"connect\":[{\"id\":99},{\"id\":1}]}}");
        assertThat(e.getMessage()).endsWith("Expected 2 records to be connected, found only 1.");
        assertThat(e.meta()).isEqualTo(meta("modelName", "User", "expectedRows", 2));
        e = failing("User", 1, "{\"posts\":{\"connect\":[{\"id\":99}]}}");
        assertThat(e.code()).isEqualTo("P2018");
        assertThat(e.meta()).isEqualTo(meta("modelName", "User", "expectedRows", 1, "relation", "PostToUser",
                "relationType", "one-to-many"));
        e = failing("User", 1, "{\"profile\":{\"delete\":true}}");
        assertThat(e.meta()).isEqualTo(meta("modelName", "User", "model", "Profile", "relation", "ProfileToUser",
                "relationType", "one-to-one", "operation", "a nested delete", "neededFor", null));
        e = catchThrowableOfType(RefractException.class, () -> engine.execute(ProtocolReader.read(schema,
                "{\"modelName\":\"User\",\"action\":\"createOne\",\"query\":{\"arguments\":{\"data\":{\"id\":9,"
                        + "\"email\":\"n@x.io\",\"profile\":{\"connect\":{\"id\":99}}}},\"selection\":{\"id\":true}}}")));
        assertThat(e.getMessage()).endsWith("No 'Profile' record (needed to create or connect inlined relation for"
                + " 'User' record(s)) was found for a nested connect on one-to-one relation 'ProfileToUser'.");
        assertThat(pairs("User", "email")).containsExactly("1:a@x.io", "2:b@x.io", "3:c@x.io");
    }

    @Test
    void aMissingRecordIsReportedByItsFirstNestedWrite() throws Exception {
        assertThat(failing("User", 99, "{\"email\":\"q\",\"posts\":{\"create\":[{\"id\":50}]}}").meta())
                .isEqualTo(meta("modelName", "User", "model", "User", "relation", "PostToUser", "relationType",
                        "one-to-many", "operation", "a nested create",
                        "neededFor", "inline the relation on 'User' record(s)"));
        assertThat(failing("User", 99, "{\"posts\":{\"connect\":[{\"id\":10}]}}").getMessage())
                .endsWith("No 'User' record (needed to inline the relation on 'Post' record(s)) was found for a nested"
                        + " connect on one-to-many relation 'PostToUser'.");
        assertThat(failing("User", 99, "{\"tags\":{\"connect\":[{\"id\":1}]}}").getMessage())
                .endsWith("No 'User' record was found for a connect on many-to-many relation 'TagToUser'.");
        assertThat(failing("User", 99, "{\"profile\":{\"create\":{\"id\":5}}}").getMessage())
                .endsWith("No 'User' record (needed to create inlined relation for 'Profile' record(s)) was found for"
                        + " a nested create on one-to-one relation 'ProfileToUser'.");
        assertThat(failing("User", 99, "{\"posts\":{\"update\":[{\"where\":{\"id\":10},\"data\":{\"id\":5}}]}}")
                .getMessage()).endsWith("No 'Post' record was found for a nested update on one-to-many relation"
                        + " 'PostToUser'.");
        assertThat(failing("User", 99, "{\"posts\":{\"delete\":[{\"id\":10}]}}").code()).isEqualTo("P2017");
        assertThat(failing("Post", 99, "{\"author\":{\"update\":{\"email\":\"x\"}}}").getMessage())
                .endsWith("No 'User' record was found for a nested update on one-to-many relation 'PostToUser'.");
        for (String data : List.of("{\"posts\":{\"deleteMany\":[{}]}}", "{\"posts\":{\"set\":[]}}",
                "{\"comments\":{\"disconnect\":[{\"id\":100}]}}", "{\"email\":\"q\"}")) {
            assertThat(failing("User", 99, data).meta()).isEqualTo(meta("modelName", "User", "operation", "an update"));
        }
        assertThat(failing("Post", 99, "{\"author\":{\"connect\":{\"id\":1}}}").meta())
                .isEqualTo(meta("modelName", "Post", "operation", "an update"));
    }

    @Test
    void findUniqueOrThrowAndDeleteOfMissingRecords() {
        RefractException e = catchThrowableOfType(RefractException.class, () -> engine.execute(ProtocolReader.read(
                schema, "{\"modelName\":\"User\",\"action\":\"findUniqueOrThrow\",\"query\":{\"arguments\":{\"where\":"
                        + "{\"id\":99}},\"selection\":{\"id\":true}}}")));
        assertThat(e.meta()).isEqualTo(meta("modelName", "User", "operation", "a query"));
        e = catchThrowableOfType(RefractException.class, () -> engine.execute(ProtocolReader.read(schema,
                "{\"modelName\":\"User\",\"action\":\"deleteOne\",\"query\":{\"arguments\":{\"where\":{\"id\":99}},"
                        + "\"selection\":{\"id\":true}}}")));
        assertThat(e.meta()).isEqualTo(meta("modelName", "User", "operation", "a delete"));
    }
}
