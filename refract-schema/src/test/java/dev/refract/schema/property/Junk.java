package dev.refract.schema.property;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Text that does not belong in a schema, or belongs in the wrong place: what mutations insert. */
final class Junk {
    private Junk() {
    }

    static Arbitrary<String> any() {
        return Arbitraries.oneOf(punctuation(), unicode(), bytes(), fragments());
    }

    /** The characters the grammar cares about, mixed with letters and blanks. */
    static Arbitrary<String> punctuation() {
        return Arbitraries.strings().withChars("{}[]()@=:,.?!\"\\/ \t\n\rabcXYZ019_-+*#$%&'`~<>|;")
                .ofMinLength(1).ofMaxLength(24);
    }

    /** Any UTF-16 code units, lone surrogates and control characters included. */
    static Arbitrary<String> unicode() {
        return Arbitraries.strings().all().ofMinLength(1).ofMaxLength(16);
    }

    /** Random bytes read as UTF-8, the way a binary file would come in (malformed input replaced). */
    static Arbitrary<String> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(32)
                .map(b -> new String(b, StandardCharsets.UTF_8));
    }

    /** Keywords and half-written constructs of the schema language. */
    static Arbitrary<String> fragments() {
        return Arbitraries.of("model", "model X {", "enum", "datasource db {", "generator g {", "type", "view",
                "@@", "@", "@@id([", "@relation(", "@db.", "@default(", "///", "//", "\"", "\\", "\\u",
                "\u0000", "\r", "\r\n", "\n\n", "\uFEFF", "\u00a0", "\u2028", "😀", "[]", "?", "[]?", "!",
                "Unsupported(\"x\")", "env(\"X\")", "dbgenerated(", "fields: [", "references:", "}", "{",
                "=", "provider =", "1e999", "-0.0", "0x1F", "9999999999999999999999", ",,", "a.b.c.", "@@map(\"\")");
    }
}
