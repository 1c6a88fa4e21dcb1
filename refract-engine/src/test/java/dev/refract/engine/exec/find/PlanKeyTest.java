package dev.refract.engine.exec.find;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.engine.ir.ReadArgs;
import dev.refract.engine.ir.Selection;
import dev.refract.model.SchemaModel;
import org.junit.jupiter.api.Test;

/** Plans are found again for a selection rebuilt per call, as the typed client builds them. */
class PlanKeyTest {
    final SchemaModel schema = FindFixture.schemaFor("sqlite");
    final Ir ir = new Ir(schema);

    Selection userWithPosts(Long take) {
        return ir.all("User", ir.rel("User", "posts", new ReadArgs(null, null, null, null, take, null, null),
                ir.all("Post")));
    }

    PlanKey key(Selection s) {
        return new PlanKey(ir.model("User"), s);
    }

    @Test
    void equalShapesBuiltTwiceAreOneKey() {
        assertThat(key(userWithPosts(3L))).isEqualTo(key(userWithPosts(3L)))
                .hasSameHashCodeAs(key(userWithPosts(3L)));
    }

    @Test
    void differentArgumentsFieldsOrModelsAreDifferentKeys() {
        assertThat(key(userWithPosts(3L))).isNotEqualTo(key(userWithPosts(4L)));
        assertThat(key(ir.select("User", "id", "email"))).isNotEqualTo(key(ir.select("User", "email", "id")));
        assertThat(key(ir.select("User", "id"))).isNotEqualTo(key(ir.select("User", "id", "email")));
        assertThat(new PlanKey(ir.model("Post"), ir.select("Post", "id")))
                .isNotEqualTo(new PlanKey(ir.model("User"), ir.select("Post", "id")));
    }

    @Test
    void theSameFieldsOfAnotherSchemaAreAnotherKey() {
        Ir other = new Ir(FindFixture.schemaFor("sqlite"));
        assertThat(key(ir.select("User", "id")))
                .isNotEqualTo(new PlanKey(ir.model("User"), other.select("User", "id")));
    }
}
