package dev.refract.migrate.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import dev.refract.testing.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The differential suite (refract-engine's test resources) keeps the DDL Prisma 6.19 wrote for its
 * schemas with {@code migrate diff --from-empty}. Ours must be the same text, but for what
 * {@code migrate diff} adds and {@code migrate dev} does not: a first {@code CREATE SCHEMA IF NOT
 * EXISTS "public"} step on PostgreSQL and one more newline at the end.
 */
class DifferentialDdlTest {
    private static final String MIGRATE_DIFF_HEADER = "-- CreateSchema\nCREATE SCHEMA IF NOT EXISTS \"public\";\n\n";

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "sqlite"})
    void matchesPrismasDdl(String dialect) throws IOException {
        String root = System.getProperty("refract.project.root", "..");
        Path dir = Path.of(root, "refract-engine", "src", "test", "resources", "differential");
        Path ddl = dir.resolve("prisma-ddl." + dialect + ".sql");
        assumeTrue(Files.exists(ddl), "no differential suite at " + dir.toAbsolutePath() + ": skipping");
        String expected = Files.readString(ddl);
        if (expected.startsWith(MIGRATE_DIFF_HEADER)) {
            expected = expected.substring(MIGRATE_DIFF_HEADER.length());
        }
        String actual = CreateSchema.migrationScript(
                Schemas.parse(Files.readString(dir.resolve("schema." + dialect + ".prisma"))));
        if (!actual.stripTrailing().equals(expected.stripTrailing())) {
            throw new AssertionError("DDL differs from Prisma's " + ddl + ":\n"
                    + Golden.diff(expected.stripTrailing(), actual.stripTrailing()));
        }
        assertThat(actual).endsWith(";\n");
    }
}
