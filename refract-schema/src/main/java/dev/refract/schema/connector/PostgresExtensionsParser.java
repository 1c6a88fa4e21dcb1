package dev.refract.schema.connector;

import dev.refract.schema.ast.Argument;
import dev.refract.schema.ast.Expression;
import dev.refract.schema.config.Coerce;
import dev.refract.schema.config.DatasourceProperty;
import dev.refract.schema.diagnostics.Diagnostics;
import dev.refract.schema.diagnostics.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code extensions = [name, name(map: "...", schema: "...", version: "...")]}. Order of
 * reports: per entry, argument problems in source order, then string checks of {@code map},
 * {@code schema} and {@code version}, then unknown arguments.
 */
final class PostgresExtensionsParser {
    private PostgresExtensionsParser() {
    }

    private record Arg(Span span, String value) {
    }

    static PostgresExtensions parse(Map<String, DatasourceProperty> properties, Diagnostics diagnostics) {
        DatasourceProperty property = properties.remove("extensions");
        if (property == null) {
            return null;
        }
        List<Expression> entries = Coerce.array(property.value(), Coerce::functionOrConstant, diagnostics);
        if (entries == null) {
            return null;
        }
        List<PostgresExtension> extensions = new ArrayList<>();
        for (Expression entry : entries) {
            Map<String, Arg> args = entry instanceof Expression.FunctionCall call
                    ? namedArguments(call.arguments().arguments(), diagnostics) : new LinkedHashMap<>();
            String databaseName = stringArgument(args, "map", diagnostics);
            String schema = stringArgument(args, "schema", diagnostics);
            String version = stringArgument(args, "version", diagnostics);
            args.forEach((name, arg) -> diagnostics.error("Argument not known: \"" + name + "\".", arg.span()));
            String name = entry instanceof Expression.FunctionCall call ? call.name()
                    : ((Expression.ConstantValue) entry).value();
            extensions.add(new PostgresExtension(name, entry.span(), schema, version, databaseName));
        }
        extensions.sort(Comparator.comparing(PostgresExtension::name));
        return new PostgresExtensions(extensions, property.span());
    }

    private static Map<String, Arg> namedArguments(List<Argument> arguments, Diagnostics diagnostics) {
        Map<String, Arg> out = new LinkedHashMap<>();
        for (Argument a : arguments) {
            if (a.name() == null) {
                diagnostics.error("Error validating: The argument must have a name", a.span());
            } else if (out.containsKey(a.name().name())) {
                diagnostics.error("Error validating: The argument `" + a.name().name() + "` can only be defined once",
                        a.span());
            } else {
                out.put(a.name().name(), new Arg(a.span(), Coerce.string(a.value(), diagnostics)));
            }
        }
        return out;
    }

    private static String stringArgument(Map<String, Arg> args, String name, Diagnostics diagnostics) {
        Arg arg = args.remove(name);
        if (arg == null) {
            return null;
        }
        if (arg.value() == null) {
            diagnostics.error("Error validating: The `" + name + "` argument must be a string literal", arg.span());
        }
        return arg.value();
    }
}
