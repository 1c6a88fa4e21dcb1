package dev.refract.schema.format;

import dev.refract.schema.parser.Node;
import dev.refract.schema.parser.Rule;

/**
 * Canonical text of the small pieces of syntax: field types, attributes, argument lists and
 * expressions. Blanks inside them are normalised (one space after {@code ,} and {@code :}, none
 * elsewhere); every token is kept.
 */
final class Syntax {
    private Syntax() {
    }

    /** A field type: the base type and its arity marker; legacy {@code X!} and {@code [X]} become {@code X} and {@code X[]}. */
    static void fieldType(Node fieldType, StringBuilder out) {
        for (Node t : fieldType.children()) {
            switch (t.rule()) {
                case BASE_TYPE -> out.append(t.text());
                case OPTIONAL_TYPE -> out.append(baseType(t)).append('?');
                case LEGACY_REQUIRED_TYPE -> out.append(baseType(t));
                case LIST_TYPE, LEGACY_LIST_TYPE -> out.append(baseType(t)).append("[]");
                case UNSUPPORTED_OPTIONAL_LIST_TYPE -> out.append(baseType(t)).append("[]?");
                default -> out.append(t.text());
            }
        }
    }

    private static String baseType(Node wrapper) {
        Node base = wrapper.child(Rule.BASE_TYPE);
        return base == null ? wrapper.text() : base.text();
    }

    /** An attribute without its {@code @} or {@code @@}: the path and the arguments, if any. */
    static void attributeBody(Node attribute, StringBuilder out) {
        for (Node c : attribute.children()) {
            switch (c.rule()) {
                case PATH -> out.append(c.text());
                case ARGUMENTS_LIST -> argumentsList(c, out);
                default -> {
                    // Trailing comments of block attributes are written by the caller.
                }
            }
        }
    }

    /** {@code (a, name: b, empty: )}: a trailing comma is dropped, as Prisma does. */
    static void argumentsList(Node list, StringBuilder out) {
        out.append('(');
        boolean first = true;
        for (Node arg : list.children()) {
            if (arg.rule() == Rule.TRAILING_COMMA) {
                continue;
            }
            if (!first) {
                out.append(", ");
            }
            first = false;
            switch (arg.rule()) {
                case NAMED_ARGUMENT, EMPTY_ARGUMENT -> {
                    for (Node part : arg.children()) {
                        if (part.rule() == Rule.IDENTIFIER) {
                            out.append(part.text()).append(": ");
                        } else if (part.rule() == Rule.EXPRESSION) {
                            expression(part, out);
                        }
                    }
                }
                case EXPRESSION -> expression(arg, out);
                default -> out.append(arg.text());
            }
        }
        out.append(')');
    }

    static void expression(Node expression, StringBuilder out) {
        for (Node e : expression.children()) {
            switch (e.rule()) {
                case FUNCTION_CALL -> functionCall(e, out);
                case ARRAY_EXPRESSION -> array(e, out);
                default -> out.append(e.text()); // literals and paths, verbatim
            }
        }
    }

    private static void functionCall(Node call, StringBuilder out) {
        for (Node c : call.children()) {
            if (c.rule() == Rule.ARGUMENTS_LIST) {
                argumentsList(c, out);
            } else {
                out.append(c.text());
            }
        }
    }

    private static void array(Node array, StringBuilder out) {
        out.append('[');
        boolean first = true;
        for (Node e : array.children()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            expression(e, out);
        }
        out.append(']');
    }
}
