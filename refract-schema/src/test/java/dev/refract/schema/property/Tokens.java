package dev.refract.schema.property;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rough lexer for mutating schemas token by token: string literals, comments, words, runs of
 * blanks, line breaks, and any other single character. It need not match Prisma's grammar;
 * it only makes mutations land on the pieces a person would delete or repeat by mistake.
 */
final class Tokens {
    private static final Pattern TOKEN = Pattern.compile(
            "\"(?:[^\"\\\\\\n]|\\\\.)*\"?|//[^\\n]*|[A-Za-z0-9_]+|[ \\t]+|\\r?\\n|.", Pattern.DOTALL);

    private Tokens() {
    }

    /** Splits {@code text} into tokens that concatenate back to it. */
    static List<String> split(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
