package dev.refract.migrate.lint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough PostgreSQL syntax to read the DDL Prisma Migrate writes (and the usual hand edits):
 * qualified names, the clauses of an ALTER TABLE, the column list of a CREATE TABLE, and types
 * in one spelling ({@code SERIAL} as {@code INTEGER}, upper case, single spaces).
 */
final class PgSyntax {
    /** A name: {@code "a"}, {@code "s"."a"}, or unquoted words. */
    static final String NAME = "((?:\"[^\"]+\"|[A-Za-z_][\\w$]*)(?:\\.(?:\"[^\"]+\"|[A-Za-z_][\\w$]*))?)";
    private static final Pattern TYPE_END = Pattern.compile(
            "\\s+(NOT\\s+NULL|NULL|DEFAULT|PRIMARY|UNIQUE|REFERENCES|CHECK|CONSTRAINT|GENERATED|COLLATE|USING)\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private PgSyntax() {
    }

    /** The statement without its leading comment lines and surrounding space. */
    static String stripComments(String statement) {
        String s = statement.strip();
        while (true) {
            if (s.startsWith("--")) {
                int nl = s.indexOf('\n');
                s = nl < 0 ? "" : s.substring(nl + 1).strip();
            } else if (s.startsWith("/*")) {
                int end = s.indexOf("*/");
                s = end < 0 ? "" : s.substring(end + 2).strip();
            } else {
                return s;
            }
        }
    }

    /** A name as a key: quotes removed ({@code "s"."T"} is {@code s.T}), unquoted words lower-cased. */
    static String key(String name) {
        StringBuilder out = new StringBuilder();
        for (String part : name.split("\\.(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(part.startsWith("\"") ? part.substring(1, part.length() - 1) : part.toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    /** {@code s} cut at the commas outside parentheses and quotes. */
    static List<String> splitTopLevel(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        boolean literal = false;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' && !literal) {
                quoted = !quoted;
            } else if (c == '\'' && !quoted) {
                literal = !literal;
            } else if (!quoted && !literal) {
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                } else if (c == ',' && depth == 0) {
                    out.add(s.substring(start, i).strip());
                    start = i + 1;
                }
            }
        }
        if (start < s.length() && !s.substring(start).isBlank()) {
            out.add(s.substring(start).strip());
        }
        return out;
    }

    /** A column definition's type, normalised: the text after the name up to its first constraint. */
    static String type(String definitionAfterName) {
        String t = TYPE_END.matcher(definitionAfterName.strip()).replaceFirst("");
        t = t.strip().replaceAll("\\s+", " ").replaceAll("\\s*\\(\\s*", "(").replaceAll("\\s*,\\s*", ",")
                .replaceAll("\\s*\\)", ")");
        String upper = t.startsWith("\"") ? t : t.toUpperCase(Locale.ROOT);
        return switch (upper) {
            case "SERIAL", "SERIAL4", "INT", "INT4" -> "INTEGER";
            case "BIGSERIAL", "SERIAL8", "INT8" -> "BIGINT";
            case "SMALLSERIAL", "SERIAL2", "INT2" -> "SMALLINT";
            case "CHARACTER VARYING" -> "VARCHAR";
            case "FLOAT8" -> "DOUBLE PRECISION";
            case "BOOL" -> "BOOLEAN";
            default -> upper.replaceFirst("^CHARACTER VARYING\\(", "VARCHAR(").replaceFirst("^NUMERIC", "DECIMAL");
        };
    }

    /** The columns (name key to type) of a {@code CREATE TABLE name (...)} body, constraints skipped. */
    static Map<String, String> tableColumns(String body) {
        Map<String, String> out = new LinkedHashMap<>();
        Pattern column = Pattern.compile("^" + NAME + "\\s+(.+)$", Pattern.DOTALL);
        for (String item : splitTopLevel(body)) {
            String upper = item.toUpperCase(Locale.ROOT);
            if (upper.startsWith("CONSTRAINT ") || upper.startsWith("PRIMARY KEY") || upper.startsWith("UNIQUE")
                    || upper.startsWith("FOREIGN KEY") || upper.startsWith("CHECK") || upper.startsWith("EXCLUDE")) {
                continue;
            }
            Matcher m = column.matcher(item);
            if (m.matches()) {
                out.put(key(m.group(1)), type(m.group(2)));
            }
        }
        return out;
    }

    /** True when the column definition gives a value to existing rows: a default, a serial or an identity. */
    static boolean fillsExistingRows(String definitionAfterName) {
        String upper = definitionAfterName.toUpperCase(Locale.ROOT);
        return upper.contains(" DEFAULT ") || upper.contains("GENERATED ") || upper.strip().matches("^(SMALL|BIG)?SERIAL\\b.*");
    }
}
