package dev.refract.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.client.Connections;
import dev.refract.engine.QueryEngine;
import dev.refract.engine.raw.Sql;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated client resolves a relative SQLite path against the schema's folder, as Prisma (and
 * {@code refract migrate}) do, so {@code file:./dev.db} in {@code prisma/schema.prisma} is
 * {@code prisma/dev.db} for both; without that folder, against the working directory.
 */
class SchemaFolderUrlTest {
    @Test
    void aRelativeSqlitePathIsInTheSchemasFolder(@TempDir Path project) throws Exception {
        Path prisma = Files.createDirectories(project.resolve("prisma"));
        try (QueryEngine e = Connections.open(Schemas.blog("sqlite"), "DATABASE_URL", "file:./schema-folder-test.db",
                prisma.toString())) {
            e.executeRaw(Sql.of("CREATE TABLE t (x INTEGER)"));
        }
        assertThat(prisma.resolve("schema-folder-test.db")).exists();
        assertThat(Path.of("schema-folder-test.db")).doesNotExist();
    }

    @Test
    void theGeneratedClientNamesTheSchemasFolder() {
        String client = ClientGenerator.generate(Schemas.blog("sqlite"),
                new ClientGenerator.Options("p", "Refract", "DATABASE_URL", null, "prisma")).get("p/Refract.java");
        assertThat(client).contains("Connections.open(RefractSchema.MODEL, \"DATABASE_URL\", null, \"prisma\")");
        String here = ClientGenerator.generate(Schemas.blog("sqlite"), ClientGenerator.Options.of("p")).get("p/Refract.java");
        assertThat(here).contains("Connections.open(RefractSchema.MODEL, \"DATABASE_URL\", null)");
    }
}
