package dev.refract.engine.exec.raw;

import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites PostgreSQL raw SQL as Prisma takes it ({@code $1}, {@code $2}... placeholders) into the
 * text JDBC takes ({@code ?} placeholders, a literal question mark doubled to {@code ??}, as pgjdbc
 * reads it).
 *
 * <p>Only SQL proper is rewritten: string constants ({@code '...'} with {@code ''} inside, and
 * {@code E'...'} with backslash escapes), quoted identifiers ({@code "..."}), dollar-quoted strings
 * ({@code $$...$$}, {@code $tag$...$tag$}), line comments ({@code --}) and block comments (which
 * nest in PostgreSQL) pass through unchanged, so a {@code $1} or {@code ?} inside them stays text. A
 * {@code $} inside an identifier ({@code a$1}) is part of it. A placeholder may appear several
 * times and in any order: JDBC binds by position, so each occurrence gets its own {@code ?} and the
 * value of its number.
 */
public final class PostgresPlaceholders {
    private PostgresPlaceholders() {
    }

    /**
     * The JDBC text and, per {@code ?} in it, the 0-based index of the parameter it takes.
     *
     * @param highest the highest placeholder number used ({@code $3} gives 3), 0 when there is none:
     *     PostgreSQL expects that many parameters
     * @param commands how many commands the text holds (SQL after a {@code ;} outside literals and
     *     comments starts another); PostgreSQL prepares only one, as Prisma's engine sends it
     */
    public record Translated(String text, List<Integer> order, int highest, int commands) {
        public Translated {
            order = List.copyOf(order);
        }
    }

    /** Translates {@code sql}; see the class description. */
    public static Translated translate(String sql) {
        StringBuilder out = new StringBuilder(sql.length() + 8);
        List<Integer> order = new ArrayList<>();
        int highest = 0;
        int commands = 0;
        boolean inCommand = false;
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            boolean comment = (c == '-' || c == '/') && i + 1 < n && sql.charAt(i + 1) == (c == '-' ? '-' : '*');
            if (c == ';') {
                inCommand = false;
            } else if (!inCommand && !comment && !Character.isWhitespace(c)) {
                inCommand = true;
                commands++;
            }
            int end;
            if (c == '\'') {
                end = quotedEnd(sql, i, '\'', isEscapeString(sql, i));
            } else if (c == '"') {
                end = quotedEnd(sql, i, '"', false);
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int newline = sql.indexOf('\n', i);
                end = newline < 0 ? n : newline + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                end = blockCommentEnd(sql, i);
            } else if (c == '$' && !(i > 0 && isIdentifierPart(sql.charAt(i - 1)))) {
                int digits = i + 1;
                while (digits < n && Character.isDigit(sql.charAt(digits)) && sql.charAt(digits) < 128) {
                    digits++;
                }
                int number = digits > i + 1 ? parseNumber(sql.substring(i + 1, digits)) : -1;
                if (number > 0) {
                    out.append('?');
                    order.add(number - 1);
                    highest = Math.max(highest, number);
                    i = digits;
                    continue;
                }
                // $0 or a number past int: PostgreSQL's own error says it best.
                end = digits > i + 1 ? digits : dollarQuoteEnd(sql, i);
            } else if (c == '?') {
                out.append("??");
                i++;
                continue;
            } else {
                end = i + 1;
            }
            out.append(sql, i, end);
            i = end;
        }
        return new Translated(out.toString(), order, highest, commands);
    }

    /** The placeholder's number; 0 for a number past int. */
    private static int parseNumber(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException tooBig) {
            return 0;
        }
    }

    /** {@code E'...'} (or {@code e'...'}), where the E is not the end of a longer word. */
    private static boolean isEscapeString(String sql, int quote) {
        if (quote == 0) {
            return false;
        }
        char e = sql.charAt(quote - 1);
        return (e == 'E' || e == 'e') && (quote < 2 || !isIdentifierPart(sql.charAt(quote - 2)));
    }

    /** The index after the closing quote; a doubled quote is one quote character; unterminated: the end. */
    private static int quotedEnd(String sql, int start, char quote, boolean backslashEscapes) {
        int n = sql.length();
        int i = start + 1;
        while (i < n) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < n && sql.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return n;
    }

    private static int blockCommentEnd(String sql, int start) {
        int n = sql.length();
        int depth = 0;
        int i = start;
        while (i < n) {
            if (sql.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (sql.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return n;
    }

    /**
     * At a {@code $} that does not start a placeholder: a dollar-quoted string runs to its closing
     * tag ({@code $$} or {@code $tag$}); any other {@code $} is one character.
     */
    private static int dollarQuoteEnd(String sql, int start) {
        int n = sql.length();
        int i = start + 1;
        if (i < n && isIdentifierStart(sql.charAt(i))) {
            i++;
            while (i < n && isIdentifierPart(sql.charAt(i)) && sql.charAt(i) != '$') {
                i++;
            }
        }
        if (i >= n || sql.charAt(i) != '$') {
            return start + 1;
        }
        String tag = sql.substring(start, i + 1);
        int close = sql.indexOf(tag, i + 1);
        return close < 0 ? n : close + tag.length();
    }

    private static boolean isIdentifierStart(char c) {
        return Character.isLetter(c) || c == '_' || c >= 128;
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c >= 128;
    }
}
