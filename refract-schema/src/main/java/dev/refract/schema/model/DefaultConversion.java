package dev.refract.schema.model;

import dev.refract.model.BuiltinType;
import dev.refract.model.DefaultValue;
import dev.refract.model.LiteralValue;
import dev.refract.model.ScalarType;
import dev.refract.schema.ast.Argument;
import dev.refract.schema.ast.Expression;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a validated {@code @default(...)} expression. Validation has already checked the value
 * against the field's type, so this only interprets it.
 */
final class DefaultConversion {
    private DefaultConversion() {
    }

    /** The default, or null for a function Prisma does not know (only in an invalid schema). */
    static DefaultValue of(Expression value, ScalarType type) {
        if (value instanceof Expression.FunctionCall call) {
            return function(call);
        }
        LiteralValue literal = literal(value, type);
        return literal == null ? null : DefaultValue.literal(literal);
    }

    private static DefaultValue function(Expression.FunctionCall call) {
        List<Argument> args = call.arguments().arguments();
        Expression first = args.isEmpty() ? null : args.get(0).value();
        return switch (call.name()) {
            case "autoincrement" -> new DefaultValue.Autoincrement();
            case "now" -> new DefaultValue.Now();
            case "uuid" -> new DefaultValue.Uuid(intArg(first, 4));
            case "cuid" -> new DefaultValue.Cuid(intArg(first, 1));
            case "nanoid" -> new DefaultValue.Nanoid(first == null ? null : intArg(first, 21));
            case "ulid" -> new DefaultValue.Ulid();
            case "dbgenerated" -> new DefaultValue.DbGenerated(
                    first instanceof Expression.StringValue s ? s.value() : null);
            case "sequence" -> new DefaultValue.Sequence();
            case "auto" -> new DefaultValue.Auto();
            default -> null;
        };
    }

    private static int intArg(Expression arg, int fallback) {
        if (arg instanceof Expression.NumericValue n) {
            try {
                return Integer.parseInt(n.value());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
        return fallback;
    }

    private static LiteralValue literal(Expression value, ScalarType type) {
        BuiltinType builtin = type.builtin();
        if (value instanceof Expression.ArrayExpression array) {
            List<LiteralValue> items = new ArrayList<>();
            for (Expression e : array.elements()) {
                LiteralValue item = literal(e, type);
                if (item == null) {
                    return null;
                }
                items.add(item);
            }
            return new LiteralValue.ListValue(items);
        }
        if (value instanceof Expression.NumericValue n && builtin != null) {
            return switch (builtin) {
                case INT -> new LiteralValue.Int(Long.parseLong(n.value()));
                case BIG_INT -> new LiteralValue.BigInt(new BigInteger(n.value()));
                case FLOAT, DECIMAL -> new LiteralValue.Decimal(new BigDecimal(n.value()));
                default -> null;
            };
        }
        if (value instanceof Expression.ConstantValue c) {
            if (builtin == BuiltinType.BOOLEAN) {
                return new LiteralValue.Bool(Boolean.parseBoolean(c.value()));
            }
            return builtin == null ? new LiteralValue.EnumValue(c.value()) : null;
        }
        if (value instanceof Expression.StringValue s && builtin != null) {
            return switch (builtin) {
                case STRING -> new LiteralValue.Text(s.value());
                case DATE_TIME -> new LiteralValue.DateTime(s.value());
                case JSON -> new LiteralValue.Json(s.value());
                case DECIMAL -> new LiteralValue.Decimal(new BigDecimal(s.value()));
                case BYTES -> new LiteralValue.Bytes(s.value());
                default -> null;
            };
        }
        return null;
    }
}
