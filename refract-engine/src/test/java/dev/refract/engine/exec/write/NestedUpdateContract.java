package dev.refract.engine.exec.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.engine.error.RefractException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Nested writes in updates end to end, read from Prisma's JSON protocol: every operation on each
 * relation kind, Prisma's errors, and rollback of the whole request on failure. Each test starts
 * with Ann (posts p1, p2; profile "ann"; group g1) and Bob (post b1). Subclasses name the database.
 */
abstract class NestedUpdateContract extends NestedDatabase {
    @BeforeEach
    void seed() {
        run(doc("User", "createOne", "{\"data\":{\"email\":\"ann@x\",\"posts\":{\"create\":[{\"title\":\"p1\"},"
                + "{\"title\":\"p2\"}]},\"profile\":{\"create\":{\"bio\":\"ann\"}},\"groups\":{\"create\":"
                + "[{\"name\":\"g1\"}]}}}", SCALARS));
        run(doc("User", "createOne", "{\"data\":{\"email\":\"bob@x\",\"posts\":{\"create\":[{\"title\":\"b1\"}]}}}", SCALARS));
        events.clear();
    }

    String updateAnn(String data, String selection) {
        return run(doc("User", "updateOne", "{\"where\":{\"email\":\"ann@x\"},\"data\":" + data + "}", selection));
    }

    static final String POSTS = "{\"email\":true,\"posts\":{\"arguments\":{\"orderBy\":{\"title\":\"asc\"}},"
            + "\"selection\":{\"title\":true}}}";

    String postId(String title) throws Exception {
        return sql("SELECT \"id\" FROM \"Post\" WHERE \"title\" = '" + title + "'").replace(";", "");
    }

    @Test
    void toManyCreateUpdateAndUpdateMany() throws Exception {
        String out = updateAnn("{\"name\":\"Ann\",\"posts\":{\"create\":[{\"title\":\"p3\"}],\"update\":[{\"where\":"
                + "{\"id\":" + postId("p1") + "},\"data\":{\"title\":\"p1!\"}}],\"updateMany\":[{\"where\":{\"title\":"
                + "\"p2\"},\"data\":{\"title\":\"p2!\"}}]}}", POSTS);
        assertThat(out).isEqualTo("{\"email\":\"ann@x\",\"posts\":[{\"title\":\"p1!\"},{\"title\":\"p2!\"},{\"title\":\"p3\"}]}");
        assertThat(sql("SELECT \"title\" FROM \"Post\" WHERE \"title\" = 'b1'")).isEqualTo("b1;");
    }

    @Test
    void toManyUpdateOfAnotherParentsRecordIsP2025() throws Exception {
        assertThatThrownBy(() -> updateAnn("{\"posts\":{\"update\":[{\"where\":{\"id\":" + postId("b1") + "},\"data\":"
                + "{\"title\":\"stolen\"}}]}}", POSTS)).isInstanceOfSatisfying(RefractException.class, e -> {
                    assertThat(e.code()).isEqualTo("P2025");
                    assertThat(e.getMessage()).endsWith("No 'Post' record was found for a nested update on one-to-many"
                            + " relation 'PostToUser'.");
                });
    }

    @Test
    void toManyConnectMovesTheRecord() throws Exception {
        String out = updateAnn("{\"posts\":{\"connect\":[{\"id\":" + postId("b1") + "}]}}", POSTS);
        assertThat(out).contains("{\"title\":\"b1\"}");
        assertThat(sql("SELECT COUNT(*) FROM \"Post\" WHERE \"authorId\" = " + userId("bob@x"))).isEqualTo("0;");
    }

    @Test
    void toManyConnectOfAMissingRecordIsP2018() throws Exception {
        assertThatThrownBy(() -> updateAnn("{\"posts\":{\"connect\":[{\"id\":" + postId("b1") + "},{\"id\":-1}]}}",
                POSTS)).isInstanceOfSatisfying(RefractException.class, e -> {
                    assertThat(e.code()).isEqualTo("P2018");
                    assertThat(e.getMessage()).isEqualTo("The required connected records were not found. Expected 2"
                            + " records to be connected after connect operation on one-to-many relation 'PostToUser',"
                            + " found 1.");
                });
        assertThat(sql("SELECT COUNT(*) FROM \"Post\" WHERE \"authorId\" = " + userId("bob@x"))).isEqualTo("1;");
    }

    @Test
    void toManySetOnARequiredForeignKeyKeepsItsMembersAndTakesTheOthers() throws Exception {
        // Ann keeps p1 and p2 (both in the set) and takes b1: nothing has to let go, so no P2014.
        String out = updateAnn("{\"posts\":{\"set\":[{\"id\":" + postId("p1") + "},{\"id\":" + postId("p2") + "},"
                + "{\"id\":" + postId("b1") + "}]}}", POSTS);
        assertThat(out).isEqualTo("{\"email\":\"ann@x\",\"posts\":[{\"title\":\"b1\"},{\"title\":\"p1\"},{\"title\":\"p2\"}]}");
        assertThat(sql("SELECT COUNT(*) FROM \"Post\" WHERE \"authorId\" = " + userId("bob@x"))).isEqualTo("0;");
    }

    @Test
    void toManySetLeavingARequiredForeignKeyIsP2014AndRollsBack() throws Exception {
        // p2 is outside the set and its authorId cannot become NULL.
        assertThatThrownBy(() -> updateAnn("{\"posts\":{\"set\":[{\"id\":" + postId("p1") + "},{\"id\":"
                + postId("b1") + "}]}}", POSTS)).isInstanceOfSatisfying(RefractException.class,
                        e -> assertThat(e.code()).isEqualTo("P2014"));
        assertThat(sql("SELECT COUNT(*) FROM \"Post\" WHERE \"authorId\" = " + userId("bob@x"))).isEqualTo("1;");
    }

    @Test
    void toManyUpsertUpdatesOrCreates() {
        String out = updateAnn("{\"posts\":{\"upsert\":[{\"where\":{\"id\":-1},\"create\":{\"title\":\"new\"},"
                + "\"update\":{\"title\":\"never\"}}]}}", POSTS);
        assertThat(out).contains("{\"title\":\"new\"}").doesNotContain("never");
    }

    @Test
    void toManyDeleteAndDeleteMany() throws Exception {
        String out = updateAnn("{\"posts\":{\"delete\":[{\"id\":" + postId("p1") + "}]}}", POSTS);
        assertThat(out).isEqualTo("{\"email\":\"ann@x\",\"posts\":[{\"title\":\"p2\"}]}");
        assertThat(updateAnn("{\"posts\":{\"deleteMany\":[{\"title\":\"p2\"}]}}", POSTS))
                .isEqualTo("{\"email\":\"ann@x\",\"posts\":[]}");
    }

    @Test
    void toManyDeleteOfANotConnectedRecordIsP2017AndRollsBack() throws Exception {
        assertThatThrownBy(() -> updateAnn("{\"name\":\"changed\",\"posts\":{\"delete\":[{\"id\":" + postId("b1") + "}]}}",
                POSTS)).isInstanceOfSatisfying(RefractException.class, e -> {
                    assertThat(e.code()).isEqualTo("P2017");
                    assertThat(e.getMessage()).isEqualTo("The records for relation `PostToUser` between the `User` and"
                            + " `Post` models are not connected.");
                });
        assertThat(sql("SELECT \"name\" FROM \"User\" WHERE \"email\" = 'ann@x'")).isEqualTo("null;");
        assertThat(count("Post")).isEqualTo(3);
    }

    @Test
    void oneToOneBackSide() throws Exception {
        String profile = "{\"email\":true,\"profile\":{\"selection\":{\"bio\":true}}}";
        assertThat(updateAnn("{\"profile\":{\"update\":{\"bio\":\"ANN\"}}}", profile)).contains("{\"bio\":\"ANN\"}");
        // A new profile replaces the old one, which lets go (its foreign key is optional).
        assertThat(updateAnn("{\"profile\":{\"create\":{\"bio\":\"second\"}}}", profile)).contains("{\"bio\":\"second\"}");
        assertThat(sql("SELECT \"bio\" FROM \"Profile\" WHERE \"userId\" IS NULL")).isEqualTo("ANN;");
        assertThat(updateAnn("{\"profile\":{\"disconnect\":true}}", profile)).contains("\"profile\":null");
        assertThat(updateAnn("{\"profile\":{\"upsert\":{\"create\":{\"bio\":\"up\"},\"update\":{\"bio\":\"no\"}}}}", profile))
                .contains("{\"bio\":\"up\"}");
        assertThat(updateAnn("{\"profile\":{\"delete\":true}}", profile)).contains("\"profile\":null");
        assertThat(count("Profile")).isEqualTo(2);
    }

    @Test
    void oneToOneWithARequiredForeignKeyIsP2014() throws Exception {
        run(doc("Citizen", "createOne", "{\"data\":{\"name\":\"c\",\"passport\":{\"create\":{\"number\":\"1\"}}}}", SCALARS));
        assertThatThrownBy(() -> run(doc("Citizen", "updateOne", "{\"where\":{\"id\":" + sql("SELECT \"id\" FROM"
                + " \"Citizen\"").replace(";", "") + "},\"data\":{\"passport\":{\"create\":{\"number\":\"2\"}}}}", SCALARS)))
                .isInstanceOfSatisfying(RefractException.class, e -> {
                    assertThat(e.code()).isEqualTo("P2014");
                    assertThat(e.getMessage()).isEqualTo("The change you are trying to make would violate the required"
                            + " relation 'CitizenToPassport' between the `Passport` and `Citizen` models.");
                });
        assertThat(count("Passport")).isEqualTo(1);
    }

    @Test
    void toOneFromTheReferencingSide() throws Exception {
        String id = postId("p1");
        String author = "{\"title\":true,\"author\":{\"selection\":{\"email\":true,\"name\":true}}}";
        String post = "{\"where\":{\"id\":" + id + "},\"data\":";
        assertThat(run(doc("Post", "updateOne", post + "{\"author\":{\"connect\":{\"email\":\"bob@x\"}}}}", author)))
                .contains("\"email\":\"bob@x\"");
        assertThat(run(doc("Post", "updateOne", post + "{\"author\":{\"update\":{\"name\":\"Bob\"}}}}", author)))
                .contains("\"name\":\"Bob\"");
        assertThat(run(doc("Post", "updateOne", post + "{\"author\":{\"create\":{\"email\":\"cy@x\"}}}}", author)))
                .contains("\"email\":\"cy@x\"");
        assertThat(run(doc("Post", "updateOne", post + "{\"author\":{\"upsert\":{\"create\":{\"email\":\"no@x\"},"
                + "\"update\":{\"name\":\"Cy\"}}}}}", author))).contains("\"name\":\"Cy\"");
        String profileId = sql("SELECT \"id\" FROM \"Profile\"").replace(";", "");
        assertThat(run(doc("Profile", "updateOne", "{\"where\":{\"id\":" + profileId + "},\"data\":{\"user\":"
                + "{\"disconnect\":true}}}", "{\"userId\":true}"))).isEqualTo("{\"userId\":null}");
    }

    @Test
    void toOneDeleteFromTheReferencingSide() throws Exception {
        String profileId = sql("SELECT \"id\" FROM \"Profile\"").replace(";", "");
        assertThat(run(doc("Profile", "updateOne", "{\"where\":{\"id\":" + profileId + "},\"data\":{\"user\":"
                + "{\"delete\":true}}}", "{\"userId\":true}"))).isEqualTo("{\"userId\":null}");
        assertThat(sql("SELECT COUNT(*) FROM \"User\" WHERE \"email\" = 'ann@x'")).isEqualTo("0;");
    }

    @Test
    void manyToManyEveryOperation() throws Exception {
        String groups = "{\"email\":true,\"groups\":{\"arguments\":{\"orderBy\":{\"name\":\"asc\"}},"
                + "\"selection\":{\"name\":true}}}";
        run(doc("Group", "createOne", "{\"data\":{\"name\":\"g2\"}}", SCALARS));
        assertThat(updateAnn("{\"groups\":{\"connect\":[{\"name\":\"g2\"}],\"create\":[{\"name\":\"g3\"}]}}", groups))
                .isEqualTo("{\"email\":\"ann@x\",\"groups\":[{\"name\":\"g1\"},{\"name\":\"g2\"},{\"name\":\"g3\"}]}");
        assertThat(updateAnn("{\"groups\":{\"connect\":[{\"name\":\"g2\"}]}}", groups)).contains("g3");
        assertThat(updateAnn("{\"groups\":{\"disconnect\":[{\"name\":\"g1\"}]}}", groups))
                .isEqualTo("{\"email\":\"ann@x\",\"groups\":[{\"name\":\"g2\"},{\"name\":\"g3\"}]}");
        assertThat(updateAnn("{\"groups\":{\"set\":[{\"name\":\"g1\"}]}}", groups))
                .isEqualTo("{\"email\":\"ann@x\",\"groups\":[{\"name\":\"g1\"}]}");
        assertThat(updateAnn("{\"groups\":{\"update\":[{\"where\":{\"name\":\"g1\"},\"data\":{\"name\":\"G1\"}}]}}", groups))
                .contains("G1");
        assertThat(updateAnn("{\"groups\":{\"updateMany\":[{\"where\":{},\"data\":{\"name\":\"all\"}}]}}", groups))
                .contains("all");
        assertThat(updateAnn("{\"groups\":{\"deleteMany\":[{\"name\":\"all\"}]}}", groups))
                .isEqualTo("{\"email\":\"ann@x\",\"groups\":[]}");
        assertThat(sql("SELECT \"name\" FROM \"Group\" ORDER BY \"name\"")).isEqualTo("g2;g3;");
        assertThat(updateAnn("{\"groups\":{\"connect\":[{\"name\":\"g2\"}]}}", groups)).contains("g2");
        assertThat(updateAnn("{\"groups\":{\"delete\":[{\"name\":\"g2\"}]}}", groups)).contains("[]");
        assertThatThrownBy(() -> updateAnn("{\"groups\":{\"delete\":[{\"name\":\"g3\"}]}}", groups))
                .isInstanceOfSatisfying(RefractException.class, e -> assertThat(e.code()).isEqualTo("P2017"));
    }

    @Test
    void compoundKeyChildren() {
        run(doc("Org", "createOne", "{\"data\":{\"a\":1,\"b\":2,\"name\":\"o\",\"members\":{\"create\":[{\"nick\":\"m1\"},"
                + "{\"nick\":\"m2\"}]}}}", SCALARS));
        String out = run(doc("Org", "updateOne", "{\"where\":{\"a_b\":{\"a\":1,\"b\":2}},\"data\":{\"members\":"
                + "{\"deleteMany\":[{\"nick\":\"m1\"}],\"create\":[{\"nick\":\"m3\"}]}}}",
                "{\"name\":true,\"members\":{\"arguments\":{\"orderBy\":{\"nick\":\"asc\"}},\"selection\":{\"nick\":true}}}"));
        assertThat(out).isEqualTo("{\"name\":\"o\",\"members\":[{\"nick\":\"m2\"},{\"nick\":\"m3\"}]}");
    }

    @Test
    void selfRelationReachingTheRecordItself() throws Exception {
        String boss = run(doc("Employee", "createOne", "{\"data\":{\"name\":\"boss\",\"reports\":{\"create\":"
                + "[{\"name\":\"r1\"}]}}}", SCALARS));
        assertThat(boss).matches("\\{\"id\":\\d+,\"name\":\"boss\",\"managerId\":null}");
        String id = sql("SELECT \"id\" FROM \"Employee\" WHERE \"name\" = 'boss'").replace(";", "");
        // Connecting the record to itself changes its own managerId after its UPDATE: the answer must show it.
        String self = run(doc("Employee", "updateOne", "{\"where\":{\"id\":" + id + "},\"data\":{\"name\":\"Boss\","
                + "\"reports\":{\"connect\":[{\"id\":" + id + "}]}}}", SCALARS));
        assertThat(self).isEqualTo("{\"id\":" + id + ",\"name\":\"Boss\",\"managerId\":" + id + "}");
    }

    @Test
    void aMissingParentIsP2025() {
        // Prisma 7.10 lets the first nested write that needs the parent's key report it missing.
        assertThatThrownBy(() -> run(doc("User", "updateOne", "{\"where\":{\"email\":\"nobody@x\"},\"data\":{\"posts\":"
                + "{\"create\":[{\"title\":\"t\"}]}}}", SCALARS))).isInstanceOfSatisfying(RefractException.class,
                        e -> assertThat(e.getMessage()).endsWith("No 'User' record (needed to inline the relation on"
                                + " 'User' record(s)) was found for a nested create on one-to-many relation 'PostToUser'."));
        assertThatThrownBy(() -> run(doc("User", "updateOne", "{\"where\":{\"email\":\"nobody@x\"},\"data\":{\"posts\":"
                + "{\"deleteMany\":[{\"title\":\"t\"}]}}}", SCALARS))).isInstanceOfSatisfying(RefractException.class,
                        e -> assertThat(e.getMessage()).endsWith("No record was found for an update."));
    }

    @Test
    void upsertWithNestedWrites() throws Exception {
        String out = run(doc("User", "upsertOne", "{\"where\":{\"email\":\"cy@x\"},\"create\":{\"email\":\"cy@x\","
                + "\"posts\":{\"create\":[{\"title\":\"c1\"}]}},\"update\":{\"posts\":{\"create\":[{\"title\":\"c2\"}]}}}",
                POSTS));
        assertThat(out).isEqualTo("{\"email\":\"cy@x\",\"posts\":[{\"title\":\"c1\"}]}");
        out = run(doc("User", "upsertOne", "{\"where\":{\"email\":\"cy@x\"},\"create\":{\"email\":\"cy@x\","
                + "\"posts\":{\"create\":[{\"title\":\"c1\"}]}},\"update\":{\"posts\":{\"create\":[{\"title\":\"c2\"}]}}}",
                POSTS));
        assertThat(out).isEqualTo("{\"email\":\"cy@x\",\"posts\":[{\"title\":\"c1\"},{\"title\":\"c2\"}]}");
    }
}
