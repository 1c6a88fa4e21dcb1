package dev.refract.generator;

import dev.refract.model.SchemaModel;
import dev.refract.testing.Golden;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generated sources of test schemas, file by file (regenerate with -Drefract.golden.update=true). */
class GoldenSourcesTest {
    private static void matches(String name, SchemaModel schema, ClientGenerator.Options options) {
        Map<String, String> sources = ClientGenerator.generate(schema, options);
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Golden.assertMatches("golden/" + name + "/" + e.getKey().substring(e.getKey().lastIndexOf('/') + 1),
                    e.getValue());
        }
    }

    @Test
    void blog() {
        matches("blog", Schemas.blog("postgresql"), ClientGenerator.Options.of("com.example.blog"));
    }

    /** Compound ids and uniques, every scalar type, lists, keywords as field names, a literal URL. */
    @Test
    void kitchen() {
        matches("kitchen", Schemas.parse(Schemas.resource("schemas/kitchen.prisma")),
                new ClientGenerator.Options("com.example.kitchen", "Db", "DATABASE_URL", "postgresql://localhost/k"));
    }
}
