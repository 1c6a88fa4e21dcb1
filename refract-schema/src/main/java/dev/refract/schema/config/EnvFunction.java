package dev.refract.schema.config;

import dev.refract.schema.ast.Argument;
import dev.refract.schema.ast.ArgumentsList;
import dev.refract.schema.ast.Expression;
import dev.refract.schema.diagnostics.Diagnostics;

/** Reads {@code env("VAR")} calls in configuration blocks, with Prisma's checks and messages. */
final class EnvFunction {
    private static final String EXACTLY_ONE = "Exactly one string parameter must be passed to the env function.";

    private EnvFunction() {
    }

    /** The variable's name, or null (after reporting) when the call is malformed. */
    static String variableName(Expression.FunctionCall call, Diagnostics diagnostics) {
        ArgumentsList args = call.arguments();
        // Named arguments only warn: env(name: "X") still works.
        for (Argument a : args.arguments()) {
            if (!a.isUnnamed()) {
                diagnostics.warning("The env function doesn't expect named arguments", a.span());
            }
        }
        if (args.arguments().isEmpty() && !args.emptyArguments().isEmpty()) {
            diagnostics.error("The env function expects a singular, unnamed, string argument.", call.span());
            return null;
        }
        if (args.arguments().size() + args.emptyArguments().size() != 1 || args.trailingComma() != null) {
            diagnostics.error(EXACTLY_ONE, call.span());
            return null;
        }
        return Coerce.string(args.arguments().get(0).value(), diagnostics);
    }
}
