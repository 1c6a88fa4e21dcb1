package dev.refract.schema.db;

import dev.refract.schema.ast.Argument;
import dev.refract.schema.ast.ArgumentsList;
import dev.refract.schema.ast.Attribute;
import dev.refract.schema.ast.EmptyArgument;
import dev.refract.schema.ast.Expression;
import dev.refract.schema.diagnostics.Diagnostics;
import dev.refract.schema.diagnostics.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The attribute validation state machine. For one attribute container (a field, a model, an
 * enum...) it tracks which attributes are still unvisited, and for the attribute being validated,
 * which arguments are still unused; whatever is left over is reported ("Attribute not known",
 * "No such argument."). Every attribute check goes through here, so those rules hold everywhere.
 *
 * <p>Leftovers are reported in source order.
 */
final class AttributeContext {
    final Diagnostics diagnostics;
    private List<Attribute> attributes;
    private final TreeSet<Integer> unused = new TreeSet<>();
    private Attribute current;
    // Remaining arguments of the current attribute: name (null = unnamed) -> argument index.
    private final Map<String, Integer> args = new LinkedHashMap<>();

    AttributeContext(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Starts validating the attributes of one container. */
    void visitAttributes(List<Attribute> container) {
        if (attributes != null) {
            throw new IllegalStateException("still validating another attribute set");
        }
        attributes = container;
        unused.clear();
        for (int i = 0; i < container.size(); i++) {
            unused.add(i);
        }
    }

    /** Ends the container: every attribute nobody asked for is unknown. */
    void validateVisitedAttributes() {
        if (current != null) {
            throw new IllegalStateException("an attribute is still under validation");
        }
        for (int i : unused) {
            Attribute a = attributes.get(i);
            diagnostics.error("Attribute not known: \"@" + a.name().name() + "\".", a.span());
        }
        attributes = null;
        unused.clear();
    }

    Attribute currentAttribute() {
        return current;
    }

    /**
     * Visits the attribute called {@code name} that may appear at most once. Returns whether it is
     * there and usable; when it appears more than once, reports each and returns false.
     */
    boolean visitOptionalSingleAttr(String name) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < attributes.size(); i++) {
            if (attributes.get(i).name().name().equals(name)) {
                found.add(i);
            }
        }
        if (found.isEmpty()) {
            return false;
        }
        if (found.size() > 1) {
            for (int i : found) {
                Attribute a = attributes.get(i);
                diagnostics.error("Attribute \"@" + a.name().name() + "\" can only be defined once.", a.span());
                unused.remove(i);
            }
            return false;
        }
        unused.remove(found.get(0));
        return setAttribute(attributes.get(found.get(0)));
    }

    /** Visits the next unvisited, usable attribute called {@code name} of a repeatable kind. */
    boolean visitRepeatedAttr(String name) {
        while (true) {
            Integer next = null;
            for (int i : unused) {
                if (attributes.get(i).name().name().equals(name)) {
                    next = i;
                    break;
                }
            }
            if (next == null) {
                return false;
            }
            unused.remove(next);
            if (setAttribute(attributes.get(next))) {
                return true;
            }
        }
    }

    /**
     * Takes the native type attribute ({@code @ds.Type(...)}), if any. Several are reported as
     * duplicates; the last one is kept.
     */
    Attribute visitDatasourceScoped() {
        Attribute found = null;
        for (int i = 0; i < attributes.size(); i++) {
            Attribute a = attributes.get(i);
            String n = a.name().name();
            if (n.indexOf('.') < 0) {
                continue;
            }
            unused.remove(i);
            if (found != null) {
                diagnostics.error("Attribute \"@" + n.substring(0, n.indexOf('.')) + "\" can only be defined once.",
                        a.span());
            }
            found = a;
        }
        return found;
    }

    // Checks the argument list shape, then indexes the arguments by name. Returns whether the
    // attribute is usable (no argument without a value).
    private boolean setAttribute(Attribute attribute) {
        boolean usable = true;
        String at = "@" + attribute.name().name();
        List<ArgumentsList> lists = new ArrayList<>();
        lists.add(attribute.arguments());
        for (Argument a : attribute.arguments().arguments()) {
            if (a.value() instanceof Expression.FunctionCall f) {
                lists.add(f.arguments());
            }
        }
        for (ArgumentsList list : lists) {
            for (EmptyArgument e : list.emptyArguments()) {
                diagnostics.error("Error parsing attribute \"" + at + "\": The `" + e.name().name()
                        + "` argument is missing a value.", e.name().span());
                usable = false;
            }
            for (Argument a : list.arguments()) {
                if (a.value() instanceof Expression.ArrayExpression arr) {
                    for (Expression el : arr.elements()) {
                        if (el instanceof Expression.FunctionCall f) {
                            for (EmptyArgument e : f.arguments().emptyArguments()) {
                                diagnostics.error("Error parsing attribute \"@" + at + "\": The `" + e.name().name()
                                        + "` argument is missing a value.", e.name().span());
                            }
                        }
                    }
                }
            }
            if (list.trailingComma() != null) {
                diagnostics.error("Error parsing attribute \"" + at + "\": Trailing commas are not valid in attribute "
                        + "arguments, please remove the comma.", list.trailingComma());
            }
        }
        if (!usable) {
            return false;
        }
        current = attribute;
        args.clear();
        List<String> unnamed = new ArrayList<>();
        List<Argument> all = attribute.arguments().arguments();
        for (int i = 0; i < all.size(); i++) {
            Argument a = all.get(i);
            String key = a.name() == null ? null : a.name().name();
            boolean present = args.containsKey(key);
            Integer existing = args.remove(key);
            args.put(key, i);
            if (present) {
                if (a.isUnnamed()) {
                    if (unnamed.isEmpty()) {
                        unnamed.add(all.get(existing).value().render());
                    }
                    unnamed.add(a.value().render());
                } else {
                    diagnostics.error("Argument \"" + key + "\" is already specified.", a.span());
                }
            }
        }
        if (!unnamed.isEmpty()) {
            attributeError("You provided multiple unnamed arguments. This is not possible. Did you forget the "
                    + "brackets? Did you mean `[" + String.join(", ", unnamed) + "]`?");
        }
        return true;
    }

    /**
     * The argument called {@code name}, or else the unnamed one. Reports and returns null when
     * both or neither are there.
     */
    Expression visitDefaultArg(String name) {
        int idx = visitDefaultArgIndex(name);
        return idx < 0 ? null : current.arguments().arguments().get(idx).value();
    }

    /** Like {@link #visitDefaultArg} but returns the argument's index, or -1 after reporting. */
    int visitDefaultArgIndex(String name) {
        return visitDefaultArgIndex(name, true);
    }

    /** Like {@link #visitDefaultArg}, without reporting when the argument is missing or given twice. */
    Expression visitDefaultArgQuietly(String name) {
        int idx = visitDefaultArgIndex(name, false);
        return idx < 0 ? null : current.arguments().arguments().get(idx).value();
    }

    private int visitDefaultArgIndex(String name, boolean report) {
        Integer named = args.remove(name);
        Integer unnamedArg = args.remove(null);
        if (named != null && unnamedArg != null) {
            if (report) {
                diagnostics.error("Argument \"" + name + "\" is already specified as unnamed argument.",
                        current.arguments().arguments().get(named).span());
            }
            return -1;
        }
        if (named == null && unnamedArg == null) {
            if (report) {
                diagnostics.error("Argument \"" + name + "\" is missing.", current.span());
            }
            return -1;
        }
        return named != null ? named : unnamedArg;
    }

    /** The argument called {@code name}, or null when absent. */
    Expression visitOptionalArg(String name) {
        Integer idx = args.remove(name);
        return idx == null ? null : current.arguments().arguments().get(idx).value();
    }

    /** Ends the current attribute: arguments nobody asked for are reported. */
    void validateVisitedArguments() {
        if (current == null) {
            throw new IllegalStateException("no attribute under validation");
        }
        List<Argument> all = current.arguments().arguments();
        for (int idx : new TreeSet<>(args.values())) {
            diagnostics.error("No such argument.", all.get(idx).span());
        }
        discardArguments();
    }

    /** Ends the current attribute without checking its arguments. */
    void discardArguments() {
        current = null;
        args.clear();
    }

    /** Reports {@code Error parsing attribute "@name": message} on the current attribute. */
    void attributeError(String message) {
        diagnostics.error("Error parsing attribute \"@" + current.name().name() + "\": " + message, current.span());
    }

    void attributeError(String message, String attributeName, Span span) {
        diagnostics.error("Error parsing attribute \"" + attributeName + "\": " + message, span);
    }
}
