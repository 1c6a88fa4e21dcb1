package dev.refract.schema.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Schema-like text assembled from fragments (keywords, braces, attributes, comments, broken
 * pieces, CRLF and tabs): formatting never throws, is idempotent, and keeps every letter, digit
 * and meaningful sign (words may be split where the parser splits them: {@code modelA{} is a model).
 */
class FormatterPropertiesTest {
    private static final List<String> FRAGMENTS = List.of(
            "model", "enum", "type", "view", "datasource", "generator", "A", "B", "id", "name", " ", " ", "\t",
            "\n", "\n", "\n", "\r\n", "{", "{\n", "}", "}\n", "Int", "String?", "Int[]", "@id", "@default(1)",
            "@@index([a, b])", "@map(\"x\")", "@relation(fields: [a], references: [id])", "// c", "/// d",
            "/* e */", "/*\n * f\n */", "=", "\"str\"", "env(\"U\")", "[1, 2]", "(", ")", ",", ":", "?", "!",
            "@@", "@", "é", "-1.5");
    /** Characters that must never disappear (the formatter may drop `:`, `,`, `!` and comment stars by design). */
    private static final Pattern KEPT = Pattern.compile("[\\p{L}\\p{N}_\\-@=(){}\"'.?#$%^&<>;|~+]");

    @Provide
    Arbitrary<String> schemaLike() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(60).map(l -> String.join("", l));
    }

    private static final List<String> HEADERS = List.of("model A {", "model B{", "enum E {", "datasource db {",
            "generator g {  // x", "type T {", "view V {", "x {", "type Al = String @id", "// top", "/* top */",
            "garbage", "");
    private static final List<String> LINES = List.of("id Int @id", "  name   String?  @unique  // n",
            "\tb B @relation(fields: [bId], references: [id])", "bId Int", "@@index([a])", "@@id([a, b]) // k",
            "@@map(\"t\")", "// comment", "/// doc", "/* multi\n  * line */", "", "", "VALUE @map(\"v\")",
            "key = \"value\" // c", "k=[1,2]", "broken ((", "a: Int!", "c [String]", "d Int[]? @default([])",
            "e Unsupported(\"x\")?", "f @db.Text", "}", "o =", "x /* a\nb */");
    private static final List<String> ENDINGS = List.of("\n", "\n", "\n", "\r\n", " \n", "\t\n");

    @Provide
    Arbitrary<String> blocks() {
        Arbitrary<String> line = Arbitraries.of(LINES).flatMap(l -> Arbitraries.of(ENDINGS).map(e -> l + e));
        Arbitrary<String> block = Arbitraries.of(HEADERS).flatMap(h -> line.list().ofMaxSize(8)
                .flatMap(ls -> Arbitraries.of(ENDINGS).flatMap(e -> Arbitraries.of("}", "}\n", "} // end\n", "}\n\n")
                        .map(close -> h + e + String.join("", ls) + close))));
        return block.list().ofMaxSize(5).map(l -> String.join("", l));
    }

    @Property(tries = 200)
    void blocksFormatIdempotentlyKeepingEveryCharacter(@ForAll("blocks") String input) {
        formattingIsIdempotentAndKeepsEveryCharacter(input);
    }

    private static final List<String> RELATION_LINES = List.of("id Int @id", "id String @id @db.VarChar(20)",
            "code String @unique", "other Other", "other Other?", "others Other[]", "self Self?", "selves Self[]",
            "other Other @relation(fields: [otherId], references: [id])", "otherId Int", "otherId Int?",
            "other Other? @relation(\"named\")", "other Other @relation(references: [id])",
            "user User", "users User[]", "user User? @relation(fields: [userId])", "userId Int @unique", "@@ignore",
            "@@id([a, b])", "a Int", "b String");

    @Provide
    Arbitrary<String> relations() {
        Arbitrary<String> model = Arbitraries.of("User", "Other", "Self", "Post_Tag", "Category").flatMap(name ->
                Arbitraries.of(RELATION_LINES).list().ofMaxSize(6).map(lines -> "model " + name + " {\n  "
                        + String.join("\n  ", lines) + "\n}\n"));
        return model.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("\n", l));
    }

    @Property(tries = 200)
    void relationCompletionIsIdempotent(@ForAll("relations") String input) {
        formattingIsIdempotentAndKeepsEveryCharacter(input);
    }

    @Property(tries = 200)
    void formattingIsIdempotentAndKeepsEveryCharacter(@ForAll("schemaLike") String input) {
        String once = Formatter.format(input);
        assertThat(Formatter.format(once)).as("formatting twice").isEqualTo(once);
        Map<String, Integer> after = counts(once);
        counts(input).forEach((c, n) -> assertThat(after.getOrDefault(c, 0)).as("occurrences of %s", c)
                .isGreaterThanOrEqualTo(n));
    }

    private static Map<String, Integer> counts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = KEPT.matcher(text);
        while (m.find()) {
            counts.merge(m.group(), 1, Integer::sum);
        }
        return counts;
    }
}
