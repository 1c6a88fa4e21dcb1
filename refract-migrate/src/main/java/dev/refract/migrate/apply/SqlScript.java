package dev.refract.migrate.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A SQL script cut into statements, and the rule that decides whether it may run in one
 * transaction.
 *
 * <p>The cutting follows the lexical rules of PostgreSQL and SQLite: semicolons inside quoted
 * strings and identifiers ({@code '..'}, {@code E'..'}, {@code ".."}, {@code `..`}, {@code [..]}),
 * dollar-quoted bodies ({@code $tag$..$tag$}), comments ({@code --}, nested {@code /* *}{@code /})
 * and SQLite trigger bodies ({@code CREATE TRIGGER .. BEGIN .. END;}) do not end a statement.
 *
 * <p><b>The transaction rule.</b> A migration runs in one transaction, so a failure anywhere leaves
 * the database as it was, unless one of its statements cannot run in a transaction or changes
 * what a transaction means; then it runs statement by statement, as Prisma runs every migration.
 * On PostgreSQL those are: anything {@code CONCURRENTLY} (index builds and drops, REINDEX,
 * DETACH PARTITION), {@code VACUUM}, {@code CREATE/DROP DATABASE}, {@code CREATE/DROP TABLESPACE},
 * {@code ALTER SYSTEM}, {@code ALTER TYPE .. ADD VALUE} (the new value cannot be used in the
 * transaction that adds it), and the script's own {@code BEGIN/COMMIT/ROLLBACK/SAVEPOINT}. On
 * SQLite: {@code PRAGMA} (Prisma's table redefinitions turn {@code foreign_keys} off, which SQLite
 * ignores inside a transaction), {@code VACUUM}, {@code ATTACH/DETACH} and the script's own
 * transaction control.
 */
public final class SqlScript {
    private static final Pattern PG_NO_TX = Pattern.compile(
            "\\bCONCURRENTLY\\b|^VACUUM\\b|^(CREATE|DROP)\\s+(DATABASE|TABLESPACE)\\b|^ALTER\\s+SYSTEM\\b"
                    + "|^ALTER\\s+TYPE\\b.*\\bADD\\s+VALUE\\b|^(BEGIN|COMMIT|ROLLBACK|END|ABORT|SAVEPOINT|RELEASE"
                    + "|START\\s+TRANSACTION|PREPARE\\s+TRANSACTION)\\b", Pattern.DOTALL);
    private static final Pattern SQLITE_NO_TX = Pattern.compile(
            "^(PRAGMA|VACUUM|ATTACH|DETACH|BEGIN|COMMIT|END|ROLLBACK|SAVEPOINT|RELEASE)\\b", Pattern.DOTALL);
    private static final Pattern TRIGGER = Pattern.compile("^CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b");

    private final List<String> statements;
    private final List<String> shapes;

    private SqlScript(List<String> statements, List<String> shapes) {
        this.statements = statements;
        this.shapes = shapes;
    }

    /** The statements of {@code script}, without empty ones (only comments and whitespace). */
    public List<String> statements() {
        return statements;
    }

    /** Whether the script may run in one transaction on {@code provider} (see the class comment). */
    public boolean transactional(String provider) {
        Pattern rule = provider.equals("sqlite") ? SQLITE_NO_TX : PG_NO_TX;
        for (String shape : shapes) {
            if (rule.matcher(shape).find()) {
                return false;
            }
        }
        return true;
    }

    /** Cuts {@code script} into statements. */
    public static SqlScript parse(String script) {
        List<String> statements = new ArrayList<>();
        List<String> shapes = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        StringBuilder shape = new StringBuilder(); // the statement's words: no comments, literals blanked
        int n = script.length();
        int i = 0;
        while (i < n) {
            char c = script.charAt(i);
            int end = i + 1;
            if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                end = script.indexOf('\n', i);
                end = end < 0 ? n : end;
                shape.append(' ');
            } else if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                end = blockCommentEnd(script, i);
                shape.append(' ');
            } else if (c == '\'' || c == '"' || c == '`') {
                boolean backslashes = c == '\'' && i > 0 && (script.charAt(i - 1) == 'E' || script.charAt(i - 1) == 'e');
                end = quotedEnd(script, i, c, backslashes);
                shape.append(c == '\'' ? "''" : "ident");
            } else if (c == '[' && !isPostgresArray(shape)) {
                int close = script.indexOf(']', i);
                end = close < 0 ? n : close + 1;
                shape.append("ident");
            } else if (c == '$' && dollarTag(script, i) != null) {
                String tag = dollarTag(script, i);
                int close = script.indexOf(tag, i + tag.length());
                end = close < 0 ? n : close + tag.length();
                shape.append("''");
            } else if (c == ';' && !inTriggerBody(shape)) {
                add(statements, shapes, text, shape);
                text.setLength(0);
                shape.setLength(0);
                i++;
                continue;
            } else {
                shape.append(c);
            }
            text.append(script, i, end);
            i = end;
        }
        add(statements, shapes, text, shape);
        return new SqlScript(List.copyOf(statements), List.copyOf(shapes));
    }

    private static void add(List<String> statements, List<String> shapes, StringBuilder text, StringBuilder shape) {
        String words = shape.toString().strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        if (!words.isEmpty()) {
            statements.add(text.toString().strip());
            shapes.add(words);
        }
    }

    /** A SQLite trigger body runs until {@code END}: its inner semicolons do not end the statement. */
    private static boolean inTriggerBody(StringBuilder shape) {
        String words = shape.toString().strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        return TRIGGER.matcher(words).find() && !words.endsWith(" END");
    }

    /** PostgreSQL's {@code [} subscripts arrays ({@code a[1]}, {@code int[]}); SQLite's quotes names. */
    private static boolean isPostgresArray(StringBuilder shape) {
        int last = shape.length() - 1;
        return last >= 0 && !Character.isWhitespace(shape.charAt(last)) && shape.charAt(last) != '(' && shape.charAt(last) != ',';
    }

    private static int blockCommentEnd(String s, int start) {
        int depth = 0;
        int i = start;
        while (i < s.length() - 1) {
            if (s.charAt(i) == '/' && s.charAt(i + 1) == '*') {
                depth++;
                i += 2;
            } else if (s.charAt(i) == '*' && s.charAt(i + 1) == '/') {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return s.length();
    }

    private static int quotedEnd(String s, int start, char quote, boolean backslashes) {
        int i = start + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (backslashes && c == '\\') {
                i += 2;
                continue;
            }
            if (c == quote) {
                if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
                    i += 2; // a doubled quote is the quote character itself
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return s.length();
    }

    /** The dollar-quote tag starting at {@code i} ({@code $$}, {@code $body$}), or null for {@code $1}. */
    private static String dollarTag(String s, int i) {
        if (i > 0 && (Character.isLetterOrDigit(s.charAt(i - 1)) || s.charAt(i - 1) == '_')) {
            return null;
        }
        int j = i + 1;
        while (j < s.length() && (Character.isLetter(s.charAt(j)) || s.charAt(j) == '_'
                || (j > i + 1 && Character.isDigit(s.charAt(j))))) {
            j++;
        }
        return j < s.length() && s.charAt(j) == '$' ? s.substring(i, j + 1) : null;
    }
}
