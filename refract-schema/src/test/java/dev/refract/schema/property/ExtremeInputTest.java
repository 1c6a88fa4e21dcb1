package dev.refract.schema.property;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.schema.ValidatedSchema;
import java.util.Collections;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs at the extremes a parser meets in the wild, each of which must come back as
 * diagnostics without a stack overflow or a hang: 10,000-deep nesting in every place an
 * expression or block can nest, and single lines of a megabyte.
 */
class ExtremeInputTest {
    private static final int DEEP = 10_000;
    private static final int MEGABYTE = 1 << 20;
    // Unclosed blocks nested in one another; unclosedBlocksAtScale runs 10,000 of them.
    private static final int UNCLOSED_BLOCKS = 200;
    private static final String MODEL = "model A {\n  id Int @id\n  %s\n}\n";

    static Stream<Arguments> deepNesting() {
        return Stream.of(
                Arguments.of("brackets as a field type", MODEL.formatted("f " + "[".repeat(DEEP)), true),
                Arguments.of("unclosed arrays in @default", MODEL.formatted("f Int[] @default(" + "[".repeat(DEEP)), true),
                Arguments.of("closed arrays in @default",
                        MODEL.formatted("f Int[] @default(" + "[".repeat(DEEP) + "1" + "]".repeat(DEEP) + ")"), false),
                Arguments.of("nested calls in @default", MODEL.formatted("f Int @default(" + "f(".repeat(DEEP) + ")"), true),
                Arguments.of("closed nested calls",
                        MODEL.formatted("f Int @default(" + "f(".repeat(DEEP) + ")".repeat(DEEP) + ")"), false),
                Arguments.of("parentheses in a block attribute", MODEL.formatted("@@index(" + "(".repeat(DEEP)), true),
                Arguments.of("arrays in a datasource", "datasource db {\n  provider = " + "[".repeat(DEEP) + "\n}\n", true),
                Arguments.of("arrays in a generator", "generator g {\n  provider = \"x\"\n  list = "
                        + "[".repeat(DEEP) + "]".repeat(DEEP) + "\n}\n", false),
                Arguments.of("braces", "{".repeat(DEEP), true),
                Arguments.of("braces in a model", MODEL.formatted("{".repeat(DEEP)), true),
                Arguments.of("models opened in models", "model A {\n".repeat(UNCLOSED_BLOCKS), true),
                Arguments.of("brackets at top level", "[".repeat(DEEP), true),
                Arguments.of("dotted path", MODEL.formatted("f Int @default(" + "a.".repeat(DEEP) + "b)"), false),
                Arguments.of("optional markers", MODEL.formatted("f Int" + "?".repeat(DEEP)), false),
                // Unknown attributes: one error each, each printing the line; see "many attributes".
                Arguments.of("attributes", MODEL.formatted("f Int" + " @a".repeat(2_000)), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deepNesting")
    void deepNestingYieldsErrors(String name, String schema, boolean mustHaveErrors) {
        ValidatedSchema validated = Failures.validate(schema);
        if (mustHaveErrors) {
            assertThat(validated.diagnostics().errors()).as(name).isNotEmpty();
        }
    }

    /**
     * 10,000 unclosed blocks of every kind: each would rescan the rest of the file, which is
     * quadratic (Prisma 7.10 itself takes 220 s for 4,000 such lines); the parser remembers the
     * lines that lead to an unclosed block, so this stays linear.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"model A {\n", "enum E {\n", "datasource d {\n",
            "block {\n", "model A {\n  id Int @id\n"})
    void unclosedBlocksAtScale(String line) {
        assertThat(Failures.validate(line.repeat(DEEP)).diagnostics().errors()).isNotEmpty();
    }

    static Stream<Arguments> megabyteLines() {
        String word = "x".repeat(MEGABYTE);
        return Stream.of(
                Arguments.of("comment", "// " + word + "\n" + MODEL.formatted(""), false),
                Arguments.of("doc comment", "/// " + word + "\n" + MODEL.formatted(""), false),
                Arguments.of("string default", MODEL.formatted("f String @default(\"" + word + "\")"), false),
                Arguments.of("unterminated string", MODEL.formatted("f String @default(\"" + word), true),
                Arguments.of("escapes in a string", MODEL.formatted("f String @default(\""
                        + "\\\"".repeat(MEGABYTE / 2) + "\")"), false),
                Arguments.of("model name", "model " + word + " {\n  id Int @id\n}\n", false),
                Arguments.of("field type", MODEL.formatted("f " + word), true),
                Arguments.of("blanks inside a model", MODEL.formatted(" ".repeat(MEGABYTE) + "f Int"), false),
                Arguments.of("garbage line", "@#%&".repeat(MEGABYTE / 4) + "\n", true),
                Arguments.of("garbage inside a model", MODEL.formatted("!-".repeat(MEGABYTE / 2)), true),
                Arguments.of("many words", MODEL.formatted("f Int" + " a".repeat(MEGABYTE / 2)), true),
                // Each repeated @unique is an error that prints its whole line, as Prisma's does:
                // the output grows with errors times line length, so this one line stays at 16 KB.
                Arguments.of("many attributes", MODEL.formatted("f Int" + " @unique".repeat(2_000)), true),
                Arguments.of("long array", MODEL.formatted("f Int[] @default([" + "1,".repeat(MEGABYTE / 2) + "1])"), false),
                Arguments.of("one line, no newline", "model A { id Int @id " + word + " }", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("megabyteLines")
    void megabyteLinesYieldDiagnostics(String name, String schema, boolean mustHaveErrors) {
        ValidatedSchema validated = Failures.validate(schema);
        if (mustHaveErrors) {
            assertThat(validated.diagnostics().errors()).as(name).isNotEmpty();
        }
    }

    /** Many errors at once: every line of a 100 KB file that is not a schema at all. */
    @Test
    void thousandsOfBrokenLines() {
        String text = String.join("\n", Collections.nCopies(10_000, "not a schema line"));
        ValidatedSchema validated = Failures.validate(text);
        assertThat(validated.diagnostics().errors()).hasSizeGreaterThan(1);
    }
}
