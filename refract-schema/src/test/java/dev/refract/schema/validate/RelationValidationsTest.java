package dev.refract.schema.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.schema.PrismaSchema;
import dev.refract.testing.Golden;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden diagnostics for relation cases Prisma's corpus covers thinly: one-to-one relations seen
 * from both sides, self relations, ambiguous relations, implicit many-to-many relations, cycles and
 * multiple cascade paths, foreign key name clashes. Each {@code validate/relations/X.prisma} prints exactly
 * {@code X.diagnostics.txt} (Prisma's wording, spans and order; empty for a valid schema).
 */
class RelationValidationsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "valid_relations",
        "one_to_one_fields_on_both_sides",
        "one_to_one_required_back_side",
        "one_to_one_fields_not_unique",
        "one_to_one_wrong_side",
        "self_relations",
        "self_relation_ambiguous",
        "ambiguous_generated_and_explicit_name",
        "implicit_many_to_many",
        "implicit_many_to_many_mongodb",
        "sqlserver_cycles",
        "foreign_key_name_clashes",
    })
    void printsPrismasDiagnostics(String name) throws IOException {
        String schema = resource("validate/relations/" + name + ".prisma");
        Golden.assertMatches("validate/relations/" + name + ".diagnostics.txt",
                PrismaSchema.validate(schema).render(false));
    }

    /**
     * A densely connected SQL Server schema has exponentially many cascade paths: the search gives
     * up enumerating them after a budget and still reports the models reached several ways.
     */
    @Test
    void multipleCascadePathsInADenseSchemaStillFinish() {
        StringBuilder schema = new StringBuilder("datasource db {\n  provider = \"sqlserver\"\n  url = \"sqlserver://\"\n}\n");
        int n = 14;
        for (int i = 0; i < n; i++) {
            schema.append("model M").append(i).append(" {\n  id Int @id\n");
            for (int j = 0; j < n; j++) {
                if (j > i) {
                    // M_i references every later model...
                    schema.append("  r").append(j).append("Id Int\n  r").append(j).append(" M").append(j)
                            .append(" @relation(\"R").append(i).append('_').append(j).append("\", fields: [r")
                            .append(j).append("Id], references: [id])\n");
                } else if (j < i) {
                    schema.append("  b").append(j).append(" M").append(j).append("[] @relation(\"R").append(j)
                            .append('_').append(i).append("\")\n");
                }
            }
            schema.append("}\n");
        }
        String out = PrismaSchema.validate(schema.toString()).render(false);
        assertThat(out).contains("through multiple paths");
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = RelationValidationsTest.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
