package dev.refract.engine.exec.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.engine.error.RefractException;
import dev.refract.engine.ir.FieldWrite.Op;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The write contract on a real PostgreSQL database of its own, plus scalar lists and length limits. */
class PostgresWriteTest extends WriteExecutionContract {
    @Override
    String provider() {
        return "postgresql";
    }

    @Test
    void pushAppendsToAScalarList() {
        Map<String, Object> u = run(x.create("User", x.data("User", "email", "l@x.io"), x.select("User", "id", "tags")));
        assertThat(u.get("tags")).isEqualTo(List.of());
        Map<String, Object> v = run(x.update("User", x.eq("User", "id", u.get("id")),
                x.data("User", "tags", x.op("User", "tags", Op.PUSH, List.of("a", "b"))), x.select("User", "tags")));
        assertThat(v.get("tags")).isEqualTo(List.of("a", "b"));
        Map<String, Object> w = run(x.update("User", x.eq("User", "id", u.get("id")),
                x.data("User", "tags", x.op("User", "tags", Op.PUSH, List.of("c"))), x.select("User", "tags")));
        assertThat(w.get("tags")).isEqualTo(List.of("a", "b", "c"));
    }

    @Test
    void enumListsAreWrittenAsTheNativeEnumArray() {
        Map<String, Object> u = run(x.create("User", x.data("User", "email", "e@x.io", "roles", List.of("ADMIN", "USER")),
                x.select("User", "id", "roles")));
        assertThat(u.get("roles")).isEqualTo(List.of("ADMIN", "USER"));
        Map<String, Object> v = run(x.update("User", x.eq("User", "id", u.get("id")),
                x.data("User", "roles", x.op("User", "roles", Op.PUSH, List.of("USER"))), x.select("User", "roles")));
        assertThat(v.get("roles")).isEqualTo(List.of("ADMIN", "USER", "USER"));
    }

    @Test
    void tooLongIsP2000() throws Exception {
        int id = (Integer) user("ann@x.io").get("id");
        assertThatThrownBy(() -> run(x.create("Post", x.data("Post", "title", "much too long a title", "authorId", id),
                x.select("Post", "id")))).isInstanceOfSatisfying(RefractException.class,
                        e -> assertThat(e.code()).isEqualTo("P2000"));
        assertThat(count("Post")).isZero();
    }
}
