package dev.refract.schema.diagnostics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The errors and warnings of one schema, collected in the order the passes find them.
 * Schema problems are never thrown: every pass pushes here and goes on.
 */
public final class Diagnostics {
    private final List<Diagnostic> errors = new ArrayList<>();
    private final List<Diagnostic> warnings = new ArrayList<>();

    public void error(String message, Span span) {
        errors.add(Diagnostic.error(message, span));
    }

    public void warning(String message, Span span) {
        warnings.add(Diagnostic.warning(message, span));
    }

    public void push(Diagnostic diagnostic) {
        (diagnostic.isError() ? errors : warnings).add(diagnostic);
    }

    public void addAll(Diagnostics other) {
        errors.addAll(other.errors);
        warnings.addAll(other.warnings);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<Diagnostic> errors() {
        return Collections.unmodifiableList(errors);
    }

    public List<Diagnostic> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    /** Warnings first, then errors, each in the order found: the order Prisma prints them. */
    public List<Diagnostic> all() {
        List<Diagnostic> all = new ArrayList<>(warnings.size() + errors.size());
        all.addAll(warnings);
        all.addAll(errors);
        return all;
    }

    public boolean isEmpty() {
        return errors.isEmpty() && warnings.isEmpty();
    }
}
