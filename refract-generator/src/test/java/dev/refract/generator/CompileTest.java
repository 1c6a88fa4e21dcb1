package dev.refract.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.refract.model.SchemaModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the generator writes compiles with -Xlint:all -Werror, for the test and conformance schemas. */
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
    void odoo() throws Exception {
        String root = System.getProperty("refract.conformance");
        Path p = root == null ? null
                : Path.of(root, "prisma-engines", "query-engine", "schema", "test-schemas", "odoo.prisma");
        assumeTrue(p != null && Files.exists(p), "conformance corpus absent (-Drefract.conformance)");
        SchemaModel schema = Schemas.parse(Files.readString(p));
        assertThat(schema.models()).hasSize(168); // the file holds 168 models (the issue says 181)
        compiles(schema);
    }

    @Test
    void deterministic() {
        SchemaModel schema = Schemas.blog("sqlite");
        assertThat(ClientGenerator.generate(schema, ClientGenerator.Options.of("a.b")))
                .isEqualTo(ClientGenerator.generate(Schemas.blog("sqlite"), ClientGenerator.Options.of("a.b")));
    }
}
