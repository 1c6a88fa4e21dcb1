package dev.refract.schema.validate;

import dev.refract.schema.PrismaSchema;
import dev.refract.testing.Golden;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden diagnostics for the non-relation validations Prisma's corpus covers thinly: constraint
 * name namespaces and lengths, default value parsing, autoincrement rules, composite type cycles,
 * connector type support, clustering, index options, full-text bundling, enums and schemas.
 * Each {@code validate/checks/X.prisma} prints exactly {@code X.diagnostics.txt}.
 */
class ValidationChecksTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "constraint_names_postgres",
        "constraint_names_sqlserver",
        "default_values",
        "autoincrement_mysql",
        "autoincrement_sqlite",
        "composite_cycles",
        "connector_types_mysql",
        "clustering_sqlserver",
        "indexes_misc",
        "fulltext_mongodb",
        "enums_sqlserver",
        "schemas_postgres",
        "views_keys",
        "mysql_enum_schema",
        "views_after_models",
    })
    void printsPrismasDiagnostics(String name) throws IOException {
        String schema = resource("validate/checks/" + name + ".prisma");
        Golden.assertMatches("validate/checks/" + name + ".diagnostics.txt",
                PrismaSchema.validate(schema).render(false));
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = ValidationChecksTest.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
