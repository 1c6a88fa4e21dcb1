package dev.refract.engine.exec.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.engine.QueryEngine;
import dev.refract.engine.error.RefractException;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.protocol.ProtocolReader;
import dev.refract.model.ReferentialAction;
import dev.refract.model.SchemaModel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code relationMode = "prisma"} on an application's schema ({@link RelationModeFixture#APP}):
 * multi-level cascades, Prisma's default actions (Restrict for a required relation, SetNull for an
 * optional one, Cascade on update), implicit many-to-many join rows, refusals deep in a cascade
 * that leave nothing changed, and one statement per relation and level.
 *
 * <p>Seed: users 1 and 2; user 1 has posts 10 and 11, user 2 post 20; comments 100, 101 on post 10
 * and 102 on post 11 by user 2, 200 on post 20 by user 1; user 2 has a profile; tags 1 and 2 link
 * both users.
 */
abstract class EmulatedRelationsContract extends RelationModeDatabase {
    private QueryEngine engine;
    private RelationModeFixture.Ir ir;
    private SchemaModel schema;

    @Override
    List<SchemaModel> schemas() {
        return List.of(RelationModeFixture.app(provider(), true));
    }

    @BeforeEach
    void seed() throws Exception {
        if (engine == null) {
            schema = RelationModeFixture.app(provider(), true);
            ir = new RelationModeFixture.Ir(schema);
            engine = engine(schema);
        }
        sql("DELETE FROM \"Vote\"", "DELETE FROM \"Comment\"", "DELETE FROM \"Post\"", "DELETE FROM \"Profile\"",
                "DELETE FROM \"_TagToUser\"", "DELETE FROM \"Tag\"", "DELETE FROM \"User\"",
                "INSERT INTO \"User\" (\"id\", \"email\") VALUES (1, 'a@x.io'), (2, 'b@x.io')",
                "INSERT INTO \"Post\" (\"id\", \"authorId\") VALUES (10, 1), (11, 1), (20, 2)",
                "INSERT INTO \"Comment\" (\"id\", \"postId\", \"userId\") VALUES (100, 10, 2), (101, 10, 2),"
                        + " (102, 11, 2), (200, 20, 1)",
                "INSERT INTO \"Profile\" (\"id\", \"userId\") VALUES (1, 2)",
                "INSERT INTO \"Tag\" (\"id\") VALUES (1), (2)",
                "INSERT INTO \"_TagToUser\" (\"A\", \"B\") VALUES (1, 1), (2, 1), (1, 2)");
        events.clear();
    }

    private void assertSeed() throws Exception {
        assertThat(column("User", "id")).containsExactly(1L, 2L);
        assertThat(column("Post", "authorId")).containsExactly(1L, 1L, 2L);
        assertThat(column("Comment", "userId")).containsExactly(2L, 2L, 2L, 1L);
        assertThat(column("Profile", "userId")).containsExactly(2L);
        assertThat(rows("SELECT \"A\", \"B\" FROM \"_TagToUser\" ORDER BY \"A\", \"B\""))
                .containsExactly(List.of(1L, 1L), List.of(1L, 2L), List.of(2L, 1L));
    }

    @Test
    void deleteCascadesTwoLevelsAndNullsOptionalReferences() throws Exception {
        Map<String, Object> deleted = run(engine, ir.delete("User", ir.eq("User", "id", 1), ir.select("User", "email")));
        assertThat(deleted).containsExactly(Map.entry("email", "a@x.io"));
        assertThat(column("User", "id")).containsExactly(2L);
        assertThat(column("Post", "id")).containsExactly(20L);
        // Comments on user 1's posts went with them; user 1's comment elsewhere lost its author.
        assertThat(column("Comment", "id")).containsExactly(200L);
        assertThat(column("Comment", "userId")).containsExactly((Object) null);
        assertThat(rows("SELECT \"A\", \"B\" FROM \"_TagToUser\"")).containsExactly(List.of(1L, 2L));
        // Posts are read once (comments hang off them), comments deleted in one statement for both posts.
        assertThat(statements().stream().filter(s -> s.startsWith("DELETE") && s.contains("\"Comment\""))).hasSize(1);
        assertThat(statements().stream().filter(s -> s.startsWith("DELETE") && s.contains("\"Post\""))).hasSize(1);
        assertThat(statements().get(0)).isEqualTo("BEGIN");
        assertThat(statements().get(statements().size() - 1)).isEqualTo("COMMIT");
    }

    @Test
    void requiredOneToOneRestrictsByDefault() throws Exception {
        assertThatThrownBy(() -> run(engine, ir.delete("User", ir.eq("User", "id", 2), ir.select("User", "id"))))
                .isInstanceOfSatisfying(RefractException.class, e -> {
                    assertThat(e.code()).isEqualTo("P2014");
                    assertThat(e.getMessage()).isEqualTo("The change you are trying to make would violate the required"
                            + " relation 'ProfileToUser' between the `Profile` and `User` models.");
                    assertThat(e.meta()).containsExactly(Map.entry("modelName", "User"),
                            Map.entry("relation", "ProfileToUser"), Map.entry("modelA", "Profile"),
                            Map.entry("modelB", "User"));
                });
        assertSeed();
    }

    @Test
    void restrictBelowACascadeLeavesNothingChanged() throws Exception {
        sql("INSERT INTO \"Vote\" (\"id\", \"commentId\") VALUES (1, 102)");
        events.clear();
        // User 1 → posts (Cascade) → comments (Cascade) → a vote (required: Restrict).
        assertThatThrownBy(() -> run(engine, ir.deleteMany("User", ir.eq("User", "id", 1), null)))
                .isInstanceOfSatisfying(RefractException.class, e -> {
                    assertThat(e.code()).isEqualTo("P2014");
                    // The referencing model first, as Prisma names them.
                    assertThat(e.getMessage()).isEqualTo("The change you are trying to make would violate the required"
                            + " relation 'CommentToVote' between the `Vote` and `Comment` models.");
                });
        assertSeed();
        assertThat(statements()).last().isEqualTo("ROLLBACK");
    }

    @Test
    void deleteManyWithLimitFollowsExactlyTheRecordsItDeletes() throws Exception {
        sql("DELETE FROM \"Profile\"");
        Map<String, Object> count = run(engine, ir.deleteMany("User", Filter.TRUE, 1L));
        assertThat(count).containsEntry("count", 1);
        List<Object> left = column("User", "id");
        assertThat(left).hasSize(1);
        // Only the deleted user's posts went; the other user's remain.
        assertThat(column("Post", "authorId")).allMatch(a -> a.equals(left.get(0)));
        assertThat(column("Post", "id")).isNotEmpty();
    }

    @Test
    void updateOfAnIdCascadesToForeignKeysAndJoinRows() throws Exception {
        Map<String, Object> u = run(engine, ir.update("User", ir.eq("User", "id", 2), ir.set("User", "id", 5),
                ir.select("User", "id", "email")));
        assertThat(u).containsEntry("id", 5).containsEntry("email", "b@x.io");
        assertThat(column("Post", "authorId")).containsExactly(1L, 1L, 5L);
        assertThat(column("Comment", "userId")).containsExactly(5L, 5L, 5L, 1L);
        assertThat(column("Profile", "userId")).containsExactly(5L);
        assertThat(rows("SELECT \"A\", \"B\" FROM \"_TagToUser\" ORDER BY \"A\", \"B\""))
                .containsExactly(List.of(1L, 1L), List.of(1L, 5L), List.of(2L, 1L));
    }

    @Test
    void upsertThatChangesAnIdIsEmulatedToo() throws Exception {
        run(engine, ir.upsert("User", ir.eq("User", "id", 1), ir.set("User", "email", "new@x.io"),
                ir.set("User", "id", 7), ir.select("User", "id")));
        assertThat(column("User", "id")).containsExactly(2L, 7L);
        assertThat(column("Post", "authorId")).containsExactly(7L, 7L, 2L);
        assertThat(rows("SELECT \"A\", \"B\" FROM \"_TagToUser\" ORDER BY \"A\", \"B\""))
                .containsExactly(List.of(1L, 2L), List.of(1L, 7L), List.of(2L, 7L));
    }

    @Test
    void writesThatNothingRefersToRunAsBefore() throws Exception {
        run(engine, ir.update("User", ir.eq("User", "id", 1), ir.set("User", "email", "c@x.io"),
                ir.select("User", "id")));
        assertThat(statements()).hasSize(1);
        events.clear();
        // Nothing refers to votes: a plain single DELETE.
        run(engine, ir.deleteMany("Vote", Filter.TRUE, null));
        assertThat(statements()).hasSize(1);
    }

    /** Runs a JSON-protocol updateOne of a user. */
    private void updateUser(int id, String data) {
        engine.execute(ProtocolReader.read(schema, "{\"modelName\":\"User\",\"action\":\"updateOne\",\"query\":"
                + "{\"arguments\":{\"where\":{\"id\":" + id + "},\"data\":" + data + "},\"selection\":{\"id\":true}}}"));
    }

    @Test
    void nestedDeleteCascades() throws Exception {
        updateUser(1, "{\"posts\":{\"delete\":[{\"id\":10}]}}");
        assertThat(column("Post", "id")).containsExactly(11L, 20L);
        assertThat(column("Comment", "id")).containsExactly(102L, 200L);
    }

    @Test
    void nestedUpdateManyOfReferencedIdsCascades() throws Exception {
        updateUser(1, "{\"posts\":{\"updateMany\":[{\"where\":{\"id\":11},\"data\":{\"id\":12}}]}}");
        assertThat(column("Post", "id")).containsExactly(10L, 12L, 20L);
        assertThat(column("Comment", "postId")).containsExactly(10L, 10L, 12L, 20L);
    }

    @Test
    void updateOfAnIdWithNestedWritesCascadesBeforeTheNestedWrites() throws Exception {
        // The nested deleteMany finds user 2's comments under the new id, which the cascade gave them.
        updateUser(2, "{\"id\":6,\"comments\":{\"deleteMany\":[{\"id\":100}]}}");
        assertThat(column("User", "id")).containsExactly(1L, 6L);
        assertThat(column("Comment", "id")).containsExactly(101L, 102L, 200L);
        assertThat(column("Comment", "userId")).containsExactly(6L, 6L, 1L);
        assertThat(column("Post", "authorId")).containsExactly(1L, 1L, 6L);
        assertThat(column("Profile", "userId")).containsExactly(6L);
    }

    @Test
    void setNullOnARequiredForeignKeyIsTheDatabasesNullError() throws Exception {
        // Prisma's validation refuses SetNull on a required field; a schema built without it gets
        // the NOT NULL column's refusal (P2011), as ON DELETE SET NULL would, and nothing changes.
        QueryEngine setNull = engine(RelationModeFixture.withAction(schema, ReferentialAction.SET_NULL));
        assertThatThrownBy(() -> run(setNull, ir.deleteMany("User", ir.eq("User", "id", 1), null)))
                .isInstanceOfSatisfying(RefractException.class, e -> assertThat(e.code()).isEqualTo("P2011"));
        assertSeed();
    }
}
