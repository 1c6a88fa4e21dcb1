package dev.refract.schema.connector;

import java.util.ArrayList;
import java.util.List;

/**
 * The argument shapes native types take, with how many arguments are required and optional and
 * how their values are parsed. Parsing follows Prisma's: unsigned integers in decimal (a leading
 * {@code +} allowed), exact counts, and SQL Server's case-insensitive {@code Max}.
 */
public enum NativeTypeArguments {
    /** No arguments: {@code @db.Text}. */
    NONE(0, 0, null),
    /** One required unsigned integer: MySQL {@code @db.VarChar(191)}. */
    NUMBER(1, 0, "a nonnegative integer"),
    /** An optional unsigned integer: {@code @db.Timestamp(3)} or {@code @db.Timestamp}. */
    OPTIONAL_NUMBER(0, 1, "a nonnegative integer"),
    /** Optional precision and scale: {@code @db.Decimal(10, 2)}. */
    OPTIONAL_NUMBER_PAIR(0, 2, "two nonnegative integers"),
    /** SQL Server's optional length or {@code Max}: {@code @db.NVarChar(Max)}. */
    OPTIONAL_LENGTH_OR_MAX(0, 1, "an integer or `Max`");

    /** The value an argument {@code Max} is parsed to. */
    public static final long MAX = -1;

    private final int required;
    private final int optional;
    private final String description;

    NativeTypeArguments(int required, int optional, String description) {
        this.required = required;
        this.optional = optional;
        this.description = description;
    }

    public int required() {
        return required;
    }

    public int optional() {
        return optional;
    }

    /** How the expected arguments are named in "Expected X, but found (...)." messages. */
    public String description() {
        return description;
    }

    /**
     * Parses {@code args} (as written, already counted against {@link #required()} and
     * {@link #optional()}), or returns null when they do not have this shape.
     */
    List<Long> parse(List<String> args) {
        if (args.isEmpty() && required == 0) {
            return List.of();
        }
        int exact = Math.max(required, optional);
        if (args.size() != exact) {
            return null;
        }
        List<Long> out = new ArrayList<>(args.size());
        for (String a : args) {
            Long v = this == OPTIONAL_LENGTH_OR_MAX ? lengthOrMax(a) : unsigned(a, 0xFFFF_FFFFL);
            if (v == null) {
                return null;
            }
            out.add(v);
        }
        return List.copyOf(out);
    }

    private static Long lengthOrMax(String s) {
        if (s.equalsIgnoreCase("max")) {
            return MAX;
        }
        return unsigned(s, 0xFFFFL);
    }

    private static Long unsigned(String s, long max) {
        String digits = s.startsWith("+") ? s.substring(1) : s;
        if (digits.isEmpty() || digits.length() > 19) {
            return null;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return null;
            }
        }
        long v = Long.parseLong(digits);
        return v > max ? null : v;
    }
}
