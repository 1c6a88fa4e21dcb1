package dev.refract.engine.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.engine.error.RefractException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .env parsing (dotenv's rules), ${} expansion (Prisma's) and precedence (environment, root, schema folder). */
class DotEnvTest {
    @Test
    void parsesLikeDotenv() {
        Map<String, String> env = DotEnv.parse("""
                # comment
                PLAIN=postgresql://u:p@h/db?schema=s # trailing comment
                export EXPORTED = spaced value\s\s
                SINGLE='single # not a comment'
                DOUBLE="line1\\nline2"
                BACKTICK=`it's "both"`
                EMPTY=
                COLON: yaml-ish
                MULTI="first
                second"
                not a line
                DUP=1
                DUP=2
                """);
        assertThat(env).containsEntry("PLAIN", "postgresql://u:p@h/db?schema=s")
                .containsEntry("EXPORTED", "spaced value")
                .containsEntry("SINGLE", "single # not a comment")
                .containsEntry("DOUBLE", "line1\nline2")
                .containsEntry("BACKTICK", "it's \"both\"")
                .containsEntry("EMPTY", "")
                .containsEntry("COLON", "yaml-ish")
                .containsEntry("MULTI", "first\nsecond")
                .containsEntry("DUP", "2")
                .doesNotContainKey("not");
        assertThat(DotEnv.parse("A=x\r\nB=y\r\n")).containsEntry("A", "x").containsEntry("B", "y");
    }

    @Test
    void environmentWinsThenRootThenSchemaFolder(@TempDir Path root) throws Exception {
        Path schemaDir = Files.createDirectories(root.resolve("prisma"));
        Files.writeString(root.resolve(".env"), "A=root\nB=root\nHOST=db\n");
        Files.writeString(schemaDir.resolve(".env"), "B=schema\nC=schema\nD=${HOST}:${PORT}/x\nE=\\${HOST}\nF=$HOST\n");
        Function<String, String> env = DotEnv.load(Map.of("A", "process", "PORT", "5433"),
                List.of(root.resolve(".env"), schemaDir.resolve(".env")));
        assertThat(env.apply("A")).isEqualTo("process");
        assertThat(env.apply("B")).isEqualTo("root");
        assertThat(env.apply("C")).isEqualTo("schema");
        assertThat(env.apply("D")).isEqualTo("db:5433/x");
        assertThat(env.apply("E")).isEqualTo("${HOST}");
        assertThat(env.apply("F")).isEqualTo("$HOST");
        assertThat(env.apply("MISSING")).isNull();
        assertThat(DotEnv.require(env, "C")).isEqualTo("schema");
        assertThatThrownBy(() -> DotEnv.require(env, "DATABASE_URL"))
                .isInstanceOf(RefractException.class)
                .hasMessage("Environment variable not found: DATABASE_URL.")
                .extracting(e -> ((RefractException) e).code()).isEqualTo("P1012");
    }

    @Test
    void missingFilesAndTheSameFileTwice(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve(".env"), "X=${X}y\n");
        Function<String, String> env = DotEnv.load(root, root);
        assertThat(env.apply("X")).isEqualTo("y");
        assertThat(DotEnv.load(root.resolve("nowhere"), null).apply("X")).isNull();
    }
}
