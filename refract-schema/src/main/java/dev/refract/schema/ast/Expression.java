package dev.refract.schema.ast;

import dev.refract.schema.diagnostics.Span;
import java.util.List;

/** A value in an attribute argument or a configuration property. */
public sealed interface Expression {
    Span span();

    /** How Prisma names the kind of value in type-mismatch messages ("string", "numeric", ...). */
    String describe();

    /** The value as written, for messages. */
    String render();

    /** A number, kept as written. */
    record NumericValue(String value, Span span) implements Expression {
        public String describe() { return "numeric"; }
        public String render() { return value; }
    }

    /** A string literal, with its escapes resolved. */
    record StringValue(String value, Span span) implements Expression {
        public String describe() { return "string"; }
        public String render() { return quote(value); }

        /** The value as a schema string literal, escaped as Prisma prints it in messages. */
        public static String quote(String value) {
            StringBuilder b = new StringBuilder("\"");
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\t' -> b.append("\\t");
                    case '\n' -> b.append("\\n");
                    case '"' -> b.append("\\\"");
                    case '\r' -> b.append("\\r");
                    case '\\' -> b.append("\\\\");
                    default -> b.append(c);
                }
            }
            return b.append('"').toString();
        }
    }

    /** A bare name or dotted path: an enum value, a field reference, {@code true}, {@code Cascade}. */
    record ConstantValue(String value, Span span) implements Expression {
        public String describe() { return "literal"; }
        public String render() { return value; }
    }

    /** A call such as {@code env("X")}, {@code now()} or {@code dbgenerated("...")}. */
    record FunctionCall(String name, ArgumentsList arguments, Span span) implements Expression {
        public String describe() { return "functional"; }
        public String render() { return name + "(" + arguments.render() + ")"; }
    }

    /** A list such as {@code [a, b]}. */
    record ArrayExpression(List<Expression> elements, Span span) implements Expression {
        public String describe() { return "array"; }
        public String render() {
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < elements.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                b.append(elements.get(i).render());
            }
            return b.append(']').toString();
        }
    }
}
