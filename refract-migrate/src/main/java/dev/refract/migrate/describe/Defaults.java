package dev.refract.migrate.describe;

import dev.refract.migrate.ddl.SqlSchema.ColumnDefault;
import dev.refract.model.BuiltinType;
import dev.refract.model.LiteralValue;
import dev.refract.model.ScalarType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Column defaults as the database prints them, read back into Prisma's terms: {@code now()}, a
 * constant of the column's type, or else the expression itself ({@code dbgenerated}). Shared by
 * both dialects: PostgreSQL adds casts ({@code 'x'::text}), SQLite keeps the text as written.
 */
final class Defaults {
    private static final Pattern QUOTED = Pattern.compile("'((?:[^']|'')*)'(?:::.+)?", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("\\(?(-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)\\)?(?:::[a-z ]+)?");
    private static final Pattern ARRAY = Pattern.compile("ARRAY\\[(.*)\\](?:::.+)?", Pattern.DOTALL);

    private Defaults() {
    }

    /** The default for a column of {@code type}; null when there is none. */
    static ColumnDefault parse(String expr, ScalarType type, boolean list) {
        if (expr == null) {
            return null;
        }
        String e = expr.trim();
        if (e.equalsIgnoreCase("NULL") || e.startsWith("NULL::")) {
            return null;
        }
        String lower = e.toLowerCase(Locale.ROOT);
        if (lower.equals("current_timestamp") || lower.equals("now()") || lower.equals("current_timestamp(3)")) {
            return new ColumnDefault.Now();
        }
        LiteralValue value = list ? listValue(e, type) : value(e, type);
        return value != null ? new ColumnDefault.Value(value) : new ColumnDefault.Expression(e);
    }

    private static LiteralValue listValue(String e, ScalarType type) {
        Matcher array = ARRAY.matcher(e);
        List<String> items = new ArrayList<>();
        if (array.matches()) {
            String body = array.group(1).trim();
            if (!body.isEmpty()) {
                items.addAll(splitTopLevel(body));
            }
        } else {
            Matcher q = QUOTED.matcher(e);
            if (!q.matches() || !q.group(1).startsWith("{") || !q.group(1).endsWith("}")) {
                return null;
            }
            String body = q.group(1).substring(1, q.group(1).length() - 1);
            if (!body.isEmpty()) {
                for (String item : splitTopLevel(body)) {
                    String unquoted = item.startsWith("\"") && item.endsWith("\"") && item.length() >= 2
                            ? item.substring(1, item.length() - 1).replace("\\\"", "\"") : item;
                    items.add("'" + unquoted.replace("'", "''") + "'");
                }
            }
        }
        List<LiteralValue> values = new ArrayList<>();
        for (String item : items) {
            LiteralValue v = value(item.trim(), type);
            if (v == null) {
                return null;
            }
            values.add(v);
        }
        return new LiteralValue.ListValue(values);
    }

    /** Splits on commas outside quotes, brackets and parentheses. */
    private static List<String> splitTopLevel(String body) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        boolean dquoted = false;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\'' && !dquoted) {
                quoted = !quoted;
            } else if (c == '"' && !quoted) {
                dquoted = !dquoted;
            } else if (!quoted && !dquoted && (c == '(' || c == '[' || c == '{')) {
                depth++;
            } else if (!quoted && !dquoted && (c == ')' || c == ']' || c == '}')) {
                depth--;
            } else if (c == ',' && depth == 0 && !quoted && !dquoted) {
                out.add(body.substring(start, i).trim());
                start = i + 1;
            }
        }
        out.add(body.substring(start).trim());
        return out;
    }

    /** A constant of {@code type}, or null when {@code e} is not one. */
    static LiteralValue value(String e, ScalarType type) {
        String text;
        Matcher q = QUOTED.matcher(e);
        Matcher n = NUMBER.matcher(e);
        if (q.matches()) {
            text = q.group(1).replace("''", "'");
        } else if (n.matches()) {
            text = n.group(1);
        } else if (e.equalsIgnoreCase("true") || e.equalsIgnoreCase("false")) {
            text = e.toLowerCase(Locale.ROOT);
        } else {
            return null;
        }
        if (type instanceof ScalarType.EnumRef) {
            return q.matches() ? new LiteralValue.EnumValue(text) : null;
        }
        BuiltinType b = type.builtin();
        if (b == null) {
            return null;
        }
        try {
            return switch (b) {
                case STRING -> q.matches() ? new LiteralValue.Text(text) : null;
                case INT -> new LiteralValue.Int(Long.parseLong(text));
                case BIG_INT -> new LiteralValue.BigInt(new BigInteger(text));
                case FLOAT, DECIMAL -> new LiteralValue.Decimal(new BigDecimal(text));
                case BOOLEAN -> bool(text);
                case DATE_TIME -> q.matches() ? dateTime(text) : null;
                case JSON -> q.matches() ? new LiteralValue.Json(text) : null;
                case BYTES -> q.matches() ? bytes(text) : null;
            };
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    private static final java.time.format.DateTimeFormatter DB_DATE_TIME = new java.time.format.DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd").optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendPattern("HH:mm:ss")
            .optionalStart().appendFraction(java.time.temporal.ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalEnd()
            .optionalStart().appendOffset("+HH:mm", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);

    /**
     * A datetime constant as the database prints it ({@code 2020-01-01 10:00:00}, with an offset
     * for timestamptz, a date alone) in RFC 3339, as a schema writes it; UTC when no offset is
     * printed. Null (an expression) when it is something else ({@code 'infinity'}).
     */
    private static LiteralValue dateTime(String text) {
        try {
            java.time.temporal.TemporalAccessor t = DB_DATE_TIME.parse(text.trim());
            java.time.LocalDate date = java.time.LocalDate.from(t);
            java.time.LocalTime time = t.isSupported(java.time.temporal.ChronoField.HOUR_OF_DAY)
                    ? java.time.LocalTime.from(t) : java.time.LocalTime.MIDNIGHT;
            java.time.ZoneOffset offset = t.isSupported(java.time.temporal.ChronoField.OFFSET_SECONDS)
                    ? java.time.ZoneOffset.from(t) : java.time.ZoneOffset.UTC;
            return new LiteralValue.DateTime(java.time.OffsetDateTime.of(date, time, offset)
                    .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static LiteralValue bool(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "t", "1" -> new LiteralValue.Bool(true);
            case "false", "f", "0" -> new LiteralValue.Bool(false);
            default -> null;
        };
    }

    private static LiteralValue bytes(String text) {
        String hex = text.startsWith("\\x") ? text.substring(2) : text;
        try {
            return new LiteralValue.Bytes(Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hex)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
