package dev.refract.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.refract.model.SchemaModel;
import dev.refract.testing.Golden;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The typed client of Prisma's conformance schemas (read in place from {@code ../shared/conformance}
 * or {@code -Drefract.conformance}; skipped with a message when absent): each generates and
 * compiles with {@code -Xlint:all -Werror}, and its sources match golden files. Small schemas are
 * golden file by file; large ones by a manifest (file, lines, sha256 of every source), which keeps
 * the repository small and still pins every byte. {@code noalyss_folder.prisma} is left out: it does
 * not validate (its foreign keys and referenced fields differ in type, which Prisma reports too).
 * MongoDB and SQL Server schemas are left out. Regenerate with
 * {@code -Drefract.golden.update=true} and review the diff.
 */
class ConformanceSchemasTest {
    private static final String LARGE = "prisma-engines/query-engine/schema/test-schemas/";
    private static final String DMMF = "prisma-engines/query-engine/dmmf/test_files/";

    static Stream<Arguments> schemas() {
        return Stream.of(
                Arguments.of("standupbot", LARGE + "standupbot.prisma", 10, true),
                Arguments.of("odoo", LARGE + "odoo.prisma", 168, false),
                Arguments.of("dmmf-general", DMMF + "general.prisma", -1, false),
                Arguments.of("dmmf-functions", DMMF + "functions.prisma", -1, false),
                Arguments.of("dmmf-views", DMMF + "views.prisma", -1, false),
                Arguments.of("dmmf-indexes_postgres", DMMF + "indexes_postgres.prisma", -1, false),
                Arguments.of("dmmf-indexes_mysql", DMMF + "indexes_mysql.prisma", -1, false),
                Arguments.of("dmmf-without_relation_name", DMMF + "without_relation_name.prisma", -1, false),
                Arguments.of("dmmf-source_with_comments", DMMF + "source_with_comments.prisma", -1, false),
                Arguments.of("dmmf-ignore", DMMF + "ignore.prisma", -1, false));
    }

    static Path corpus() {
        String configured = System.getProperty("refract.conformance");
        Path root = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of("..", "..", "shared", "conformance");
        assumeTrue(Files.isDirectory(root.resolve("prisma-engines")), "Prisma conformance corpora not found at "
                + root.toAbsolutePath() + ": skipping (see ../shared/conformance/README.md)");
        return root;
    }

    /** odoo.prisma holds 168 models (181 is the number of lines starting with "model", fields named model included). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void generatesCompilesAndMatchesGolden(String name, String path, int models, boolean full) throws Exception {
        SchemaModel schema = Schemas.parse(Files.readString(corpus().resolve(path)));
        if (models >= 0) {
            assertThat(schema.models()).hasSize(models);
        }
        Map<String, String> sources = ClientGenerator.generate(schema, ClientGenerator.Options.of("conformance." + name.replace('-', '_')));
        Javac.Result r = Javac.compile(sources);
        assertThat(r.errors()).isEmpty();
        assertThat(r.ok()).isTrue();
        if (full) {
            for (Map.Entry<String, String> e : sources.entrySet()) {
                Golden.assertMatches("golden/conformance/" + name + "/" + e.getKey().substring(e.getKey().lastIndexOf('/') + 1),
                        e.getValue());
            }
        } else {
            Golden.assertMatches("golden/conformance/" + name + ".manifest", manifest(sources));
        }
    }

    /** One line per generated file: its path, its number of lines and the sha256 of its text. */
    static String manifest(Map<String, String> sources) throws Exception {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(e.getValue().getBytes(StandardCharsets.UTF_8));
            out.append(e.getKey()).append(' ').append(e.getValue().split("\n", -1).length - 1).append(' ')
                    .append(HexFormat.of().formatHex(digest)).append('\n');
        }
        return out.toString();
    }
}
