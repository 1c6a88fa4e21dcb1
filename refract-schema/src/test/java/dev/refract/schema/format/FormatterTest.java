package dev.refract.schema.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.schema.diagnostics.SourceFile;
import dev.refract.testing.Golden;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Tricky input the corpus does not cover, as golden files ({@code format/<name>.prisma} is the
 * output for the input given here). Every case must also be idempotent and keep every word of
 * its input: a formatter that drops text it does not understand is broken.
 */
class FormatterTest {

    record Case(String name, String input) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        return List.of(
                new Case("crlf", String.join("\r\n",
                        "// header",
                        "model User {",
                        "  id Int @id // the key",
                        "  name String?",
                        "  this line is broken",
                        "  @@map(\"users\")",
                        "}",
                        "garbage at the top level",
                        "datasource db {",
                        "  provider = \"postgresql\"",
                        "  url = env(\"URL\")",
                        "}",
                        "")),
                new Case("tabs", String.join("\n",
                        "model\tUser\t{",
                        "\tid\tInt\t@id\t@default(autoincrement())",
                        "\t\temail\tString\t@unique",
                        "\t@@index([email])",
                        "}",
                        "")),
                new Case("trailing-comments", String.join("\n",
                        "model Post {",
                        "  id Int @id // first",
                        "  title String /// documentation after a field",
                        "  body String? /* inline block */",
                        "  views Int @default(0) //",
                        "  tags String[] // ünïcödé → aligned by bytes",
                        "  @@index([title]) // on the index",
                        "}",
                        "",
                        "enum Role {",
                        "  USER // plain",
                        "  ADMIN @map(\"admin\") // mapped",
                        "  GUEST @map(\"guest\") @deprecated // Prisma writes the attributes of a value back to back",
                        "  @@map(\"roles\") // enum map",
                        "}",
                        "")),
                new Case("catch-all", String.join("\n",
                        "model A {",
                        "  id Int @id",
                        "  ??? what is this",
                        "  name String @default(\"x\"",
                        "  @@unique([id]) extra words",
                        "",
                        "",
                        "  other Float",
                        "}",
                        "",
                        "",
                        "",
                        "type Alias = String @id garbage",
                        "type Other = Int // comment on the alias line",
                        "something { not a block",
                        "arbitrary {",
                        "  anything goes here",
                        "}",
                        "model Unclosed {",
                        "  id Int @id",
                        "")),
                new Case("comments", String.join("\n",
                        "",
                        "",
                        "/* top",
                        "   * of file */",
                        "/// doc of A",
                        "model A { // after the brace",
                        "",
                        "  // leading comment",
                        "  id Int @id",
                        "",
                        "  /* before the attribute */",
                        "  @@map(\"a\")",
                        "",
                        "  // last words",
                        "}",
                        "// trailing comment without newline")),
                new Case("legacy-and-odd", String.join("\n",
                        "model B {",
                        "  a: Int!",
                        "  b [String]",
                        "  c Unsupported(\"circle\")?",
                        "  d Int[]?",
                        "  e",
                        "  f @default(1)",
                        "  g String @default( \"x\" ,  ) @db.VarChar( 10 )",
                        "  h String @relation(name: , fields: [ a,b ])",
                        "}",
                        "generator g {",
                        "  provider =",
                        "  output = \"x\" // where",
                        "  empty = // nothing",
                        "}",
                        "")),
                new Case("no-trailing-newline", "model C {\n    id Int @id\n}"),
                new Case("relations-completed", String.join("\n",
                        "datasource db {",
                        "  provider = \"postgresql\"",
                        "  url = env(\"URL\")",
                        "}",
                        "model Category {",
                        "  code String @db.VarChar(8)",
                        "  region Int",
                        "  @@id([code, region])",
                        "}",
                        "model Person {",
                        "  id Int @id",
                        "  category Category // no @relation yet",
                        "  mentor Person? @relation(\"mentoring\")",
                        "  mentees Person[] @relation(\"mentoring\")",
                        "}",
                        "model Box {",
                        "  id String @id",
                        "  owner Person @relation(fields: [ownerId])",
                        "  ownerId Int",
                        "  @@ignore",
                        "}",
                        "model Tag {",
                        "  id Int @id",
                        "  owner Person? @relation(\"tagged\")",
                        "}",
                        "")),
                new Case("relations-not-completed-when-invalid", String.join("\n",
                        "model A {",
                        "  id Int @id",
                        "  b B",
                        "  c Nope",
                        "}",
                        "model B {",
                        "  id Int @id",
                        "}",
                        "")));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void matchesGoldenIsIdempotentAndKeepsEveryWord(Case c) {
        String formatted = Formatter.format(c.input());
        Golden.assertMatches("format/" + c.name() + ".prisma", formatted);
        assertThat(Formatter.format(formatted)).as("formatting twice").isEqualTo(formatted);
        Map<String, Integer> before = words(c.input());
        Map<String, Integer> after = words(formatted);
        before.forEach((w, n) -> assertThat(after.getOrDefault(w, 0)).as("occurrences of %s", w).isGreaterThanOrEqualTo(n));
    }

    @Test
    void multiFileFormatsEachFileOnItsOwn() {
        List<String> out = Formatter.format(List.of(
                new SourceFile("a.prisma", "model A {\n id Int @id\n}"),
                new SourceFile("b.prisma", "\n\nenum E {\n  X\n}\n\n\n")));
        assertThat(out).containsExactly("model A {\n  id Int @id\n}\n", "enum E {\n  X\n}\n");
    }

    @Test
    void indentWidthIsConfigurable() {
        assertThat(Formatter.format("model A {\nid Int\n}\n", 4)).isEqualTo("model A {\n    id Int\n}\n");
    }

    @Test
    void emptyInputFormatsToANewline() {
        assertThat(Formatter.format("")).isEqualTo("\n");
        assertThat(Formatter.format("\n\n\n")).isEqualTo("\n");
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_\\-]+|[^\\s\\p{L}\\p{N}_\\-:,!*\\[\\]/]");

    /** Words and punctuation of a text, counted; what the formatter may legitimately drop is left out. */
    private static Map<String, Integer> words(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            counts.merge(m.group(), 1, Integer::sum);
        }
        return counts;
    }
}
