package dev.refract.engine.exec.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.engine.error.RefractException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Nested writes in creates end to end, read from Prisma's JSON protocol: every operation on each relation
 * kind, dependency order, batching, Prisma's errors, and nothing left behind by a failure.
 * Subclasses name the database.
 */
abstract class NestedWriteContract extends NestedDatabase {
    // ---- create: children in one batched INSERT, after the parent ----

    @Test
    void createWithToManyChildrenBatched() {
        String out = run(doc("User", "createOne", "{\"data\":{\"email\":\"a@x\",\"posts\":{\"create\":[{\"title\":\"p1\"},"
                + "{\"title\":\"p2\"}]}}}", with("posts", "{\"title\":true}")));
        assertThat(out).matches("\\{\"id\":\\d+,\"email\":\"a@x\",\"name\":null,\"posts\":\\[\\{\"title\":\"p1\"},"
                + "\\{\"title\":\"p2\"}]}");
        List<String> inserts = statements().stream().filter(s -> s.startsWith("INSERT")).toList();
        assertThat(inserts).hasSize(2);
        assertThat(inserts.get(1)).contains("VALUES (?,?),(?,?)");
        assertThat(statements().get(0)).isEqualTo("BEGIN");
        assertThat(statements()).last().isEqualTo("COMMIT");
    }

    @Test
    void createWithParentCreatedFirst() throws Exception {
        String out = run(doc("Post", "createOne", "{\"data\":{\"title\":\"t\",\"author\":{\"create\":{\"email\":\"a@x\"}}}}",
                with("author", "{\"email\":true}")));
        assertThat(out).contains("\"title\":\"t\"").contains("\"author\":{\"email\":\"a@x\"}");
        List<String> inserts = statements().stream().filter(s -> s.startsWith("INSERT")).toList();
        assertThat(inserts.get(0)).contains("\"User\"");
        assertThat(inserts.get(1)).contains("\"Post\"");
    }

    @Test
    void createConnectAndConnectOrCreateTheParent() throws Exception {
        run(doc("User", "createOne", "{\"data\":{\"email\":\"a@x\"}}", SCALARS));
        String connected = run(doc("Post", "createOne", "{\"data\":{\"title\":\"t\",\"author\":{\"connect\":"
                + "{\"email\":\"a@x\"}}}}", with("author", "{\"email\":true}")));
        assertThat(connected).contains("\"author\":{\"email\":\"a@x\"}");
        String found = run(doc("Post", "createOne", "{\"data\":{\"title\":\"u\",\"author\":{\"connectOrCreate\":"
                + "{\"where\":{\"email\":\"a@x\"},\"create\":{\"email\":\"a@x\"}}}}}", with("author", "{\"email\":true}")));
        assertThat(found).contains("\"author\":{\"email\":\"a@x\"}");
        String created = run(doc("Post", "createOne", "{\"data\":{\"title\":\"v\",\"author\":{\"connectOrCreate\":"
                + "{\"where\":{\"email\":\"b@x\"},\"create\":{\"email\":\"b@x\"}}}}}", with("author", "{\"email\":true}")));
        assertThat(created).contains("\"author\":{\"email\":\"b@x\"}");
        assertThat(sql("SELECT COUNT(*) FROM \"User\"")).isEqualTo("2;");
    }

    @Test
    void connectOfAMissingRecordIsP2025AndLeavesNothing() throws Exception {
        assertThatThrownBy(() -> run(doc("Post", "createOne", "{\"data\":{\"title\":\"t\",\"author\":{\"connect\":"
                + "{\"email\":\"nobody@x\"}}}}", SCALARS))).isInstanceOfSatisfying(RefractException.class, e -> {
                    assertThat(e.code()).isEqualTo("P2025");
                    assertThat(e.getMessage()).isEqualTo("An operation failed because it depends on one or more records"
                            + " that were required but not found. No 'User' record (needed to inline the relation on"
                            + " 'Post' record(s)) was found for a nested connect on one-to-many relation 'PostToUser'.");
                });
        assertThat(count("Post")).isZero();
    }

    @Test
    void aFailureInTheMiddleLeavesNothingBehind() throws Exception {
        assertThatThrownBy(() -> run(doc("User", "createOne", "{\"data\":{\"email\":\"a@x\",\"profile\":{\"create\":"
                + "{\"bio\":\"b\"}},\"posts\":{\"create\":[{\"title\":\"p\",\"tags\":{\"connect\":[{\"name\":\"missing\"}]}}]}}}",
                SCALARS))).isInstanceOfSatisfying(RefractException.class, e -> {
                    assertThat(e.code()).isEqualTo("P2025");
                    assertThat(e.getMessage()).endsWith("Expected 1 records to be connected, found only 0.");
                });
        assertThat(count("User")).isZero();
        assertThat(count("Post")).isZero();
        assertThat(count("Profile")).isZero();
    }

    @Test
    void createOneToOneFromTheBackSide() throws Exception {
        String out = run(doc("User", "createOne", "{\"data\":{\"email\":\"a@x\",\"profile\":{\"create\":{\"bio\":\"hi\"}}}}",
                with("profile", "{\"bio\":true}")));
        assertThat(out).contains("\"profile\":{\"bio\":\"hi\"}");
        run(doc("Profile", "createOne", "{\"data\":{\"bio\":\"loose\"}}", SCALARS));
        String connected = run(doc("User", "createOne", "{\"data\":{\"email\":\"b@x\",\"profile\":{\"connect\":"
                + "{\"id\":" + sql("SELECT \"id\" FROM \"Profile\" WHERE \"bio\" = 'loose'").replace(";", "") + "}}}}",
                with("profile", "{\"bio\":true}")));
        assertThat(connected).contains("\"profile\":{\"bio\":\"loose\"}");
    }

    @Test
    void createManyToManyCreatesAndConnects() throws Exception {
        run(doc("Tag", "createOne", "{\"data\":{\"name\":\"old\"}}", SCALARS));
        run(doc("User", "createOne", "{\"data\":{\"email\":\"a@x\"}}", SCALARS));
        events.clear();
        String out = run(doc("Post", "createOne", "{\"data\":{\"title\":\"t\",\"author\":{\"connect\":{\"email\":\"a@x\"}},"
                + "\"tags\":{\"create\":[{\"name\":\"n1\"},{\"name\":\"n2\"}],\"connect\":[{\"name\":\"old\"}]}}}",
                "{\"title\":true,\"tags\":{\"arguments\":{\"orderBy\":{\"name\":\"asc\"}},\"selection\":{\"name\":true}}}"));
        assertThat(out).isEqualTo("{\"title\":\"t\",\"tags\":[{\"name\":\"n1\"},{\"name\":\"n2\"},{\"name\":\"old\"}]}");
        assertThat(sql("SELECT COUNT(*) FROM \"_PostToTag\"")).isEqualTo("3;");
    }

    @Test
    void createWithACompoundKeyConnect() {
        run(doc("Org", "createOne", "{\"data\":{\"a\":1,\"b\":2,\"name\":\"o\"}}", SCALARS));
        String out = run(doc("Member", "createOne", "{\"data\":{\"nick\":\"m\",\"org\":{\"connect\":{\"a_b\":{\"a\":1,\"b\":2}}}}}",
                with("org", "{\"name\":true}")));
        assertThat(out).contains("\"orgA\":1,\"orgB\":2").contains("\"org\":{\"name\":\"o\"}");
        String created = run(doc("Org", "createOne", "{\"data\":{\"a\":3,\"b\":4,\"name\":\"p\",\"members\":{\"create\":"
                + "[{\"nick\":\"x\"},{\"nick\":\"y\"}]}}}", with("members", "{\"nick\":true}")));
        assertThat(created).contains("\"members\":[{\"nick\":\"x\"},{\"nick\":\"y\"}]");
    }

    @Test
    void nestedCreateMany() {
        String out = run(doc("User", "createOne", "{\"data\":{\"email\":\"a@x\",\"posts\":{\"createMany\":{\"data\":"
                + "[{\"title\":\"a\"},{\"title\":\"b\"}]}}}}", with("posts", "{\"title\":true}")));
        assertThat(out).contains("\"posts\":[{\"title\":\"a\"},{\"title\":\"b\"}]");
    }
}
