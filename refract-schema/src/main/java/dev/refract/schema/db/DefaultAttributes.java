package dev.refract.schema.db;

import dev.refract.schema.ast.Argument;
import dev.refract.schema.ast.EnumDecl;
import dev.refract.schema.ast.EnumValue;
import dev.refract.schema.ast.Expression;
import dev.refract.schema.ast.Field;
import dev.refract.schema.ast.FieldArity;
import java.util.List;
import java.util.Set;

/**
 * {@code @default(...)} on model and composite type fields: the value must suit the field's type
 * (literal, enum value, list for list fields) or be a function Prisma knows for that type.
 * Functions Prisma does not know are accepted here and left for the connector to judge.
 */
final class DefaultAttributes {
    private static final Set<String> KNOWN_FUNCTIONS =
            Set.of("autoincrement", "cuid", "dbgenerated", "nanoid", "now", "uuid", "ulid", "auto");

    private final AttributeResolver r;
    private final AttributeContext ctx;
    private boolean accepted;

    private DefaultAttributes(AttributeResolver r) {
        this.r = r;
        this.ctx = r.ctx;
    }

    static void modelField(AttributeResolver r, int sfid) {
        AttributeContext ctx = r.ctx;
        int argIndex = ctx.visitDefaultArgIndex("value");
        if (argIndex < 0) {
            return;
        }
        Types.ScalarFieldData data = r.types.scalarFields.get(sfid);
        Field field = r.astModel(data.model).fields().get(data.fieldIndex);
        String mapped = IndexAttributes.mapArgument(r);
        var attribute = ctx.currentAttribute();
        Expression value = attribute.arguments().arguments().get(argIndex).value();
        DefaultAttributes d = new DefaultAttributes(r);

        if (value instanceof Expression.FunctionCall f && f.name().equals("dbgenerated")) {
            d.dbgeneratedArgs(f.arguments().arguments());
        } else if (data.type instanceof ScalarFieldType.CompositeRef c) {
            d.compositeTypeDefault(c.id(), field);
        } else if (data.type instanceof ScalarFieldType.EnumRef e) {
            d.enumDefault(value, e.id(), field.arity());
        } else if (data.type instanceof ScalarFieldType.BuiltIn b) {
            d.modelBuiltin(sfid, b.type(), value, mapped, field.arity());
        } else {
            ctx.attributeError("Only @default(dbgenerated(\"...\")) can be used for Unsupported types.");
        }
        if (d.accepted) {
            data.defaultValue = new Types.DefaultData(attribute, argIndex, mapped);
        }
    }

    static void compositeTypeField(AttributeResolver r, CompositeTypeId ct, Field field,
                                   Types.CompositeTypeFieldData data) {
        AttributeContext ctx = r.ctx;
        int argIndex = ctx.visitDefaultArgIndex("value");
        if (argIndex < 0) {
            return;
        }
        if (ctx.visitOptionalArg("map") != null) {
            ctx.attributeError("The `map` argument is not allowed on a composite type field.");
        }
        var attribute = ctx.currentAttribute();
        Expression value = attribute.arguments().arguments().get(argIndex).value();
        DefaultAttributes d = new DefaultAttributes(r);
        if (value instanceof Expression.FunctionCall f && f.name().equals("dbgenerated")) {
            ctx.attributeError("Fields of composite types cannot have `dbgenerated()` as default.");
            return;
        }
        if (data.type instanceof ScalarFieldType.CompositeRef c) {
            d.compositeTypeDefault(c.id(), field);
        } else if (data.type instanceof ScalarFieldType.EnumRef e) {
            d.enumDefault(value, e.id(), field.arity());
        } else if (data.type instanceof ScalarFieldType.BuiltIn b) {
            d.compositeBuiltin(b.type(), value, field.arity());
        } else {
            ctx.attributeError("Composite field of type `Unsupported` cannot have default values.");
        }
        if (d.accepted) {
            data.defaultValue = new Types.DefaultData(attribute, argIndex, null);
        }
    }

    private void accept() {
        accepted = true;
    }

    private void modelBuiltin(int sfid, ScalarType type, Expression value, String mapped, FieldArity arity) {
        if (value instanceof Expression.FunctionCall f) {
            String fn = f.name();
            List<Argument> args = f.arguments().arguments();
            if (fn.equals("autoincrement") && mapped != null) {
                ctx.attributeError("Naming an autoincrement default value is not allowed.");
            } else if (fn.equals("autoincrement") && (type == ScalarType.Int || type == ScalarType.BigInt)) {
                emptyArgs(fn, args);
            } else if (fn.equals("cuid") && type == ScalarType.String) {
                intArg("cuid", args, v -> v == 1 || v == 2, "which is either 1 or 2");
            } else if (fn.equals("uuid") && type == ScalarType.String) {
                intArg("uuid", args, v -> v == 4 || v == 7, "which is either 4 or 7");
            } else if (fn.equals("nanoid") && type == ScalarType.String) {
                intArg("nanoid", args, v -> v >= 2 && v <= 255, "between 2 and 255");
            } else if (fn.equals("ulid") && type == ScalarType.String) {
                emptyArgs(fn, args);
            } else if (fn.equals("now") && type == ScalarType.DateTime) {
                emptyArgs(fn, args);
            } else if (fn.equals("auto")) {
                autoArgs(args);
            } else if (!KNOWN_FUNCTIONS.contains(fn)) {
                r.types.unknownFunctionDefaults.add(sfid);
                accept();
            } else {
                invalidFunction(fn, type);
            }
        } else if (arity.isList()) {
            listLiteral(type, value);
        } else {
            singularLiteral(type, value);
        }
    }

    private void compositeBuiltin(ScalarType type, Expression value, FieldArity arity) {
        if (value instanceof Expression.FunctionCall f) {
            String fn = f.name();
            List<Argument> args = f.arguments().arguments();
            if (fn.equals("cuid") && type == ScalarType.String) {
                intArg("cuid", args, v -> v == 1 || v == 2, "which is either 1 or 2");
            } else if (fn.equals("uuid") && type == ScalarType.String) {
                intArg("uuid", args, v -> v == 4 || v == 7, "which is either 4 or 7");
            } else if (fn.equals("now") && type == ScalarType.DateTime) {
                emptyArgs(fn, args);
            } else if (fn.equals("autoincrement") || fn.equals("auto")) {
                ctx.attributeError("The function `" + fn + "()` is not supported on composite fields.");
            } else if (!KNOWN_FUNCTIONS.contains(fn)) {
                r.diagnostics.error("Unknown function in @default(): `" + fn + "` is not known. You can read about "
                        + "the available functions here: https://pris.ly/d/attribute-functions", f.span());
            } else {
                invalidFunction(fn, type);
            }
        } else if (arity.isList()) {
            listLiteral(type, value);
        } else {
            singularLiteral(type, value);
        }
    }

    private void invalidFunction(String fn, ScalarType type) {
        ctx.attributeError("The function `" + fn + "()` cannot be used on fields of type `" + type.asStr() + "`.");
    }

    private void singularLiteral(ScalarType type, Expression value) {
        if (value instanceof Expression.ArrayExpression) {
            ctx.attributeError("The default value of a non-list field cannot be a list.");
        } else {
            literal(type, value);
        }
    }

    private void listLiteral(ScalarType type, Expression value) {
        if (!(value instanceof Expression.ArrayExpression arr)) {
            ctx.attributeError("The default value of a list field must be a list.");
            return;
        }
        // Stops at the first bad element, as Prisma does.
        for (Expression el : arr.elements()) {
            accepted = false;
            literal(type, el);
            if (!accepted) {
                return;
            }
        }
        accept();
    }

    private void literal(ScalarType type, Expression value) {
        boolean ok = switch (type) {
            case String, Json, Bytes, DateTime -> value instanceof Expression.StringValue;
            case Int, BigInt, Float -> value instanceof Expression.NumericValue;
            case Decimal -> value instanceof Expression.NumericValue || value instanceof Expression.StringValue;
            case Boolean -> false;
        };
        if (ok) {
            accept();
        } else if (type == ScalarType.Boolean && value instanceof Expression.ConstantValue c) {
            if (c.value().equals("true") || c.value().equals("false")) {
                accept();
            } else {
                ctx.attributeError("A boolean literal must be `true` or `false`.", "@default", c.span());
            }
        } else {
            ctx.attributeError("Expected a " + type.asStr() + " value, but found `" + value.render() + "`.");
        }
    }

    private void enumDefault(Expression value, EnumId enumId, FieldArity arity) {
        if (!arity.isList()) {
            enumValue(value, enumId);
            return;
        }
        if (!(value instanceof Expression.ArrayExpression arr)) {
            ctx.attributeError("Expected an enum value, but found `" + value.render() + "`.");
            return;
        }
        for (Expression el : arr.elements()) {
            accepted = false;
            enumValue(el, enumId);
            if (!accepted) {
                return;
            }
        }
        accept();
    }

    private void enumValue(Expression value, EnumId enumId) {
        if (value instanceof Expression.ConstantValue c) {
            EnumDecl e = r.db.astEnum(enumId);
            for (EnumValue v : e.values()) {
                if (v.name().name().equals(c.value())) {
                    accept();
                    return;
                }
            }
            ctx.attributeError("The defined default value `" + c.value()
                    + "` is not a valid value of the enum specified for the field.");
        } else {
            ctx.attributeError("Expected an enum value, but found `" + value.render() + "`.");
        }
    }

    private void compositeTypeDefault(CompositeTypeId ct, Field field) {
        r.diagnostics.error("Error validating field `" + field.name().name() + "` in composite type `"
                + r.db.astCompositeType(ct).name().name() + "`: Defaults on fields of type composite are not "
                + "supported. Please remove the `@default` attribute.", ctx.currentAttribute().span());
    }

    private void emptyArgs(String fn, List<Argument> args) {
        if (args.isEmpty()) {
            accept();
        } else {
            ctx.attributeError("The `" + fn + "` function does not take any argument. Consider changing this default "
                    + "to `" + fn + "()`.");
        }
    }

    private void autoArgs(List<Argument> args) {
        if (args.isEmpty()) {
            accept();
        } else {
            ctx.attributeError("`auto()` takes no arguments");
        }
    }

    private void dbgeneratedArgs(List<Argument> args) {
        String bail = "`dbgenerated()` takes a single String argument";
        if (args.size() > 1) {
            ctx.attributeError(bail);
        }
        Expression first = args.isEmpty() ? null : args.get(0).value();
        if (first instanceof Expression.StringValue s && s.value().isEmpty()) {
            ctx.attributeError("dbgenerated() takes either no argument, or a single nonempty string argument.");
        } else if (first == null || first instanceof Expression.StringValue) {
            accept();
        } else {
            ctx.attributeError(bail);
        }
    }

    private void intArg(String fn, List<Argument> args, java.util.function.LongPredicate valid, String rule) {
        String bail = "`" + fn + "()` takes a single Int argument.";
        if (args.size() > 1) {
            ctx.attributeError(bail);
        }
        Expression first = args.isEmpty() ? null : args.get(0).value();
        if (first == null) {
            accept();
        } else if (first instanceof Expression.NumericValue n) {
            long v;
            try {
                v = Long.parseLong(n.value());
            } catch (NumberFormatException e) {
                v = -1;
            }
            if (valid.test(v)) {
                accept();
            } else {
                ctx.attributeError("`" + fn + "()` takes either no argument, or a single integer argument " + rule
                        + ".");
            }
        } else {
            ctx.attributeError(bail);
        }
    }
}
