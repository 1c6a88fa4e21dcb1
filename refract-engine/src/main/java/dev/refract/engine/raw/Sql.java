package dev.refract.engine.raw;

import dev.refract.engine.exec.raw.PostgresPlaceholders;
import dev.refract.engine.sql.Dialect;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * A raw SQL statement, or a fragment of one, built so that it cannot be injected into: its text is
 * only what the program wrote, every value is bound as a parameter (never spliced into the text,
 * whatever it contains), and a name (table, column) goes in only through {@link #identifier},
 * quoted by the database's dialect when the statement is rendered. Immutable: every method returns
 * a new {@code Sql}, so fragments can be shared and reused.
 *
 * <p>The template form puts a value where {@code {}} is; a value that is itself an {@code Sql}
 * (an identifier, a list, a fragment) is put in as SQL:
 *
 * <pre>{@code
 * Sql q = Sql.of("SELECT * FROM {} WHERE email = {} AND age > {}", Sql.identifier("User"), email, 18);
 * List<Map<String, Object>> rows = engine.queryRaw(q);
 * }</pre>
 *
 * <p>The builder form appends text, values and fragments in turn, which suits SQL put together
 * by the program:
 *
 * <pre>{@code
 * Sql where = Sql.join(List.of(Sql.of("role = {}", role), Sql.of("created_at > {}", since)), " AND ");
 * Sql q = Sql.of("SELECT id, name FROM ").append(Sql.identifier("public", "User"))
 *         .append(" WHERE ").append(where)
 *         .append(" AND id IN (").append(Sql.list(ids)).append(")")
 *         .append(" LIMIT ").value(10);
 * }</pre>
 *
 * <p>Values are the engine's Java types ({@link dev.refract.engine.ir.Values}: String, Integer,
 * Long, Double, BigDecimal, Boolean, Instant, {@code Values.Json}, {@code byte[]}, null); UUIDs
 * and enums go in as their text, {@code java.util.Date}, {@code OffsetDateTime} and
 * {@code ZonedDateTime} as Instants, a Collection as a List (a PostgreSQL array:
 * {@code id = ANY({})}). To write a literal {@code {}} in a template, double the braces:
 * {@code {{}}}. Text appended with {@link #append(String)} is never read for {@code {}}.
 *
 * <p>The text is SQL in the database's own syntax. On PostgreSQL, Prisma's placeholders
 * {@code $1, $2...} are what values render to, so the text must not contain them itself, and a
 * {@code {}} inside a string literal or comment is no placeholder: rendering refuses both. On
 * SQLite a {@code ?} in the text is a placeholder, and a count that does not match fails (P1016)
 * rather than binding the wrong value. {@link #toString()} shows the statement for logs, values apart from the text.
 */
public final class Sql {
    private static final Sql EMPTY = new Sql(List.of());

    /** A bound value. */
    private record Bound(Object value) {
    }

    /** A name, possibly qualified ({@code schema.table}), quoted at render time. */
    private record Name(List<String> parts) {
    }

    /** Text (String), Bound values and Names, in order. */
    private final List<Object> parts;

    private Sql(List<Object> parts) {
        this.parts = parts;
    }

    /**
     * A statement from a template: each {@code {}} takes the next value, bound (or, for an
     * {@code Sql} value, inserted as SQL); {@code {{}}} is a literal {@code {}}.
     *
     * @throws IllegalArgumentException when the number of {@code {}} and of values differ
     */
    public static Sql of(String template, Object... values) {
        Objects.requireNonNull(template, "template");
        Object[] vs = values == null ? new Object[] {null} : values;
        List<Object> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int next = 0;
        int i = 0;
        while (i < template.length()) {
            if (template.startsWith("{{}}", i)) {
                text.append("{}");
                i += 4;
            } else if (template.startsWith("{}", i)) {
                if (next >= vs.length) {
                    throw new IllegalArgumentException(count(template, vs.length));
                }
                flush(text, parts);
                addValue(parts, vs[next++]);
                i += 2;
            } else {
                text.append(template.charAt(i++));
            }
        }
        if (next != vs.length) {
            throw new IllegalArgumentException(count(template, vs.length));
        }
        flush(text, parts);
        return new Sql(List.copyOf(parts));
    }

    private static String count(String template, int values) {
        return "the template has a different number of {} than the " + values + " value(s) given"
                + " (write a literal {} as {{}}): " + template;
    }

    /** Nothing: the neutral element of {@link #append(Sql)} and {@link #join}. */
    public static Sql empty() {
        return EMPTY;
    }

    /**
     * A table, column or other name, quoted by the dialect when rendered ({@code "User"} on
     * PostgreSQL and SQLite, a quote inside doubled), so any text is safe as a name. Several parts
     * make a qualified name: {@code identifier("public", "User")} is {@code "public"."User"}.
     */
    public static Sql identifier(String... names) {
        if (names == null || names.length == 0) {
            throw new IllegalArgumentException("an identifier needs a name");
        }
        for (String n : names) {
            if (n == null || n.isEmpty()) {
                throw new IllegalArgumentException("an identifier's name cannot be null or empty");
            }
        }
        return new Sql(List.of(new Name(List.of(names))));
    }

    /** The values, each bound, separated by {@code ", "}: for {@code IN (...)} and {@code VALUES (...)}. */
    public static Sql list(Collection<?> values) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("Sql.list needs at least one value (IN () is not SQL)");
        }
        List<Object> parts = new ArrayList<>();
        for (Object v : values) {
            if (!parts.isEmpty()) {
                parts.add(", ");
            }
            addValue(parts, v);
        }
        return new Sql(List.copyOf(parts));
    }

    /** The fragments with {@code separator} (SQL text) between them; empty fragments are left out. */
    public static Sql join(Iterable<Sql> fragments, String separator) {
        Objects.requireNonNull(separator, "separator");
        Sql out = EMPTY;
        for (Iterator<Sql> it = fragments.iterator(); it.hasNext(); ) {
            Sql s = Objects.requireNonNull(it.next(), "fragment");
            if (s.isEmpty()) {
                continue;
            }
            out = out.isEmpty() ? s : out.append(separator).append(s);
        }
        return out;
    }

    /** This followed by {@code text}, taken as SQL text as it is (no {@code {}} placeholders). */
    public Sql append(String text) {
        Objects.requireNonNull(text, "text");
        return text.isEmpty() ? this : with(List.of(text));
    }

    /** This followed by {@code other}. */
    public Sql append(Sql other) {
        return other.isEmpty() ? this : isEmpty() ? other : with(other.parts);
    }

    /** This followed by {@code value}, bound (an {@code Sql} value is appended as SQL). */
    public Sql value(Object value) {
        List<Object> added = new ArrayList<>(1);
        addValue(added, value);
        return with(added);
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /** The bound values, in order. */
    public List<Object> values() {
        List<Object> out = new ArrayList<>();
        for (Object p : parts) {
            if (p instanceof Bound b) {
                out.add(b.value());
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The statement as the engine sends it for {@code dialect}: names quoted, each value a
     * placeholder as Prisma writes raw SQL ({@code $1, $2...} on PostgreSQL, {@code ?} elsewhere).
     */
    public Rendered render(Dialect dialect) {
        boolean numbered = dialect.provider().equals("postgresql");
        StringBuilder text = new StringBuilder();
        List<Object> values = new ArrayList<>();
        for (Object p : parts) {
            if (p instanceof Bound b) {
                values.add(b.value());
                text.append(numbered ? "$" + values.size() : "?");
            } else if (p instanceof Name n) {
                for (int i = 0; i < n.parts().size(); i++) {
                    if (i > 0) {
                        text.append('.');
                    }
                    dialect.quote(text, n.parts().get(i));
                }
            } else {
                text.append((String) p);
            }
        }
        if (numbered) {
            checkPlaceholders(text.toString(), values.size());
        }
        return new Rendered(text.toString(), values);
    }

    /**
     * On PostgreSQL every value's {@code $n} must be read as a placeholder, once and in order: a
     * {@code $1} written in the text would bind a value twice, and a {@code {}} inside a string
     * literal or comment would not bind at all. Both are mistakes in the program; say so.
     */
    private static void checkPlaceholders(String text, int values) {
        List<Integer> order = PostgresPlaceholders.translate(text).order();
        boolean inOrder = order.size() == values;
        for (int i = 0; inOrder && i < values; i++) {
            inOrder = order.get(i) == i;
        }
        if (!inOrder) {
            throw new IllegalArgumentException("the SQL text has a $n placeholder of its own, or a value inside a"
                    + " string literal, quoted name or comment (write values with {} outside literals): " + text);
        }
    }

    /**
     * A rendered statement.
     *
     * @param text the SQL with the dialect's placeholders
     * @param values one per placeholder, in order
     */
    public record Rendered(String text, List<Object> values) {
        public Rendered {
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    /**
     * For logs: the text with {@code ?} for each value and names in standard SQL quotes, then the
     * values in brackets: {@code SELECT * FROM "User" WHERE id = ? [42]}.
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Object p : parts) {
            if (p instanceof Bound) {
                text.append('?');
            } else if (p instanceof Name n) {
                for (int i = 0; i < n.parts().size(); i++) {
                    text.append(i > 0 ? "." : "").append('"').append(n.parts().get(i).replace("\"", "\"\"")).append('"');
                }
            } else {
                text.append((String) p);
            }
        }
        return text + " " + values();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sql other && partsEqual(parts, other.parts);
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (Object p : parts) {
            // deepHashCode, as equals compares values with deepEquals (byte[] by content)
            h = 31 * h + (p instanceof Bound b ? java.util.Arrays.deepHashCode(new Object[] {b.value()}) : p.hashCode());
        }
        return h;
    }

    private static boolean partsEqual(List<Object> a, List<Object> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Object x = a.get(i);
            Object y = b.get(i);
            if (x instanceof Bound bx && y instanceof Bound by) {
                if (!java.util.Objects.deepEquals(bx.value(), by.value())) {
                    return false;
                }
            } else if (!x.equals(y)) {
                return false;
            }
        }
        return true;
    }

    private Sql with(List<Object> more) {
        List<Object> all = new ArrayList<>(parts.size() + more.size());
        all.addAll(parts);
        all.addAll(more);
        return new Sql(List.copyOf(all));
    }

    private static void addValue(List<Object> parts, Object value) {
        if (value instanceof Sql fragment) {
            parts.addAll(fragment.parts);
        } else {
            parts.add(new Bound(Parameters.value(value)));
        }
    }

    private static void flush(StringBuilder text, List<Object> parts) {
        if (text.length() > 0) {
            parts.add(text.toString());
            text.setLength(0);
        }
    }
}
