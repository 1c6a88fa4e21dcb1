package dev.refract.schema.validate;

import dev.refract.schema.PrismaSchema;
import dev.refract.schema.conformance.Golden;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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

    private static String resource(String path) throws IOException {
        try (InputStream in = RelationValidationsTest.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
