package dev.refract.schema.config;

import dev.refract.schema.ast.Expression;
import dev.refract.schema.diagnostics.Diagnostics;
import java.util.function.Function;

/**
 * A setting written either as a string literal or as {@code env("VAR")}. Validation only records
 * the variable's name: it never needs the variable to be set (Prisma's validate does not either);
 * {@link #resolve(Function)} reads it when a value is needed.
 *
 * @param envVar the variable's name, or null for a literal
 * @param literal the literal value, or null for an env var
 */
public record StringFromEnvVar(String envVar, String literal) {

    public static StringFromEnvVar fromEnv(String name) {
        return new StringFromEnvVar(name, null);
    }

    public static StringFromEnvVar ofLiteral(String value) {
        return new StringFromEnvVar(null, value);
    }

    public boolean isEnvVar() {
        return envVar != null;
    }

    /** The literal, or the variable's value looked up in {@code env} (null when unset). */
    public String resolve(Function<String, String> env) {
        return literal != null ? literal : env.apply(envVar);
    }

    /**
     * Reads {@code expr} as a string or {@code env("VAR")}; null (after reporting) when it is
     * neither or the env call is malformed.
     */
    public static StringFromEnvVar coerce(Expression expr, Diagnostics diagnostics) {
        if (expr instanceof Expression.FunctionCall call && call.name().equals("env")) {
            String name = EnvFunction.variableName(call, diagnostics);
            return name == null ? null : fromEnv(name);
        }
        if (expr instanceof Expression.StringValue s) {
            return ofLiteral(s.value());
        }
        Coerce.mismatch("String", expr, diagnostics);
        return null;
    }

    @Override
    public String toString() {
        return envVar != null ? "env(\"" + envVar + "\")" : "\"" + literal + "\"";
    }
}
