package dev.refract.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.model.SchemaModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the generator writes compiles with -Xlint:all -Werror, for the test schemas (conformance schemas: {@link ConformanceSchemasTest}). */
class CompileTest {
    private static void compiles(SchemaModel schema) {
        Map<String, String> sources = ClientGenerator.generate(schema, ClientGenerator.Options.of("com.example.db"));
        Javac.Result r = Javac.compile(sources);
        assertThat(r.errors()).isEmpty();
        assertThat(r.ok()).isTrue();
    }

    @Test
    void blogOnBothProviders() {
        compiles(Schemas.blog("sqlite"));
        compiles(Schemas.blog("postgresql"));
    }

    @Test
    void kitchen() {
        compiles(Schemas.parse(Schemas.resource("schemas/kitchen.prisma")));
    }

    @Test
    void differentialSchemas() throws Exception {
        for (String dialect : new String[] {"sqlite", "postgresql"}) {
            Path p = Path.of("..", "refract-engine", "src", "test", "resources", "differential", "schema." + dialect + ".prisma");
            compiles(Schemas.parse(Files.readString(p)));
        }
    }

    @Test
    void deterministic() {
        SchemaModel schema = Schemas.blog("sqlite");
        assertThat(ClientGenerator.generate(schema, ClientGenerator.Options.of("a.b")))
                .isEqualTo(ClientGenerator.generate(Schemas.blog("sqlite"), ClientGenerator.Options.of("a.b")));
    }
}
