package dev.refract.migrate.ddl;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Pins the migration script of the rich test schemas (every scalar type, enums, lists, m:n, compound keys). */
class CreateSchemaGoldenTest {
    @ParameterizedTest
    @ValueSource(strings = {"rich-postgres", "rich-sqlite", "rich-mysql"})
    void migrationScript(String name) {
        String script = CreateSchema.migrationScript(Schemas.parse(Golden.resource("schemas/" + name + ".prisma")));
        Golden.assertMatches("golden/" + name + ".sql", script);
    }
}
