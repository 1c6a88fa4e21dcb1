package dev.refract.generator;

import dev.refract.testing.Golden;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generated sources of the blog schema, file by file (regenerate with -Drefract.golden.update=true). */
class GoldenSourcesTest {
    @Test
    void blog() {
        Map<String, String> sources = ClientGenerator.generate(Schemas.blog("postgresql"),
                ClientGenerator.Options.of("com.example.blog"));
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Golden.assertMatches("golden/blog/" + e.getKey().substring(e.getKey().lastIndexOf('/') + 1), e.getValue());
        }
    }
}
