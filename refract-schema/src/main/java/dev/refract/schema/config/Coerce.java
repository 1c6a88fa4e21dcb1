package dev.refract.schema.config;

import dev.refract.schema.ast.Expression;
import dev.refract.schema.diagnostics.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Reads expressions as the type a setting expects, reporting "Expected a X value, but received
 * Y value `...`." at the expression when it is not. Null means "reported, not usable".
 */
public final class Coerce {
    private Coerce() {
    }

    /** Reports a type mismatch of {@code expr} against {@code expected}. */
    public static void mismatch(String expected, Expression expr, Diagnostics diagnostics) {
        diagnostics.error("Expected a " + expected + " value, but received " + expr.describe() + " value `"
                + expr.render() + "`.", expr.span());
    }

    /** A string literal's value. */
    public static String string(Expression expr, Diagnostics diagnostics) {
        if (expr instanceof Expression.StringValue s) {
            return s.value();
        }
        mismatch("string", expr, diagnostics);
        return null;
    }

    /** A string literal, kept as an expression (for its span). */
    public static Expression.StringValue stringWithSpan(Expression expr, Diagnostics diagnostics) {
        if (expr instanceof Expression.StringValue s) {
            return s;
        }
        mismatch("string", expr, diagnostics);
        return null;
    }

    /** A constant ({@code true}) read as a boolean. */
    public static Boolean booleanValue(Expression expr, Diagnostics diagnostics) {
        if (expr instanceof Expression.ConstantValue c && (c.value().equals("true") || c.value().equals("false"))) {
            return Boolean.valueOf(c.value());
        }
        mismatch("boolean", expr, diagnostics);
        return null;
    }

    /** A number read as a 64-bit integer. */
    public static Long integer(Expression expr, Diagnostics diagnostics) {
        if (expr instanceof Expression.NumericValue n) {
            try {
                return Long.parseLong(n.value().startsWith("+") ? n.value().substring(1) : n.value());
            } catch (NumberFormatException e) {
                // fall through to the report
            }
        }
        mismatch("numeric", expr, diagnostics);
        return null;
    }

    /** A function call or a bare constant, kept as the expression. */
    public static Expression functionOrConstant(Expression expr, Diagnostics diagnostics) {
        if (expr instanceof Expression.FunctionCall || expr instanceof Expression.ConstantValue) {
            return expr;
        }
        mismatch("constant or function", expr, diagnostics);
        return null;
    }

    /**
     * An array of values read by {@code element}, or a single value read as a one-element array.
     * Every element is read (and reported) before deciding; null when any failed.
     */
    public static <T> List<T> array(Expression expr, BiFunction<Expression, Diagnostics, T> element,
                                    Diagnostics diagnostics) {
        List<T> out = new ArrayList<>();
        if (expr instanceof Expression.ArrayExpression array) {
            boolean valid = true;
            for (Expression e : array.elements()) {
                T value = element.apply(e, diagnostics);
                if (value == null) {
                    valid = false;
                } else {
                    out.add(value);
                }
            }
            return valid ? out : null;
        }
        T value = element.apply(expr, diagnostics);
        if (value == null) {
            return null;
        }
        out.add(value);
        return out;
    }
}
