package dev.refract.schema.db;

import dev.refract.schema.ast.Expression;
import dev.refract.schema.diagnostics.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Reads attribute argument values as the kind of value expected, reporting
 * {@code Expected a <kind> value, but received <kind> value `<value>`.} on the value otherwise.
 * Each method returns null after reporting.
 */
public final class Coerce {
    private Coerce() {
    }

    static void mismatch(String expected, Expression e, Diagnostics d) {
        d.error("Expected a " + expected + " value, but received " + e.describe() + " value `" + e.render() + "`.",
                e.span());
    }

    /** A bare name such as {@code Desc} or {@code Cascade}. */
    public static String constant(Expression e, Diagnostics d) {
        if (e instanceof Expression.ConstantValue c) {
            return c.value();
        }
        mismatch("constant", e, d);
        return null;
    }

    public static String string(Expression e, Diagnostics d) {
        if (e instanceof Expression.StringValue s) {
            return s.value();
        }
        mismatch("string", e, d);
        return null;
    }

    /** {@code true} or {@code false}. */
    public static Boolean bool(Expression e, Diagnostics d) {
        if (e instanceof Expression.ConstantValue c && (c.value().equals("true") || c.value().equals("false"))) {
            return c.value().equals("true");
        }
        mismatch("boolean", e, d);
        return null;
    }

    /** A whole number that fits in 64 bits. */
    public static Long integer(Expression e, Diagnostics d) {
        if (e instanceof Expression.NumericValue n) {
            try {
                return Long.parseLong(n.value());
            } catch (NumberFormatException ignored) {
                // reported below, as Prisma does for unparsable numbers
            }
        }
        mismatch("numeric", e, d);
        return null;
    }

    public static Double floatValue(Expression e, Diagnostics d) {
        if (e instanceof Expression.NumericValue n) {
            try {
                return Double.parseDouble(n.value());
            } catch (NumberFormatException ignored) {
                // reported below
            }
        }
        mismatch("float", e, d);
        return null;
    }

    public static Expression.FunctionCall function(Expression e, Diagnostics d) {
        if (e instanceof Expression.FunctionCall f) {
            return f;
        }
        mismatch("function", e, d);
        return null;
    }

    /**
     * A list of values, each read with {@code element}; a single value counts as a list of one.
     * Every element is checked; null when any failed.
     */
    public static <T> List<T> array(Expression e, BiFunction<Expression, Diagnostics, T> element, Diagnostics d) {
        List<T> out = new ArrayList<>();
        if (e instanceof Expression.ArrayExpression arr) {
            boolean valid = true;
            for (Expression el : arr.elements()) {
                T v = element.apply(el, d);
                if (v == null) {
                    valid = false;
                } else {
                    out.add(v);
                }
            }
            return valid ? out : null;
        }
        T v = element.apply(e, d);
        if (v == null) {
            return null;
        }
        out.add(v);
        return out;
    }
}
