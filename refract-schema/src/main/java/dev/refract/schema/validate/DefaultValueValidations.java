package dev.refract.schema.validate;

import dev.refract.schema.ast.Attribute;
import dev.refract.schema.ast.Expression;
import dev.refract.schema.connector.Capability;
import dev.refract.schema.db.DefaultValueWalker;
import dev.refract.schema.db.ScalarFieldWalker;
import dev.refract.schema.db.ScalarType;
import java.math.BigDecimal;
import java.util.Base64;

/**
 * Checks on {@code @default}: functions nobody knows, named defaults, literal values that do not
 * parse as the field's type, and {@code auto()} outside MongoDB.
 *
 * <p>The parse error details in parentheses follow the wording of the Rust parsers Prisma uses
 * as closely as the Java parsers allow; the corpus does not pin them.
 */
final class DefaultValueValidations {
    private DefaultValueValidations() {
    }

    /** Functions the parser database did not know: an error, unless the connector knows them. */
    static void unknownDefaultFunctions(ValidationContext ctx) {
        for (ScalarFieldWalker field : ctx.db().walkScalarFieldDefaultsWithUnknownFunction()) {
            if (field.defaultValue().value() instanceof Expression.FunctionCall call) {
                ctx.connector().validateUnknownDefaultFunction(call.name(), call.arguments(), call.span(),
                        ctx.diagnostics());
            }
        }
    }

    /** The default of a model field: its name, then its value. */
    static void validateDefaultValue(ScalarFieldWalker field, ValidationContext ctx) {
        DefaultValueWalker value = field.defaultValue();
        Attribute attribute = FieldValidations.defaultAttribute(field.astField());
        String mappedName = value == null ? null : value.mappedName();
        if (mappedName != null) {
            if (!ctx.has(Capability.NAMED_DEFAULT_VALUES)) {
                ctx.error(Messages.attribute("@default", "You defined a database name for the default value of a "
                        + "field on the model. This is not supported by the provider."), attribute.span());
            }
            DatabaseNames.validateDbName(field.model().name(), attribute, mappedName, ctx, false);
        }
        Expression expression = value == null ? null : value.value();
        validateValue(expression, field.scalarFieldType().asBuiltinScalar(), ctx);
        validateAutoParam(expression, ctx);
    }

    /** {@code auto()} is MongoDB's. */
    static void validateAutoParam(Expression expression, ValidationContext ctx) {
        if (ctx.has(Capability.DEFAULT_VALUE_AUTO)) {
            return;
        }
        if (expression instanceof Expression.FunctionCall call && call.name().equals("auto")) {
            ctx.error(Messages.attribute("@default", "The current connector does not support the `auto()` function."),
                    call.span());
        }
    }

    /** A literal default must parse as the field's type; list defaults are checked item by item. */
    static void validateValue(Expression expression, ScalarType type, ValidationContext ctx) {
        if (type == null || expression == null) {
            return;
        }
        if (expression instanceof Expression.ArrayExpression array) {
            for (Expression item : array.elements()) {
                validateValue(item, type, ctx);
            }
            return;
        }
        if (expression instanceof Expression.StringValue s) {
            String v = s.value();
            switch (type) {
                case Json -> {
                    String problem = JsonSyntax.problem(v);
                    if (problem != null) {
                        parseError("\"" + v + "\" is not a valid JSON string. (" + problem + ")", "@default", s, ctx);
                    }
                }
                case Bytes -> {
                    String problem = base64Problem(v);
                    if (problem != null) {
                        parseError("\"" + v + "\" is not a valid base64 string. (" + problem + ")", "@default", s,
                                ctx);
                    }
                }
                case DateTime -> {
                    String problem = Rfc3339.problem(v);
                    if (problem != null) {
                        parseError("\"" + v + "\" is not a valid rfc3339 datetime string. (" + problem + ")",
                                "@default", s, ctx);
                    }
                }
                case Decimal -> {
                    try {
                        new BigDecimal(v);
                    } catch (NumberFormatException e) {
                        // Prisma names the attribute without its @ here.
                        parseError("\"" + v + "\" is not a valid decimal. (invalid digit found in string)", "default",
                                s, ctx);
                    }
                }
                default -> {
                }
            }
        } else if (expression instanceof Expression.NumericValue n && (type == ScalarType.Int
                || type == ScalarType.BigInt)) {
            String detail = integerProblem(n.value());
            if (detail != null) {
                parseError("\"" + n.value() + "\" is not a valid integer. (" + detail + ")", "@default", n, ctx);
            }
        }
    }

    private static void parseError(String message, String attribute, Expression at, ValidationContext ctx) {
        ctx.error(Messages.attribute(attribute, "Parse error: " + message), at.span());
    }

    /** Why {@code value} is not standard base64, in the Rust decoder's words, or null. */
    private static String base64Problem(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean alphabet = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
                    || c == '/' || c == '=';
            if (!alphabet) {
                return "Invalid symbol " + (int) c + ", offset " + i + ".";
            }
        }
        try {
            Base64.getDecoder().decode(value);
            return null;
        } catch (IllegalArgumentException e) {
            return "Invalid padding";
        }
    }

    /** Why {@code value} is not an i64, in Rust's words, or null when it is one. */
    private static String integerProblem(String value) {
        try {
            Long.parseLong(value);
            return null;
        } catch (NumberFormatException e) {
            String digits = value.startsWith("-") || value.startsWith("+") ? value.substring(1) : value;
            if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit)) {
                return value.startsWith("-") ? "number too small to fit in target type"
                        : "number too large to fit in target type";
            }
            return "invalid digit found in string";
        }
    }
}
