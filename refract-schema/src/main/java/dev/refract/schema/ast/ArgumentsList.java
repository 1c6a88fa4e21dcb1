package dev.refract.schema.ast;

import dev.refract.schema.diagnostics.Span;
import java.util.List;

/**
 * The parenthesised arguments of an attribute or function call.
 *
 * @param arguments arguments with a value, in source order
 * @param emptyArguments arguments written without a value
 * @param trailingComma where a trailing comma is written, or null
 */
public record ArgumentsList(List<Argument> arguments, List<EmptyArgument> emptyArguments, Span trailingComma) {
    public static final ArgumentsList EMPTY = new ArgumentsList(List.of(), List.of(), null);

    public boolean isEmpty() {
        return arguments.isEmpty() && emptyArguments.isEmpty();
    }

    String render() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < arguments.size(); i++) {
            Argument a = arguments.get(i);
            if (i > 0) {
                b.append(',');
            }
            if (a.name() != null) {
                b.append(a.name().name()).append(": ");
            }
            b.append(a.value().render());
        }
        return b.toString();
    }
}
