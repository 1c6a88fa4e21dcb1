package dev.refract.migrate.ddl;

import java.io.IOException;
import dev.refract.testing.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Pins the migration script of every schema under {@code src/test/resources/golden/}: each
 * {@code X.prisma} has its script in {@code X.sql} (rewrite with -Drefract.golden.update=true).
 */
class CreateSchemaGoldenTest {
    @TestFactory
    Stream<DynamicTest> migrationScripts() throws IOException {
        Path dir = Path.of("src", "test", "resources", "golden");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".prisma")).sorted().toList().stream()
                    .map(p -> {
                        String name = p.getFileName().toString().replace(".prisma", "");
                        return DynamicTest.dynamicTest(name, () -> {
                            String script = CreateSchema.migrationScript(
                                    Schemas.parse(Golden.resource("golden/" + name + ".prisma")));
                            Golden.assertMatches("golden/" + name + ".sql", script);
                        });
                    });
        }
    }
}
