package dev.refract.engine.exec.find;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.engine.ir.Action;
import dev.refract.engine.ir.ReadArgs;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link FindExecutionTest} on PostgreSQL, plus what only PostgreSQL has (scalar lists). */
class PostgresFindTest extends FindExecutionTest {
    static FindFixture fixture;

    @BeforeAll
    static void seed() throws Exception {
        fixture = FindFixture.postgres();
    }

    @Override
    int roundTripStatements(int batched) {
        return 1;
    }

    @Override
    FindFixture fixture() {
        return fixture;
    }

    @Test
    void scalarListsRoundTrip() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> users = (List<Map<String, Object>>) engine.execute(ir.many("User", byId(),
                ir.select("User", "id", "tags")));
        assertThat(Show.of(users)).isEqualTo("[{id=1, tags=[a, b]}, {id=2, tags=[]}, {id=3, tags=[]}, {id=4, tags=[z]}]");
        Object viaJoin = both(ir.find(Action.FIND_UNIQUE, "Post", ReadArgs.where(ir.eq("Post", "id", 3)),
                Ir.with(ir.select("Post", "id"), ir.rel("Post", "author", ir.select("User", "tags")))), 2);
        assertThat(Show.of(viaJoin)).isEqualTo("{id=3, author={tags=[]}}");
    }
}
